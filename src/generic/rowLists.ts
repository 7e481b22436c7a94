/**
 * Rows of tables that are lists rather than code hierarchies: the two sides of a 收支总表 (收入 |
 * 支出), a units table, the “三公” row. Rows are keyed by what they are where that is known —
 * 收入总计, 本年支出合计, a function 类 by its name (current or former: its name is checked as a
 * code's) — else by their place; the sums among them follow from their ordinals and indents:
 * 一、 items add into 本年收入合计, an item's indented or （一） rows into the item, 本年…合计 and
 * what follows it into 收入总计 / 支出总计.
 */
import { functionClassByName } from "../catalog/nameStatus";
import { displayText, indentLevel, labelCore, normalizeLabel } from "../reading/normalize";
import type { RowIdentifier } from "../reading/readTables";
import { isTotalLabel, type RowIdentity } from "../reading/rowKeys";
import type { CellValue } from "../reading/sheetCells";
import type { ViewRow } from "../reading/tableView";
import type { FixedRowDef, RowsDef } from "../tables/types";

/** Rows every region's 收支总表 prints under these words (labelCore), keyed by what they are. */
export const SIDE_ROWS: ReadonlyArray<{ key: string; labels: RegExp }> = [
  { key: "收入总计", labels: /^收入总计$/ },
  { key: "支出总计", labels: /^支出总计$/ },
  /** The grand total where no 总计 follows (江苏), else the year's. */
  { key: "收入合计", labels: /^收入合计$/ },
  { key: "支出合计", labels: /^支出合计$/ },
  { key: "本年收入合计", labels: /^(?:本年收入合计|本年收入|当年收入小计|本年收入小计)$/ },
  { key: "本年支出合计", labels: /^(?:本年支出合计|本年支出|当年支出小计|本年支出小计)$/ },
];

/** A side's grand total (总计, else 合计) and the year's total (本年…合计, or 合计 above a 总计). */
export function sideTotals(keys: readonly string[]): { grand: Set<string>; year: Set<string> } {
  const grand = keys.some((k) => k.endsWith("总计")) ? ["收入总计", "支出总计"] : ["收入合计", "支出合计"];
  const year = ["本年收入合计", "本年支出合计", ...(grand[0] === "收入总计" ? ["收入合计", "支出合计"] : [])];
  return { grand: new Set(grand), year: new Set(year) };
}

const TOP_ORDINAL = /^[一二三四五六七八九十]+[、.]/;
const SUB_ORDINAL = /^(?:\([一二三四五六七八九十]+\)|\(\d+\)|\d+[、.])/;

export interface ListRows {
  identify: RowIdentifier;
  /** The side (0 收入, 1 支出) each identified row was read on. */
  sideOf: (row: ViewRow) => number;
}

/** Identifies list rows in order: a known row by its words, a 类 by its name (支出 side), any other by its place. */
export function listRows(): ListRows {
  let n = 0;
  const sides = new Map<string, number>();
  const identify = (side: number, _code: CellValue, label: CellValue): RowIdentity => {
    const found = identifyListRow(side, label, () => `${side}:${n++}`);
    if (found.ok) sides.set(found.key, side);
    return found;
  };
  return { identify, sideOf: (row) => sides.get(row.key) ?? 0 };
}

function identifyListRow(side: number, label: CellValue, place: () => string): RowIdentity {
  const core = labelCore(label);
  const name = displayText(label);
  const known = SIDE_ROWS.find((r) => r.labels.test(core));
  if (known) return { ok: true, key: known.key, name, level: 0, total: true };
  // A side's own 合计 (重庆 prints it above the items): its grand total.
  if (isTotalLabel(core)) return { ok: true, key: side === 0 ? "收入合计" : "支出合计", name, level: 0, total: true };
  const level = levelOf(label);
  const code = side === 1 ? functionClassByName(core) : undefined;
  if (code) return { ok: true, key: `类:${code}`, code, name, level, total: false };
  return { ok: true, key: place(), name, level, total: false };
}

/** 一、 or an unindented label: 0; （一）, 1. or an indented label: 1. */
function levelOf(label: CellValue): number {
  const text = normalizeLabel(label);
  if (TOP_ORDINAL.test(text)) return 0;
  if (SUB_ORDINAL.test(text)) return 1;
  return label !== null && indentLevel(String(label)) > 0 ? 1 : 0;
}

/** The sums among a side's rows (in printed order), as the fixed rows of a definition. */
function sideSums(rows: ViewRow[]): FixedRowDef[] {
  const defs: FixedRowDef[] = [];
  const { grand: GRAND_TOTALS, year: YEAR_TOTALS } = sideTotals(rows.map((r) => r.key));
  const sum = (row: ViewRow, parts: ViewRow[]) => parts.length > 0 && defs.push({ key: row.key, label: row.name, sumOf: parts.map((p) => p.key) });
  const classes = rows.filter((r) => r.key.startsWith("类:"));
  rows.forEach((row, i) => {
    if (YEAR_TOTALS.has(row.key)) {
      const above = rows.slice(0, i).filter((r) => r.level === 0 && !r.total);
      sum(row, classes.length > 0 ? classes : above.length > 0 ? above : children(rows, i));
    } else if (GRAND_TOTALS.has(row.key)) {
      const year = rows.findIndex((r) => YEAR_TOTALS.has(r.key));
      // What it adds up stands above it, or below it when it is printed first (重庆).
      const from = year >= 0 && year < i ? rows.slice(year, i) : i > 0 ? rows.slice(0, i) : rows.slice(1);
      sum(row, from.filter((r) => r.level === 0 && !GRAND_TOTALS.has(r.key) && (year < 0 || !r.key.startsWith("类:"))));
    } else if (!row.total && row.level === 0 && !row.key.startsWith("类:")) sum(row, children(rows, i));
  });
  return defs;
}

/** The indented or sub-numbered rows right below row i. */
function children(rows: ViewRow[], i: number): ViewRow[] {
  const out: ViewRow[] = [];
  for (let j = i + 1; j < rows.length && rows[j].level === 1; j++) out.push(rows[j]);
  return out;
}

/** A two-sided table's rows as read: the sums of each side (left: 收入, right: 支出). */
export function twoSidedRows(rows: ViewRow[], sideOf: (row: ViewRow) => number): RowsDef {
  const side = (s: number) => sideSums(rows.filter((r) => sideOf(r) === s));
  return { type: "twoSided", sections: [{ left: side(0), right: side(1) }] };
}
