/**
 * The .xlsx host's reader for Node (the CLI): a workbook file → host-free SheetCells, one per
 * worksheet, streamed part by part from the zip without ExcelJS's object model, so that memory
 * grows with the cells kept and nothing else. Limits (limits.ts) are checked before the work
 * they guard. The task pane, which has no file system, reads through readWorkbook.ts.
 */
import type { SheetCells } from "../../reading/sheetCells";
import { WorkbookRefused } from "./limits";
import { readSheet, WorkbookContext } from "./sheetStream";
import { isExcelWorkbook, readCellFormats, readSharedStrings, readWorkbookInfo } from "./workbookParts";
import { openZipParts } from "./zipParts";

/** Reads an .xlsx file; what cannot be read or is refused is an Error whose message says so, naming the file. */
export function readXlsxFile(file: string): Promise<SheetCells[]> {
  return readXlsx(file, file);
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
