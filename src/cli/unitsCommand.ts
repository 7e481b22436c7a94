/**
 * `budget-tables units 部门.xlsx 单位A.xlsx 单位B.xlsx … [--format text|json] [-o report] [--force]`:
 * the 部门's tables against the sum of its units' tables. Exit 0 when no error-level finding, 1
 * when there are errors, 2 when the 部门's workbook (or every unit's) cannot be read or the usage is wrong.
 */
import { checkUnits, UnitsSummary } from "../validation/units";
import { BookInput, booksIn } from "../validation/unitBooks";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { outputFile, parseOptions, withExitCode } from "./io";
import { renderReport, reportForm } from "./reportForms";
import { readWorkbookFile } from "./workbooks";

export const UNITS_USAGE = `  budget-tables units 部门.xlsx 单位A.xlsx [单位B.xlsx …] | units all.xlsx [--format text|json] [-o report[.xlsx|.csv|.json]] [--force]
      核对部门各表是否等于所属各单位相应表之和（逐表、逐行、逐列，表11/表12 的单位行对各单位自己的表）；
      只给一个工作簿时按各表的单位名称拆分，先出现的是部门 / check that each of the 部门's tables is
      the sum of its units' tables (row by row, column by column; 表11/表12's unit rows against each
      unit's own); each workbook's layout is detected; one workbook alone is split by the 单位名称
      above its tables, the first named being the 部门;
      exit 0 no error, 1 errors found, 2 the 部门's workbook (or every unit's) cannot be read`;

export function unitsCommand(args: string[]): Promise<number> {
  return withExitCode(() => run(args));
}

async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { format: { type: "string", default: "text" }, output: { type: "string", short: "o" }, force: { type: "boolean", default: false } },
    UNITS_USAGE,
  );
  if (positionals.length === 0) throw new CliError(`units needs the 部门's workbook and its units'\n${UNITS_USAGE}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`--format must be text or json, not "${values.format}"`);
  const output = values.output as string | undefined;
  const out = output === undefined ? undefined : outputFile(output, !!values.force, positionals);
  const [departmentFile, ...unitFiles] = positionals;
  const [department, ...units] = await inputs(departmentFile, unitFiles);
  if (units.every((u) => "error" in u)) throw new CliError(`none of the units' workbooks can be read: ${units.map((u) => ("error" in u ? u.error.en : "")).join("; ")}`);
  const { summary, findings } = checkUnits(department, units);
  const form = reportForm(output, values.format as "text" | "json");
  const report = await renderReport(form, summary, findings, { name: departmentFile, details: describe(summary) });
  if (out) out.write(report);
  else process.stdout.write(report);
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The 部门 and its units: one workbook per entity, or one workbook holding them all. */
async function inputs(departmentFile: string, unitFiles: string[]): Promise<BookInput[]> {
  const sheets = await readWorkbookFile(departmentFile);
  if (unitFiles.length > 0) return [{ file: departmentFile, sheets }, ...(await Promise.all(unitFiles.map(readUnit)))];
  const books = booksIn(departmentFile, sheets);
  if (books.length < 2) throw new CliError(`${departmentFile}: its tables name one 单位名称 only; give the units' workbooks after it\n${UNITS_USAGE}`);
  return books;
}

/** A unit's workbook, or why it cannot be read (a finding, not the end of the check). */
async function readUnit(file: string): Promise<BookInput> {
  try {
    return { file, sheets: await readWorkbookFile(file) };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { file, error: { zh: e.message, en: e.message } };
  }
}

/** The text report's lines naming each workbook: the entity its tables name and the layout it follows. */
function describe(summary: UnitsSummary): string[] {
  const line = (role: string, b: UnitsSummary["department"]) => `  ${role} ${b.file}: ${b.name || "—"}${b.pack ? `（${b.pack}）` : ""}`;
  return [line("部门 department", summary.department), ...summary.units.map((u) => line("单位 unit", u))];
}
