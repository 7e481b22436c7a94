/**
 * `budget-tables validate book.xlsx [--format text|json] [-o report] [--catalog codes.csv] [--progress]`:
 * exit 0 when no error-level finding, 1 when there are errors, 2 when the input cannot be read
 * or the usage is wrong. The report goes to stdout or the -o file; progress to stderr.
 */
import { parseCodeCatalog } from "../catalog/csvCatalog";
import { readXlsxFile } from "../hosts/xlsx/readWorkbook";
import { formatProblem } from "../model/types";
import { jsonReport } from "../report/jsonReport";
import { textReport } from "../report/textReport";
import { validateSheets } from "../validation/validate";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { parseOptions, readText, withExitCode, writeOutput } from "./io";
import { stderrProgress } from "./progress";

export const VALIDATE_USAGE = `  budget-tables validate book.xlsx [--format text|json] [-o report] [--catalog codes.csv] [--progress]
      核对工作簿中 表1–表12 的勾稽关系 / check 表1–表12 of a workbook against every identity;
      exit 0 no error, 1 errors found, 2 unreadable input`;

export function validateCommand(args: string[]): Promise<number> {
  return withExitCode(() => run(args));
}

async function run(args: string[]): Promise<number> {
  const { book, format, output, catalogFile, progress: showProgress } = parseValidateArgs(args);
  const progress = stderrProgress(showProgress);
  const catalog = catalogFile ? readCatalog(catalogFile) : undefined;
  progress.step(`reading ${book}`);
  const sheets = await readXlsxFile(book).catch((e: Error) => {
    throw new CliError(e.message);
  });
  progress.step(`validating ${sheets.length} sheet(s)`);
  const { summary, findings } = validateSheets(sheets, { catalog });
  const report = format === "json" ? `${JSON.stringify(jsonReport(summary, findings, book), null, 2)}\n` : textReport(summary, findings, book);
  if (output) writeOutput(output, report);
  else process.stdout.write(report);
  progress.step("done");
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function parseValidateArgs(args: string[]) {
  const parsed = parseOptions(
    args,
    {
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      catalog: { type: "string" },
      progress: { type: "boolean", default: false },
    },
    VALIDATE_USAGE,
  );
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError(`validate needs exactly one workbook\n${VALIDATE_USAGE}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`--format must be text or json, not "${values.format}"`);
  return { book: positionals[0], format: values.format, output: values.output, catalogFile: values.catalog, progress: !!values.progress };
}

function readCatalog(file: string): Map<string, string> {
  const result = parseCodeCatalog(readText(file), file);
  if (!result.ok) throw new CliError(`${file}: the catalogue has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
  return result.names;
}
