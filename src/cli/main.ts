/**
 * The budget-tables command line. Exit codes: 0 done, 1 the workbook has error-level findings,
 * 2 the input could not be read or the usage is wrong.
 */
import path from "node:path";
import { generateGrids } from "../generation/generate";
import { modelToMingxi } from "../model/mingxi";
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { BudgetModel } from "../model/types";
import { unitModel } from "../model/unitModel";
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from "./errors";
import { exampleModelPath } from "./files";
import { errorLine, OptionSpec, outputFile, parseOptions as parseWithUsage, withExitCode } from "./io";
import { readModelFile, writeModelFile } from "./modelFiles";
import { NARRATIVE_USAGE, narrativeCommand } from "./narrativeCommand";
import { PACK_USAGE, packCommand, packOption } from "./packCommand";
import { stderrProgress } from "./progress";
import { compareCommand, importCommand, TABLES_USAGE, templateCommand } from "./tablesCommands";
import { UNITS_USAGE, unitsCommand } from "./unitsCommand";
import { VALIDATE_USAGE, validateCommand } from "./validateCommand";
import { mingxiWriting, xlsxWriting } from "./workbooks";

/** Above this many line items, progress goes to stderr without being asked for. */
const PROGRESS_THRESHOLD = 50_000;
const DEMO_OUTPUT = "budget-tables-demo.xlsx";

const USAGE = `用法 Usage:
  budget-tables generate [model.json|model.xlsx] -o out.xlsx [--unit 万元|元] [--with-mingxi] [--pack name|pack.json] [--budget-unit id|名称] [--force]
      从预算模型（JSON 或含“明细”表的工作簿）生成 表1–表12（或模板包的各表）；不给模型时用模板包的内置示例；
      --budget-unit 只生成该单位自己的表 / generate 表1–表12 (or the pack's tables) from a budget
      model (JSON, or a workbook with a 明细 sheet); without a model, from the bundled example made
      for the pack; --budget-unit: only that unit's own tables (by its id or name)
  budget-tables demo [-o out.xlsx] [--force]
      用内置示例生成工作簿 / write the bundled example's workbook (default ${DEMO_OUTPUT})
  budget-tables convert <model.json|model.xlsx> -o <out.xlsx|out.json> [--force]
      在 JSON 模型与“明细”表之间转换 / convert between the JSON model and the 明细 sheet
${VALIDATE_USAGE}
${UNITS_USAGE}
${NARRATIVE_USAGE}
${PACK_USAGE}
${TABLES_USAGE}
  budget-tables help

  输出先写入目标旁的临时文件再改名，已有文件须加 --force 才会替换，输入文件从不被替换
  every output is written to a temporary file beside it and renamed into place; an existing file
  is replaced only with --force, and a command's own input never
  退出码 exit codes: 0 完成 done, 1 validate / units / narrative check 发现错误 errors found, 2 输入无法读取、用法错误或内部错误
  the input cannot be read, the usage is wrong, or an internal error (one line on stderr)`;

/** A Map, so that a command named `constructor` or `toString` is unknown rather than Object's. */
const COMMANDS = new Map<string, (args: string[]) => Promise<number>>([
  ["generate", (args) => generate(args, false)],
  ["demo", (args) => generate(args, true)],
  ["convert", convert],
  ["validate", validateCommand],
  ["units", unitsCommand],
  ["narrative", narrativeCommand],
  ["pack", packCommand],
  ["template", templateCommand],
  ["import", importCommand],
  ["compare", compareCommand],
]);

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || ["help", "--help", "-h"].includes(command)) {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  return withExitCode(() => {
    const run = COMMANDS.get(command);
    if (!run) throw new CliError(`unknown command "${command}"\n${USAGE}`);
    return run(rest);
  });
}

/**
 * The process around main, as bin/budget-tables.js runs it. A reader that stops early
 * (`… | head`) closes stdout: the rest of the output is dropped quietly and the exit code stays
 * the command's. Any other failure is one line on stderr, never a stack trace, and exit 2.
 */
export function runCli(argv: string[]): void {
  process.on("uncaughtException", (e) => {
    process.stderr.write(`budget-tables: ${errorLine(e)}\n`);
    process.exit(EXIT_BAD_INPUT);
  });
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
    process.stderr.write(`budget-tables: cannot write to stdout: ${e.code ?? e.message}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  });
  main(argv).then(
    (code) => {
      process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
    },
    (e: unknown) => {
      process.stderr.write(`budget-tables: ${errorLine(e)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    },
  );
}

async function generate(args: string[], demo: boolean): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    output: { type: "string", short: "o" },
    unit: { type: "string" },
    "with-mingxi": { type: "boolean" },
    force: { type: "boolean" },
    progress: { type: "boolean" },
    pack: { type: "string" },
    ...(demo ? {} : { "budget-unit": { type: "string" as const } }),
  });
  if (positionals.length > (demo ? 0 : 1)) throw new CliError(`too many arguments\n${USAGE}`);
  const output = (values.output as string | undefined) ?? (demo ? DEMO_OUTPUT : undefined);
  if (!output) throw new CliError(`generate needs -o out.xlsx\n${USAGE}`);
  const out = outputFile(output, !!values.force, [positionals[0], values.pack as string | undefined]);
  const pack = packOption(values.pack as string | undefined);
  const model = onlyUnit(await readModelFile(positionals[0] ?? exampleModelPath(pack)), values["budget-unit"] as string | undefined);
  if (values.unit !== undefined) model.displayUnit = displayUnit(values.unit as string);
  const items = model.expenditures.length + model.revenues.length;
  const progress = stderrProgress(!!values.progress || items >= PROGRESS_THRESHOLD);
  const tables = `${pack.tables[0].id}–${pack.tables[pack.tables.length - 1].id}`;
  progress.step(`generating ${tables} from ${items} line items`);
  const { addGridsToWorkbook, newWorkbook } = await xlsxWriting();
  const workbook = newWorkbook();
  addGridsToWorkbook(workbook, generateGrids(model, pack));
  if (values["with-mingxi"]) (await mingxiWriting()).addMingxiSheet(workbook, modelToMingxi(model));
  progress.step(`writing ${output}`);
  out.write(Buffer.from(await workbook.xlsx.writeBuffer()));
  progress.step("done");
  process.stdout.write(`已生成 ${describe(model)} ${tables}: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

async function convert(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, force: { type: "boolean" } });
  const output = values.output as string | undefined;
  if (positionals.length !== 1 || !output) throw new CliError(`convert needs one input and -o output\n${USAGE}`);
  const out = outputFile(output, !!values.force, positionals);
  const model = await readModelFile(positionals[0]);
  await writeModelFile(model, out);
  process.stdout.write(`已转换 ${describe(model)}: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

/** The model, or one unit's own part of it (--budget-unit, by id or name). */
function onlyUnit(model: BudgetModel, unit: string | undefined): BudgetModel {
  if (unit === undefined) return model;
  const found = model.units.find((u) => u.id === unit) ?? model.units.find((u) => u.name === unit);
  if (!found) throw new CliError(`--budget-unit: the model has no unit "${unit}" (its units: ${model.units.map((u) => `${u.id} ${u.name}`).join(", ")})`);
  return unitModel(model, found.id)!;
}

const describe = (model: BudgetModel) => `${model.department} ${model.fiscalYear}年`;

function displayUnit(unit: string): DisplayUnit {
  if (Object.prototype.hasOwnProperty.call(DISPLAY_UNITS, unit)) return unit as DisplayUnit;
  throw new CliError(`--unit must be 万元 or 元, not "${unit}"`);
}

const parseOptions = (args: string[], options: OptionSpec) => parseWithUsage(args, options, USAGE);
