/**
 * Finds the tables of any region's disclosure: a title naming a table kind (src/generic/kinds.ts)
 * starts a table, which runs to the next title; its header is the rows below the title that
 * carry column labels of known roles, down to the first row of figures or of body labels.
 */
import { looksLikeAmount } from "../reading/amounts";
import { columnPaths } from "../reading/header";
import { titleCandidates, TableRegion } from "../reading/locate";
import { labelCore, normalizeLabel } from "../reading/normalize";
import { isTotalLabel } from "../reading/rowKeys";
import { cellValue, isBlank, MergeIndex, rowWidth, SheetCells } from "../reading/sheetCells";
import { kindOfTitle, TableKind } from "./kinds";
import { roleOf } from "./roles";

export interface FoundTable {
  kind: TableKind;
  region: TableRegion;
  /** The title as printed. */
  title: string;
  /** Header rows, inclusive, and each sheet column's labels from the top down; undefined when no header was found. */
  header?: { first: number; last: number; paths: string[][] };
}

const MAX_HEADER_ROWS = 6;
/** Rows between the title and the header: a 单位 line, a department line, blank rows. */
const MAX_ABOVE_HEADER = 6;
/** A body row's first label: an ordinal item (一、 （一）), a code (not a year: 2025年预算数), 合计 or 总计. */
const BODY_START = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{3,}(?![\d年])|\[\d{3,}\])/;

export function findTables(sheets: readonly SheetCells[], mergesOf: (s: SheetCells) => MergeIndex): FoundTable[] {
  return sheets.flatMap((sheet) => sheetTables(sheet, mergesOf(sheet)));
}

function sheetTables(sheet: SheetCells, merges: MergeIndex): FoundTable[] {
  const titles: Array<{ row: number; column: number; kind: TableKind; text: string }> = [];
  for (const c of titleCandidates(sheet)) {
    const kind = kindOfTitle(labelCore(c.text));
    if (kind && !titles.some((t) => t.row === c.row)) titles.push({ row: c.row, column: c.column, kind, text: String(cellValue(sheet, c.row, c.column)).trim() });
  }
  return titles.map((t, i) => {
    const bottom = titles[i + 1]?.row ?? sheet.rows.length;
    const region: TableRegion = { table: t.kind.id, sheet, top: t.row, bottom, title: { row: t.row, column: t.column } };
    const header = findHeader(sheet, merges, t.row + 1, bottom);
    return { kind: t.kind, region, title: t.text, ...(header ? { header } : {}) };
  });
}

function findHeader(sheet: SheetCells, merges: MergeIndex, top: number, bottom: number): FoundTable["header"] {
  let first = top;
  const limit = Math.min(bottom, top + MAX_ABOVE_HEADER);
  while (first < limit && !isHeaderRow(sheet, merges, first)) first++;
  if (first >= limit) return undefined;
  let last = first;
  for (let r = first + 1; r < Math.min(bottom, first + MAX_HEADER_ROWS) && !isBodyRow(sheet, merges, r); r++) last = r;
  while (last > first && rowIsBlank(sheet, last)) last--;
  return { first, last, paths: columnPaths(sheet, merges, first, last) };
}

/** A row of labels (no figures) at least one of which names a column role. */
function isHeaderRow(sheet: SheetCells, merges: MergeIndex, r: number): boolean {
  if (rowHasAmount(sheet, r)) return false;
  for (let c = 0; c < rowWidth(sheet, r); c++) {
    const label = labelCore(merges.valueAt(sheet, r, c));
    if (label && roleOf(label) && !/单位:|部门:/.test(label)) return true;
  }
  return false;
}

/**
 * A row of figures, or one that starts like a body row (合计, 一、, a code, 注：) — unless more
 * column labels follow its first (a “三公” table's header starts with 合计 over its first column).
 */
function isBodyRow(sheet: SheetCells, merges: MergeIndex, r: number): boolean {
  if (rowHasAmount(sheet, r)) return true;
  const row = sheet.rows[r] ?? [];
  const at = row.findIndex((v) => !isBlank(v));
  if (at < 0) return false;
  const text = normalizeLabel(row[at]);
  const starts = isTotalLabel(labelCore(row[at])) || BODY_START.test(text) || /^注[:：]/.test(text);
  if (!starts) return false;
  for (let c = at + 1; c < rowWidth(sheet, r); c++) if (roleOf(labelCore(merges.valueAt(sheet, r, c)))) return false;
  return true;
}

function rowHasAmount(sheet: SheetCells, r: number): boolean {
  return !!sheet.rows[r]?.some((v) => looksLikeAmount(v));
}

const rowIsBlank = (sheet: SheetCells, r: number) => !sheet.rows[r] || sheet.rows[r]!.every(isBlank);
