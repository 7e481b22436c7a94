/**
 * Finds a table's header rows and maps each column of its definition to a sheet column by its
 * labels, so that reordered, wrapped, merged or renamed-by-alias columns are still found.
 */
import type { ColumnDef, TableDef } from "../tables/types";
import { looksLikeAmount } from "./amounts";
import { HEADER_ALIASES } from "./headerAliases";
import { madeOnce } from "./madeOnce";
import { labelCore, normalizeLabel } from "./normalize";
import { fixedRowKeys, fixedSides } from "./rowKeys";
import { cellValue, MergeIndex, rowWidth, SheetCells } from "./sheetCells";

export interface HeaderMap {
  /** Header rows, inclusive. */
  first: number;
  last: number;
  /** Column key → sheet column, for every definition column found. */
  columns: Map<string, number>;
  /** Definition columns not found in the header. */
  missing: ColumnDef[];
}

/** A PDF's header laid out by nesting takes a row per level of its labels (深圳, 江苏 表9: six and more). */
const MAX_HEADER_ROWS = 8;

/** The header of a table in rows [top, bottom), or undefined when no row carries its labels. */
export function readHeader(sheet: SheetCells, merges: MergeIndex, def: TableDef, top: number, bottom: number): HeaderMap | undefined {
  const known = knownLabels(def);
  const isHeaderRow = (r: number) => !rowHasAmount(sheet, r) && rowLabels(sheet, merges, r).some((l) => known.has(l));
  let first = top;
  while (first < bottom && !isHeaderRow(first)) first++;
  if (first >= bottom) return undefined;
  let last = first;
  for (let r = first + 1; r < Math.min(bottom, first + MAX_HEADER_ROWS) && !rowHasAmount(sheet, r) && !isBodyRow(sheet, merges, r, def); r++) {
    if (isHeaderRow(r)) last = r;
  }
  const paths = columnPaths(sheet, merges, first, last);
  return { first, last, ...matchColumns(def, paths) };
}

/** The labels of a table's columns and their aliases, made once per definition. */
const knownLabels = madeOnce((def: TableDef): Set<string> => {
  const labels = new Set<string>();
  for (const col of def.columns) {
    for (const h of col.header) {
      const core = labelCore(h);
      labels.add(core);
      HEADER_ALIASES[core]?.forEach((a) => labels.add(a));
    }
  }
  return labels;
});

/**
 * A body row ends the header even without figures (a blank template): one starting with 合计/总计
 * (headers print 合计 over a figure column, never in the first column, unless the table's first
 * column is a figure: Shanghai 表9 starts with “三公”经费 合计), or holding nothing else (an empty
 * table's 合计 row read from a PDF, in its name column; a header's lone 合计 is merged down over
 * the rows below it), or, in a table of fixed rows, one starting with a row's label (一、一般公共预算
 * would otherwise read as a heading of 表4).
 */
function isBodyRow(sheet: SheetCells, merges: MergeIndex, r: number, def: TableDef): boolean {
  if (def.columns[0]?.role === "amount") return false;
  const value = cellValue(sheet, r, 0);
  const first = labelCore(value);
  if (first === "合计" || first === "总计" || isLoneTotal(sheet, merges, r)) return true;
  const [side] = fixedSides(def.rows);
  return !!side && !!fixedRowKeys(side)(value);
}

function isLoneTotal(sheet: SheetCells, merges: MergeIndex, r: number): boolean {
  const filled = (sheet.rows[r] ?? []).flatMap((v, c) => (labelCore(v ?? null) ? [c] : []));
  if (filled.length !== 1) return false;
  const label = labelCore(cellValue(sheet, r, filled[0]));
  return (label === "合计" || label === "总计") && merges.valueAt(sheet, r + 1, filled[0]) !== cellValue(sheet, r, filled[0]);
}

function rowHasAmount(sheet: SheetCells, r: number): boolean {
  const row = sheet.rows[r];
  // Numbers first: they settle it without parsing text (a pack whose header is not there scans the whole table).
  return !!row && (row.some((v) => typeof v === "number") || row.some((v) => looksLikeAmount(v)));
}

function rowLabels(sheet: SheetCells, merges: MergeIndex, r: number): string[] {
  const out: string[] = [];
  for (let c = 0; c < rowWidth(sheet, r); c++) out.push(labelCore(merges.valueAt(sheet, r, c)));
  return out;
}

/** Each column's labels from the top header row down, merged blocks read into every cell they cover. */
export function columnPaths(sheet: SheetCells, merges: MergeIndex, first: number, last: number): string[][] {
  let width = 0;
  for (let r = first; r <= last; r++) width = Math.max(width, rowWidth(sheet, r));
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (let r = first; r <= last; r++) {
      const label = labelCore(merges.valueAt(sheet, r, c));
      if (label && label !== path[path.length - 1]) path.push(label);
    }
    return path;
  });
}

function matchColumns(def: TableDef, paths: string[][]): { columns: Map<string, number>; missing: ColumnDef[] } {
  const columns = new Map<string, number>();
  const claimed = new Set<number>();
  const missing: ColumnDef[] = [];
  // Deeper labels first: 公务用车购置及运行维护费/小计 takes its own 小计 before “三公”经费/小计 looks for one.
  const deepestFirst = [...def.columns].sort((a, b) => b.header.length - a.header.length);
  for (const col of deepestFirst) {
    const index = bestColumn(col, paths, claimed);
    if (index === undefined) missing.push(col);
    else {
      columns.set(col.key, index);
      claimed.add(index);
    }
  }
  const label = def.columns.find((c) => c.role === "label");
  if (label && !columns.has(label.key)) fallBackToFirstTextColumn(label, def, columns, claimed, missing, paths.length);
  return { columns, missing: missing.filter((c) => !columns.has(c.key) && (c.role === "amount" || c.role === "label")) };
}

/** The unclaimed column whose last label is the definition's (or an alias) and which shares most of its group labels. */
function bestColumn(col: ColumnDef, paths: string[][], claimed: Set<number>): number | undefined {
  const leaf = labelCore(col.header[col.header.length - 1]);
  const names = new Set([leaf, ...(HEADER_ALIASES[leaf] ?? [])]);
  const groups = col.header.slice(0, -1).map(labelCore);
  let best: number | undefined;
  let bestScore = -1;
  paths.forEach((path, i) => {
    if (claimed.has(i) || !names.has(path[path.length - 1])) return;
    const exact = path[path.length - 1] === leaf ? 1 : 0;
    const score = 2 * groups.filter((g) => path.includes(g)).length + exact;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** A label column printed under another heading: the leftmost unclaimed column before the first figure. */
function fallBackToFirstTextColumn(label: ColumnDef, def: TableDef, columns: Map<string, number>, claimed: Set<number>, missing: ColumnDef[], width: number) {
  const firstAmount = Math.min(width, ...def.columns.filter((c) => c.role === "amount" && columns.has(c.key)).map((c) => columns.get(c.key)!));
  for (let i = 0; i < firstAmount; i++) {
    if (!claimed.has(i)) {
      columns.set(label.key, i);
      claimed.add(i);
      missing.splice(missing.indexOf(label), 1);
      return;
    }
  }
}

/** The display unit stated above the header (单位：万元), if any. */
export function statedUnit(sheet: SheetCells, top: number, headerFirst: number): "万元" | "元" | undefined {
  for (let r = top; r < headerFirst; r++) {
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const m = /单位:(万元|元)/.exec(labelCore(cellValue(sheet, r, c)));
      if (m) return m[1] as "万元" | "元";
    }
  }
  return undefined;
}

/** 部门： alone is Jiangsu's. */
const DEPARTMENT_LINE = /^(?:单位名称|部门名称|编制单位|编制部门|预算单位|部门):(.+)$/;

/** The department named in rows [top, bottom) on a 单位名称：… or 编制单位：… line, as printed. */
export function statedDepartment(sheet: SheetCells, top: number, bottom: number): string | undefined {
  for (let r = top; r < bottom; r++) {
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const value = cellValue(sheet, r, c);
      if (DEPARTMENT_LINE.test(labelCore(value))) return String(value).replace(/^[\s\u3000]*[^:：]+[:：]\s*/, "").trim();
    }
  }
  return undefined;
}

/** The fiscal year a title in rows [top, bottom) starts with (2025年预算单位…), if any. */
export function statedYear(sheet: SheetCells, top: number, bottom: number): number | undefined {
  for (let r = top; r < bottom; r++) {
    for (let c = 0; c < rowWidth(sheet, r); c++) {
      const m = /^((?:19|20)\d{2})年/.exec(normalizeLabel(cellValue(sheet, r, c)));
      if (m) return Number(m[1]);
    }
  }
  return undefined;
}
