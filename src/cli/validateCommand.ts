/**
 * `budget-tables validate book.xlsx [--format text|json] [-o report] [--catalog codes.csv] [--pack name|pack.json] [--progress]`:
 * exit 0 when no error-level finding, 1 when there are errors, 2 when the input cannot be read
 * or the usage is wrong. The report goes to stdout or the -o file; progress to stderr.
 */
import { formatProblemBoth } from "../model/types";
import { findingsTable } from "../report/findingsTable";
import { jsonReport } from "../report/jsonReport";
import { findingsToMark } from "../report/marks";
import { toCsv } from "../report/table";
import { textReport } from "../report/textReport";
import type { Finding } from "../validation/findings";
import { Summary, ValidateOptions, validateSheets, ValidationResult } from "../validation/validate";
import { validateWithNarrative } from "../narrative/workbookNarrative";
import type { SheetCells } from "../reading/sheetCells";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { givenPack } from "./packCommand";
import { outputFile, parseOptions, readBytes, withExitCode } from "./io";
import { stderrProgress } from "./progress";
import { markWriting, readWorkbookFile, reportWriting } from "./workbooks";

export const VALIDATE_USAGE = `  budget-tables validate book.xlsx [--format text|json] [-o report[.xlsx|.csv|.json]] [--mark marked.xlsx [--mark-info]] [--with-narrative] [--force] [--catalog codes.csv] [--pack name|pack.json] [--progress]
      核对工作簿中 表1–表12 的勾稽关系 / check 表1–表12 of a workbook against every identity;
      不给 --pack 时自动识别版式 / without --pack the layout is detected;
      --mark 另存一份标出问题单元格的副本（默认只标错误和警告，--mark-info 连尾差和提示一起标）/
      --mark writes a copy with the cells marked (errors and warnings; --mark-info adds tails and notes);
      -o 按扩展名写 .xlsx、.csv（UTF-8 BOM）或 .json，其他扩展名按 --format / the report file's
      form follows its extension (.xlsx, .csv with a UTF-8 BOM, .json), else --format;
      --with-narrative 连同工作簿中的说明工作表一起核对（见 narrative check）/ the workbook's 说明 sheets checked too;
      exit 0 no error, 1 errors found, 2 unreadable input`;

export function validateCommand(args: string[]): Promise<number> {
  return withExitCode(() => run(args));
}

async function run(args: string[]): Promise<number> {
  const { book, format, output, catalogFile, progress: showProgress, pack: packName, force, mark, markInfo, withNarrative } = parseValidateArgs(args);
  const out = output === undefined ? undefined : outputFile(output, force, [book, catalogFile, packName]);
  const marked = mark === undefined ? undefined : outputFile(mark, force, [book, catalogFile, packName, output]);
  const pack = givenPack(packName);
  const progress = stderrProgress(showProgress);
  const catalog = catalogFile ? await readCatalog(catalogFile) : undefined;
  progress.step(`reading ${book}`);
  const sheets = await readWorkbookFile(book);
  progress.step(`validating ${sheets.length} sheet(s)`);
  const { summary, findings } = withNarrative ? narrativeChecked(sheets, { catalog, pack }, book) : validateSheets(sheets, { catalog, pack });
  const form: ReportForm = (output ? formByExtension(output) : undefined) ?? (format as "text" | "json");
  const report = await renderReport(form, summary, findings, book);
  if (out) out.write(report);
  else process.stdout.write(report);
  if (marked) {
    const { markedWorkbookBuffer } = await markWriting();
    marked.write(await markedWorkbookBuffer(readBytes(book), findingsToMark(findings, { includeInfo: markInfo })));
  }
  progress.step("done");
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

type ReportForm = "text" | "json" | "csv" | "xlsx";

function formByExtension(file: string): ReportForm | undefined {
  const ext = /\.(xlsx|csv|json)$/i.exec(file)?.[1].toLowerCase();
  return ext as ReportForm | undefined;
}

async function renderReport(form: ReportForm, summary: Summary, findings: Finding[], book: string): Promise<string | Uint8Array> {
  switch (form) {
    case "json":
      return `${JSON.stringify(jsonReport(summary, findings, book), null, 2)}\n`;
    case "csv":
      return toCsv(findingsTable(summary, findings, book));
    case "xlsx":
      return (await reportWriting()).reportWorkbookBuffer([findingsTable(summary, findings, book)]);
    default:
      return textReport(summary, findings, book);
  }
}

function parseValidateArgs(args: string[]) {
  const parsed = parseOptions(
    args,
    {
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      catalog: { type: "string" },
      progress: { type: "boolean", default: false },
      pack: { type: "string" },
      force: { type: "boolean", default: false },
      mark: { type: "string" },
      "mark-info": { type: "boolean", default: false },
      "with-narrative": { type: "boolean", default: false },
    },
    VALIDATE_USAGE,
  );
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError(`validate needs exactly one workbook\n${VALIDATE_USAGE}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`--format must be text or json, not "${values.format}"`);
  const mark = values.mark as string | undefined;
  if (mark !== undefined && !/\.xlsx$/i.test(mark)) throw new CliError(`--mark writes a workbook: give it an .xlsx name, not "${mark}"`);
  if (values["mark-info"] && mark === undefined) throw new CliError(`--mark-info goes with --mark marked.xlsx\n${VALIDATE_USAGE}`);
  return { book: positionals[0], format: values.format, output: values.output, catalogFile: values.catalog, progress: !!values.progress, pack: values.pack, force: !!values.force, mark, markInfo: !!values["mark-info"], withNarrative: !!values["with-narrative"] };
}

/** The tables and the workbook's 说明 sheets, one report; a workbook without either is a CliError saying which. */
function narrativeChecked(sheets: SheetCells[], options: ValidateOptions, book: string): ValidationResult {
  const checked = validateWithNarrative(sheets, options);
  if (checked.ok) return checked.result;
  throw new CliError(
    checked.reason === "noNarrative"
      ? `${book}: 没有名称含“说明”的工作表 | no sheet named …说明 to check with --with-narrative`
      : `${book}: 说明按上海的表核对，工作簿中没有这些表 | the narrative is checked against the Shanghai tables, and the workbook has none of them`,
  );
}

/** The CSV parser is loaded only for a catalogue. */
async function readCatalog(file: string): Promise<Map<string, string>> {
  const { readCodeCatalog } = await import("../catalog/csvCatalog");
  const result = readCodeCatalog(readBytes(file), file);
  if (!result.ok) throw new CliError(`${file}: the catalogue has ${result.problems.length} problem(s):\n${result.problems.map((p) => formatProblemBoth(p, "  ")).join("\n")}`);
  return result.names;
}
