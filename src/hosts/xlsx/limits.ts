/**
 * What a workbook may hold before the CLI reads it (docs/limits.md). Each limit is checked
 * before the work it guards: sizes from the zip's directory before anything is inflated, bytes
 * again while inflating, cells and merged ranges while a sheet streams in. The largest
 * benchmark workbook (100k table rows: a 40 MB sheet, 52 MB of XML, 0.9M cells) uses a third
 * to a half of each, and a file at the limits is read or refused within seconds.
 */

/** Bytes one entry (a sheet, the shared strings) may inflate to. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/** Bytes all the entries may inflate to together. */
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
/** Entries in the zip's directory (an .xlsx has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Worksheets in one workbook. */
export const MAX_SHEETS = 256;
/** Cells in one workbook, each row counted from column A to its last filled cell. */
export const MAX_CELLS = 2_000_000;
/** Cells one merged range may cover, and all of a sheet's merged ranges within its used range together. */
export const MAX_MERGED_CELLS = 1_000_000;
/** Excel's own grid: 1,048,576 rows × 16,384 columns (A to XFD). */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** A workbook refused: the message names the file (and the sheet), in Chinese then English. */
export class WorkbookRefused extends Error {
  constructor(where: { file: string; sheet?: string }, zh: string, en: string) {
    const place = where.sheet === undefined ? where.file : `${where.file}，工作表“${where.sheet}”`;
    const placeEn = where.sheet === undefined ? where.file : `${where.file}, sheet "${where.sheet}"`;
    super(`${place}：${zh}\n${placeEn}: ${en}`);
  }
}

/** "1,048,576" in both languages' messages. */
export const count = (n: number) => n.toLocaleString("en-US");

/** Whole MiB for messages about sizes. */
export const mib = (bytes: number) => `${count(Math.ceil(bytes / (1024 * 1024)))} MiB`;
