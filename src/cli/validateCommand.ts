/**
 * `budget-tables validate book.xlsx [--format text|json] [-o report] [--catalog codes.csv] [--pack name|pack.json] [--progress]`:
 * exit 0 when no error-level finding, 1 when there are errors, 2 when the input cannot be read
 * or the usage is wrong. The report goes to stdout or the -o file; progress to stderr.
 * A folder or several files are checked by validateFolder.
 */
import fs from "node:fs";
import { findingsToMark } from "../report/marks";
import type { TextBlock } from "../narrative/blocks";
import { validateWithNarrative } from "../narrative/workbookNarrative";
import type { SheetCells } from "../reading/sheetCells";
import { ValidateOptions, validateSheets, ValidationResult } from "../validation/validate";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { validateFolder } from "./folderCommand";
import { givenPack } from "./packCommand";
import { outputFile, readBytes, withExitCode } from "./io";
import { stderrProgress } from "./progress";
import { renderReport, reportForm } from "./reportForms";
import { parseValidateArgs, readCatalog, ValidateArgs } from "./validateArgs";
import { fromPdf, markWriting, readBookFile, readWorkbookFile } from "./workbooks";

export { VALIDATE_USAGE } from "./validateArgs";

export function validateCommand(args: string[]): Promise<number> {
  return withExitCode(() => {
    const parsed = parseValidateArgs(args);
    const [first] = parsed.paths;
    const one = parsed.paths.length === 1 && !fs.statSync(first, { throwIfNoEntry: false })?.isDirectory();
    if (!one && parsed.withNarrative) throw new CliError("--with-narrative checks one workbook's 说明 sheets, not a folder | --with-narrative 只用于单个工作簿");
    return one ? validateBook(parsed) : validateFolder(parsed);
  });
}

async function validateBook(args: ValidateArgs): Promise<number> {
  const { paths, format, output, catalogFile, progress: showProgress, pack: packName, generic, force, mark, markInfo, withNarrative } = args;
  const [book] = paths;
  const out = output === undefined ? undefined : outputFile(output, force, [book, catalogFile, packName]);
  const marked = mark === undefined ? undefined : outputFile(mark, force, [book, catalogFile, packName, output]);
  const pack = givenPack(packName);
  const progress = stderrProgress(showProgress);
  const catalog = await readCatalog(catalogFile);
  progress.step(`reading ${book}`);
  const { sheets, narrative } = withNarrative ? await readBookFile(book) : { sheets: await readWorkbookFile(book) };
  if (marked && fromPdf(sheets)) throw new CliError(`${book}：PDF 没有单元格可标注；请先 import 为工作簿再 --mark\n${book} is a PDF, which has no cells to mark: import it to a workbook first, then validate that with --mark`);
  progress.step(`validating ${sheets.length} sheet(s)`);
  const { summary, findings } = withNarrative ? narrativeChecked(sheets, { catalog, pack, generic }, book, narrative) : validateSheets(sheets, { catalog, pack, generic });
  const report = await renderReport(reportForm(output, format), summary, findings, { name: book });
  if (out) out.write(report);
  else process.stdout.write(report);
  if (marked) {
    const { markedWorkbookBuffer } = await markWriting();
    marked.write(await markedWorkbookBuffer(readBytes(book), findingsToMark(findings, { includeInfo: markInfo })));
  }
  progress.step("done");
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** The tables and the workbook's 说明 sheets (a PDF's text outside its tables), one report; a book without either is a CliError saying which. */
function narrativeChecked(sheets: SheetCells[], options: ValidateOptions, book: string, printed: TextBlock[] | undefined): ValidationResult {
  const checked = validateWithNarrative(sheets, options, printed);
  if (checked.ok) return checked.result;
  throw new CliError(
    checked.reason === "noNarrative"
      ? printed
        ? `${book}: 表以外没有文字 | no text outside the tables to check with --with-narrative`
        : `${book}: 没有名称含“说明”的工作表 | no sheet named …说明 to check with --with-narrative`
      : `${book}: 说明按上海的表核对，工作簿中没有这些表 | the narrative is checked against the Shanghai tables, and the workbook has none of them`,
  );
}
