/**
 * A worker thread of `validate DIR|FILES…`: checks the files it is sent, one at a time, and sends
 * back each file's summary row, never its whole list of findings. Runs compiled (dist-cli).
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { statedAbove } from "../reading/stated";
import { FileRow, fileRow, unreadableRow } from "../report/folderSummary";
import { ValidateOptions, validateSheets } from "../validation/validate";
import { errorLine } from "./io";
import { readWorkbookFile } from "./workbooks";

/** A file's row; a file that cannot be read (or breaks the reader) is a row saying why. */
export async function checkFile(file: string, options: ValidateOptions): Promise<FileRow> {
  try {
    const sheets = await readWorkbookFile(file);
    const result = validateSheets(sheets, options);
    return fileRow(file, result, statedAbove(sheets, [...result.views.values()]));
  } catch (e) {
    return unreadableRow(file, errorLine(e));
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const options = workerData as ValidateOptions;
  port.on("message", (file: string) => void checkFile(file, options).then((row) => port.postMessage(row)));
}
