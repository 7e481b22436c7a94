/**
 * The budget-tables command line. Exit codes: 0 done, 1 the workbook has error-level findings,
 * 2 the input could not be read or the usage is wrong.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateGrids } from "../generation/generate";
import { gridsToXlsxBuffer } from "../hosts/xlsx/writeWorkbook";
import { loadModelText } from "../model/load";
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import { BudgetModel, formatProblem } from "../model/types";
import { GUANGZHOU_PACK } from "../tables/guangzhou";
import { exampleModelPath } from "./files";
import { Progress, stderrProgress } from "./progress";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** Above this many line items, progress goes to stderr without being asked for. */
const PROGRESS_THRESHOLD = 50_000;

const USAGE = `用法 Usage:
  budget-tables generate [model.json] -o out.xlsx [--unit 万元|元] [--force]
      从预算模型生成 表1–表12（不给模型时用内置示例）
      generate 表1–表12 from a budget model (the bundled example when none is given)
  budget-tables demo [-o out.xlsx]
      用内置示例生成工作簿 / write the bundled example's workbook
  budget-tables help`;

/** An error whose message is for the user, with the exit code to leave with. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = EXIT_BAD_INPUT) {
    super(message);
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "generate":
        return await generate(rest, false);
      case "demo":
        return await generate(rest, true);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
      default:
        throw new CliError(`unknown command "${command}"\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`budget-tables: ${e.message}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

async function generate(args: string[], demo: boolean): Promise<number> {
  const opts = parseOptions(args, {
    output: { type: "string", short: "o" },
    unit: { type: "string" },
    force: { type: "boolean" },
    progress: { type: "boolean" },
  });
  if (opts.positionals.length > 1 || (demo && opts.positionals.length > 0)) throw new CliError(`too many arguments\n${USAGE}`);
  const modelPath = opts.positionals[0] ?? exampleModelPath();
  const output = (opts.values.output as string | undefined) ?? (demo ? "budget-tables-demo.xlsx" : undefined);
  if (!output) throw new CliError(`generate needs -o out.xlsx\n${USAGE}`);
  if (!demo && !opts.values.force && fs.existsSync(output)) {
    throw new CliError(`${output} already exists; choose another name or add --force to replace it`);
  }
  const model = readModel(modelPath);
  const unit = opts.values.unit as string | undefined;
  if (unit !== undefined) {
    if (!(unit in DISPLAY_UNITS)) throw new CliError(`--unit must be 万元 or 元, not "${unit}"`);
    model.displayUnit = unit as DisplayUnit;
  }
  const items = model.expenditures.length + model.revenues.length;
  const progress = stderrProgress(!!opts.values.progress || items >= PROGRESS_THRESHOLD);
  await writeTables(model, output, progress, items);
  process.stdout.write(`已生成 ${path.resolve(output)}（表1–表12，${model.department} ${model.fiscalYear}年）\nwrote ${path.resolve(output)}\n`);
  return EXIT_OK;
}

async function writeTables(model: BudgetModel, output: string, progress: Progress, items: number): Promise<void> {
  progress.step(`generating 表1–表12 from ${items} line items`);
  const grids = generateGrids(model, GUANGZHOU_PACK);
  progress.step(`writing ${output}`);
  const buffer = await gridsToXlsxBuffer(grids);
  try {
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.writeFileSync(output, buffer);
  } catch (e) {
    throw new CliError(`cannot write ${output}: ${(e as Error).message}`);
  }
  progress.step("done");
}

function readModel(file: string): BudgetModel {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const result = loadModelText(text, file);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p)}`).join("\n");
    throw new CliError(`${file}: the model has ${result.problems.length} problem(s):\n${lines}`);
  }
  return result.model;
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

function parseOptions(args: string[], options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`);
  }
}
