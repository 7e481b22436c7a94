/**
 * Finds where each table of a pack sits in a workbook: by its title text anywhere in a sheet
 * (so one sheet may hold several tables), else by a 表N line, else by the sheet's name.
 */
import type { TableId } from "../model/types";
import { TableDef, YEAR_PLACEHOLDER } from "../tables/types";
import { looksLikeAmount } from "./amounts";
import { madeOnce } from "./madeOnce";
import { normalizeLabel } from "./normalize";
import { cellValue, isBlank, rowWidth, SheetCells } from "./sheetCells";

export interface TableRegion {
  table: TableId;
  sheet: SheetCells;
  /** Rows [top, bottom) of the sheet. */
  top: number;
  bottom: number;
  /** The title cell, when the title was found. */
  title?: { row: number; column: number };
  /** The 表N line or sheet name disagrees with the title. */
  numberConflict?: { row: number; column: number; table: TableId };
}

/**
 * A title without its year and parenthesised qualifier, so that 表5 matches with or without
 * （按功能分类科目） and a title printed without its year (单位“三公”经费…) still matches.
 */
const titleWithoutYear = (title: string) => normalizeLabel(title.replace(`${YEAR_PLACEHOLDER}年`, "").replace(YEAR_PLACEHOLDER, ""));
const titleCore = (title: string) => titleWithoutYear(title).replace(/\(.*?\)/g, "");
const TABLE_NUMBER = /^表(\d{1,2})(?![\d])/;
const TITLE_SCAN_CELLS = 3;
/** A title row is short text: a title plus perhaps a year or department prefix. */
const TITLE_SLACK = 30;

/** Which of the tables a text (normalised) is the title of, if any. */
export function titleMatcher(defs: readonly TableDef[]): (text: string) => TableId | undefined {
  // Tables whose titles differ only in the qualifier (Shenzhen's 一般公共预算支出表（按功能分类）/（按经济分类）) keep it.
  const count = new Map<string, number>();
  for (const d of defs) count.set(titleCore(d.title), (count.get(titleCore(d.title)) ?? 0) + 1);
  const coreOf = (title: string) => (count.get(titleCore(title))! > 1 ? titleWithoutYear(title) : titleCore(title));
  const cores = defs.map((d) => ({ id: d.id, core: coreOf(d.title) })).sort((a, b) => b.core.length - a.core.length);
  return (text) => cores.find((c) => text.includes(c.core) && text.length <= c.core.length + TITLE_SLACK)?.id;
}

export function locateTables(sheets: readonly SheetCells[], defs: readonly TableDef[]): TableRegion[] {
  const matchTitle = titleMatcher(defs);
  const ids = new Set(defs.map((d) => d.id));
  const tableId = (n: string) => (ids.has(`表${Number(n)}`) ? `表${Number(n)}` : undefined);
  return sheets.flatMap((sheet) => sheetRegions(sheet, matchTitle, tableId));
}

/** The pack's table numbered n (表n), if it has one. */
type TableNumbered = (n: string) => TableId | undefined;

interface Mark {
  row: number;
  column: number;
  table: TableId;
}

function sheetRegions(sheet: SheetCells, matchTitle: (text: string) => TableId | undefined, tableId: TableNumbered): TableRegion[] {
  const titles: Mark[] = [];
  const numbers: Mark[] = [];
  for (const { row, column, text } of titleCandidates(sheet)) {
    const title = matchTitle(text);
    if (title) {
      if (!titles.some((t) => t.row === row)) titles.push({ row, column, table: title });
      continue;
    }
    const n = TABLE_NUMBER.exec(text);
    if (n && tableId(n[1]) && !titles.some((t) => t.row === row)) numbers.push({ row, column, table: tableId(n[1])! });
  }
  if (titles.length > 0) return titles.map((t, i) => titledRegion(sheet, t, titles[i + 1]?.row ?? sheet.rows.length, numbers));
  const byNumber = numbers[0]?.table ?? tableFromSheetName(sheet.name, tableId);
  return byNumber ? [{ table: byNumber, sheet, top: 0, bottom: sheet.rows.length }] : [];
}

export interface Candidate {
  row: number;
  column: number;
  /** The cell's normalised text. */
  text: string;
}

/** Per sheet, the cells that may be a title or 表N line; found once, whichever packs look for their tables (layout detection tries them all). */
export const titleCandidates = madeOnce((sheet: SheetCells): Candidate[] => {
  const found: Candidate[] = [];
  for (let r = 0; r < sheet.rows.length; r++) scanRow(sheet, r, found);
  return found;
});

/** The first few text cells of a row that holds no amount, where they mention 表. */
function scanRow(sheet: SheetCells, r: number, out: Candidate[]): void {
  const row = sheet.rows[r];
  // Most rows mention no 表 at all: settled without reading any cell as an amount.
  if (!row?.some((v) => typeof v === "string" && v.includes("表"))) return;
  let seen = 0;
  const mine: Candidate[] = [];
  for (let c = 0; c < rowWidth(sheet, r) && seen < TITLE_SCAN_CELLS; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    if (looksLikeAmount(v)) return;
    seen++;
    if (typeof v === "string" && v.includes("表")) mine.push({ row: r, column: c, text: normalizeLabel(v) });
  }
  out.push(...mine);
}

/** A titled region starts at its 表N line when one sits just above the title. */
function titledRegion(sheet: SheetCells, title: Mark, bottom: number, numbers: Mark[]): TableRegion {
  const number = numbers.find((n) => n.row < title.row && n.row >= title.row - 2);
  const region: TableRegion = { table: title.table, sheet, top: number?.row ?? title.row, bottom, title };
  if (number && number.table !== title.table) region.numberConflict = number;
  return region;
}

function tableFromSheetName(name: string, tableId: TableNumbered): TableId | undefined {
  const m = /表\s*(\d{1,2})(?!\d)/.exec(name.normalize("NFKC"));
  return m ? tableId(m[1]) : undefined;
}

/** The first text cell of a region that is neither a 表N line nor a 单位 line: where a renamed title sits. */
export function probableTitleCell(region: TableRegion): { row: number; column: number } {
  for (let r = region.top; r < Math.min(region.bottom, region.top + 4); r++) {
    for (let c = 0; c < rowWidth(region.sheet, r); c++) {
      const text = normalizeLabel(cellValue(region.sheet, r, c));
      if (text && !TABLE_NUMBER.test(text) && !/单位/.test(text)) return { row: r, column: c };
    }
  }
  return { row: region.top, column: 0 };
}
