/**
 * A printed table laid out as a worksheet, as the corpus workbooks and an officer lay it out:
 * the title, the 编制/单位 line (the unit at the right), the header with its merged blocks, the
 * body (figures as numbers shown with their printed decimals, codes and names as text), the
 * notes. The sheet remembers the page of each row and the label of each column.
 */
import type { Merge } from "../../generation/grid";
import type { CellValue, SheetCells } from "../sheetCells";
import { isPrintedNumber, printedFormat, printedValue } from "./numbers";
import type { PrintedTable } from "./tables";
import { lineText } from "./lines";

/** Columns whose figures are codes, kept as printed text ("05"). */
export const CODE_COLUMN = /^(类|款|项|目)$|编码|代码/;
/** Characters Excel does not allow in a sheet name, and its length limit. */
const SHEET_NAME_BAD = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

export function layTable(t: PrintedTable, names: Set<string>): SheetCells {
  const width = t.header.columns.length;
  const codes = t.header.columns.map((c) => CODE_COLUMN.test(c.label));
  const rows: CellValue[][] = [[lineText(t.title)], ...t.meta.map((m) => metaRow(m.segments.map((s) => s.text), width))];
  const pages: Array<number | undefined> = rows.map(() => t.title.page);
  const headerTop = rows.length;
  for (const r of t.header.rows) {
    rows.push(r.map((v) => v || null));
    pages.push(t.title.page);
  }
  const numberFormats: Array<Array<string | undefined> | undefined> = rows.map(() => undefined);
  for (const row of t.rows) {
    rows.push(row.cells.map((text, c) => cellOf(text, codes[c])));
    numberFormats.push(row.cells.map((text, c) => (!codes[c] && isPrintedNumber(text) ? printedFormat(text) : undefined)));
    pages.push(row.page);
  }
  for (const note of t.notes) {
    rows.push([note.text]);
    pages.push(note.page);
  }
  const merges: Merge[] = [{ top: 0, left: 0, bottom: 0, right: width - 1 }, ...t.header.merges.map((m) => ({ ...m, top: m.top + headerTop, bottom: m.bottom + headerTop }))];
  return { name: sheetName(lineText(t.title), names), rows, merges, numberFormats, origin: { pages, columns: t.header.columns.map((c) => c.label), header: { first: headerTop, last: headerTop + t.header.rows.length - 1 } } };
}

/** The 编制 line's first part at the left, the rest (单位：元) in the last column. */
function metaRow(parts: string[], width: number): CellValue[] {
  const row: CellValue[] = Array.from({ length: width }, () => null);
  row[0] = parts[0];
  if (parts.length > 1) row[width - 1] = parts.slice(1).join(" ");
  return row;
}

const cellOf = (text: string, code: boolean): CellValue => (!text ? null : !code && isPrintedNumber(text) ? printedValue(text) : text);

/** The title without its year, as Excel allows a sheet name, unique in the workbook. */
function sheetName(title: string, names: Set<string>): string {
  const base = title.replace(/^(?:19|20)\d{2}年(?:度)?/, "").replace(SHEET_NAME_BAD, "").slice(0, SHEET_NAME_MAX) || "表";
  let name = base;
  for (let n = 2; names.has(name); n++) name = `${base.slice(0, SHEET_NAME_MAX - 4)} (${n})`;
  names.add(name);
  return name;
}
