/**
 * Findings on a table read from a PDF name where it was printed, since a PDF has no cells: the
 * page, the row's printed code and name, and the column's printed label, e.g.
 * `第 12 页 表3 2080505 机关事业单位基本养老保险缴费支出 · 合计`. A message naming a cell names
 * that place instead (only the page where the message goes on to name the row itself, as
 * identity messages do).
 */
import { parseCellAddress } from "../generation/grid";
import { cellValue, isBlank, type SheetCells } from "../reading/sheetCells";
import type { Finding } from "./findings";

/**
 * The findings with their printed places (and messages naming them) where their sheet came from
 * a PDF; `tableSheets` gives the sheet each table was read from, for the cells messages name (a
 * finding elsewhere, in a PDF's narrative, names the tables' cells by their printed places too).
 */
export function withPrintedPlaces(findings: Finding[], sheets: readonly SheetCells[], tableSheets: ReadonlyMap<string, string>): Finding[] {
  const bySheet = new Map(sheets.filter((s) => s.origin).map((s) => [s.name, s]));
  if (bySheet.size === 0) return findings;
  const tableOf = new Map([...tableSheets].map(([table, sheet]) => [sheet, table]));
  const sheetOf = (table: string) => bySheet.get(tableSheets.get(table) ?? "");
  return findings.map((f) => {
    const message = { zh: rewrite(f.message.zh, sheetOf), en: rewrite(f.message.en, sheetOf) };
    const sheet = bySheet.get(f.sheet);
    const found = sheet && printedPlace(sheet, f.cell, f.table);
    if (!found) return { ...f, message };
    const related = f.related.map((r) => relatedPlace(r, sheet, bySheet, tableOf) ?? r);
    const origin: Finding["origin"] = { ...(found.file ? { file: found.file } : {}), page: found.page, place: found.place, ...(related.length ? { related } : {}) };
    return { ...f, origin, message };
  });
}

/** The sheet each table was read from. */
export const tableSheets = (views: ReadonlyMap<string, { sheet: string }>): Map<string, string> => new Map([...views].map(([table, view]) => [table, view.sheet]));

/** A related cell ("C8" in the finding's sheet, "表2!C6" or "'My sheet'!C6" in another) as its printed place. */
function relatedPlace(reference: string, own: SheetCells, bySheet: Map<string, SheetCells>, tableOf: Map<string, string>): string | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]+\d+)$/.exec(reference);
  const sheet = m ? bySheet.get(m[1]?.replace(/''/g, "'") ?? m[2]) : own;
  return sheet && printedPlace(sheet, m ? m[3] : reference, tableOf.get(sheet.name))?.place;
}

/** A cell's page, and its place with (place) and without (label) the table's name. */
function printedPlace(sheet: SheetCells, address: string, table?: string) {
  const cell = parseCellAddress(address);
  const page = cell && sheet.origin?.pages[cell.row];
  if (!cell || page === undefined) return undefined;
  const row = rowLabel(sheet, cell.row, cell.column);
  const names = [row, sheet.origin!.columns[cell.column]].filter(Boolean).join(" · ");
  const at = (...parts: string[]) => parts.filter(Boolean).join(" ");
  return { file: sheet.origin!.file, page, label: at(`第 ${page} 页`, names), place: at(`第 ${page} 页`, table ?? sheet.name, names) };
}

/**
 * The printed label of a cell's row: the text cells around it between figure columns (a row of
 * 表1 prints an income and an expenditure item side by side), codes run together.
 */
function rowLabel(sheet: SheetCells, row: number, column: number): string {
  const figures = figureColumns(sheet);
  let last = column;
  while (last > 0 && figures.has(last)) last--;
  let first = last;
  while (first > 0 && !figures.has(first - 1)) first--;
  while (last + 1 < sheet.origin!.columns.length && !figures.has(last + 1)) last++;
  const texts: string[] = [];
  for (let c = first; c <= last; c++) {
    const v = cellValue(sheet, row, c);
    if (typeof v === "string" && !isBlank(v)) texts.push(v.trim());
  }
  const codes = texts.filter((t) => /^\d+$/.test(t)).join("");
  return [codes, ...texts.filter((t) => !/^\d+$/.test(t))].filter(Boolean).join(" ");
}

/** The columns holding figures in the sheet's body. */
const figuresOf = new WeakMap<SheetCells, Set<number>>();
function figureColumns(sheet: SheetCells): Set<number> {
  let found = figuresOf.get(sheet);
  if (!found) {
    found = new Set(sheet.rows.slice(sheet.origin!.header.last + 1).flatMap((row) => (row ?? []).flatMap((v, c) => (typeof v === "number" ? [c] : []))));
    figuresOf.set(sheet, found);
  }
  return found;
}

/** "表5 F38" in a message: the table named before a cell address, whose sheet holds the cell. */
const TABLE_CELL = /(表\d+) ([A-Z]{1,3}\d+)(?![A-Za-z0-9])/g;

/** Identity messages name the cell's row and column after it ("合计·公用经费"); other messages go on with what is wrong. */
const NAMED_ROW = /^[^，,：:（(]*·/;

/** Each "表N cell" of a message with the cell replaced by where it was printed: only its page where the message goes on to name the row. */
function rewrite(text: string, sheetOf: (table: string) => SheetCells | undefined): string {
  return text.replace(TABLE_CELL, (whole, table: string, address: string, offset: number) => {
    const sheet = sheetOf(table);
    const place = sheet && printedPlace(sheet, address);
    if (!place) return whole;
    const namesRow = NAMED_ROW.test(text.slice(offset + whole.length + 1));
    return `${table} ${namesRow ? `第 ${place.page} 页` : place.label}`;
  });
}
