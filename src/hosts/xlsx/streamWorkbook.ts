/**
 * The .xlsx host's reader for Node (the CLI): a workbook file → host-free SheetCells, one per
 * worksheet, streamed part by part from the zip without ExcelJS's object model, so that memory
 * grows with the cells kept and nothing else. Limits (limits.ts) are checked before the work
 * they guard. The task pane, which has no file system, reads through readWorkbook.ts.
 */
import fs from "node:fs";
import type { SheetCells } from "../../reading/sheetCells";
import { WorkbookRefused } from "./limits";
import { readSheet, WorkbookContext } from "./sheetStream";
import { isExcelWorkbook, readCellFormats, readSharedStrings, readWorkbookInfo } from "./workbookParts";
import { openZipParts } from "./zipParts";

/**
 * A zip up to this size is read into memory at once: one read rather than one per part and
 * chunk (a workbook of a thousand rows reads a fifth faster). A larger one is read from the file
 * part by part, so that a huge file costs no memory before its directory is checked.
 */
const READ_AT_ONCE_BYTES = 16 * 1024 * 1024;

/** Reads an .xlsx file; what cannot be read or is refused is an Error whose message says so, naming the file. */
export async function readXlsxFile(file: string): Promise<SheetCells[]> {
  const small = await fs.promises.stat(file).then((s) => s.isFile() && s.size <= READ_AT_ONCE_BYTES, () => false);
  // Whatever prevents reading it at once (it vanished, no permission) is reported as opening it reports it.
  const data = small ? await fs.promises.readFile(file).catch(() => undefined) : undefined;
  return readXlsx(data ?? file, file);
}

/** The same from bytes already in memory; `name` names them in messages. */
export function readXlsxBuffer(data: Buffer, name: string): Promise<SheetCells[]> {
  return readXlsx(data, name);
}

async function readXlsx(source: string | Buffer, file: string): Promise<SheetCells[]> {
  const parts = await openZipParts(source, file);
  try {
    if (!isExcelWorkbook(parts)) throw new WorkbookRefused({ file }, "不是 Excel 工作簿（压缩包中没有 xl/workbook.xml 及其关系文件）", "not an Excel workbook (the zip holds no xl/workbook.xml with its relationships)");
    const info = await readWorkbookInfo(parts, file);
    const context: WorkbookContext = {
      file,
      formats: await readCellFormats(parts, file),
      strings: await readSharedStrings(parts, file),
      date1904: info.date1904,
      cells: { used: 0 },
    };
    const sheets: SheetCells[] = [];
    for (const sheet of info.sheets) sheets.push(await readSheet(parts, sheet, context));
    return sheets;
  } finally {
    parts.close();
  }
}
