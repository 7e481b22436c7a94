/**
 * `budget-tables validate DIR|FILES… [--jobs N]`: every file checked on worker threads, a
 * progress bar on stderr, and a summary of one row a file (text, JSON, CSV or .xlsx). A file that
 * cannot be read is reported in its row and the others go on. Exit 0 when no file has errors, 1
 * when one has errors or cannot be read, 2 when none could be read.
 */
import path from "node:path";
import type { FileRow } from "../report/folderSummary";
import { folderJson, folderTables, folderText } from "../report/folderReports";
import { toCsv } from "../report/table";
import { CliError, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { filesToCheck } from "./folderFiles";
import { Output, outputFile } from "./io";
import { givenPack } from "./packCommand";
import { progressBar } from "./progressBar";
import { ReportForm, reportForm } from "./reportForms";
import { readCatalog, ValidateArgs } from "./validateArgs";
import { checkOnWorkers } from "./workerPool";
import { reportWriting } from "./workbooks";

export async function validateFolder(args: ValidateArgs): Promise<number> {
  const { paths, format, output, catalogFile, pack: packName, force, jobs } = args;
  if (args.mark !== undefined) throw new CliError("--mark marks one workbook; give one file to validate, not a folder or several files");
  const files = filesToCheck(paths, output);
  if (files.length === 0) throw new CliError(`没有可核对的 .xlsx 或 .pdf 文件 no .xlsx or .pdf files in ${paths.join(", ")}`);
  const out = output === undefined ? undefined : outputFile(output, force, [...files, catalogFile, packName]);
  const options = { pack: givenPack(packName), catalog: await readCatalog(catalogFile), generic: args.generic };
  const rows: FileRow[] = new Array<FileRow>(files.length);
  const bar = progressBar(files.length, args.progress || !!process.stderr.isTTY);
  await checkOnWorkers(files, jobs, options, (i, row) => {
    rows[i] = row;
    bar.tick();
  });
  await writeSummary(reportForm(output, format), rows, out);
  return exitCode(rows);
}

function exitCode(rows: readonly FileRow[]): number {
  if (rows.every((r) => r.unreadable !== undefined)) return EXIT_BAD_INPUT;
  return rows.some((r) => r.errors > 0 || r.unreadable !== undefined) ? EXIT_FINDINGS : EXIT_OK;
}

async function writeSummary(form: ReportForm, rows: readonly FileRow[], out: Output | undefined): Promise<void> {
  // A path in the .xlsx links to its file, relative to where the summary is (the current folder when printed).
  const base = path.resolve(out ? path.dirname(out.file) : ".");
  const fileLink = (file: string) => path.relative(base, path.resolve(file)).split(path.sep).join("/");
  let summary: string | Uint8Array;
  if (form === "json") summary = `${JSON.stringify(folderJson(rows), null, 2)}\n`;
  else if (form === "csv") summary = toCsv(folderTables(rows, fileLink)[0]);
  else if (form === "xlsx") summary = await (await reportWriting()).reportWorkbookBuffer(folderTables(rows, fileLink));
  else summary = folderText(rows);
  if (out) out.write(summary);
  else process.stdout.write(summary);
}
