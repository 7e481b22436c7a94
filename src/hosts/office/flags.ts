/**
 * Inline flags: a severity fill on each finding's cell and, where the requirement sets allow,
 * a note (ExcelApi 1.18) or else a comment (1.10) with the explanation; without either the
 * explanation is in the 校验报告 sheet and the task pane. What a cell looked like before is
 * kept in a very hidden worksheet, so clearing restores it exactly, even after the workbook
 * was saved and reopened. A cell that already had a note or comment keeps it untouched.
 */
import type { OfficeFeatures } from "./features";
import { TEXT_FORMAT, rangeAddress } from "./sheetOps";

export type FlagSeverity = "error" | "warning" | "info";

export interface CellMark {
  sheet: string;
  cell: string;
  severity: FlagSeverity;
  text: string;
}

export const FLAG_STORE_SHEET = "BudgetTablesFlags";
export const SEVERITY_FILLS: Record<FlagSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
const RANK: Record<FlagSeverity, number> = { error: 0, warning: 1, info: 2 };

type Annotation = "note" | "comment" | "";

/** One row of the store: the cell, its fill before flagging, and what the flag added. */
interface StoredFlag {
  sheet: string;
  cell: string;
  color: string;
  /** "" when the Excel version cannot tell (before ExcelApi 1.9). */
  pattern: string;
  annotation: Annotation;
}

/** One mark per cell: the most severe finding's colour, every explanation. */
export function mergeMarks(marks: readonly CellMark[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.sheet}!${m.cell}`;
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, { ...m });
    else {
      prev.text = `${prev.text}\n${m.text}`;
      if (RANK[m.severity] < RANK[prev.severity]) prev.severity = m.severity;
    }
  }
  return [...byCell.values()];
}

function annotationKind(features: OfficeFeatures): Annotation {
  return features.notes ? "note" : features.comments ? "comment" : "";
}

/** Replaces any flags with these marks. Returns the number of context.sync() calls made. */
export async function applyFlags(context: Excel.RequestContext, marks: readonly CellMark[], features: OfficeFeatures): Promise<number> {
  let syncs = await clearFlags(context, features);
  const cells = mergeMarks(marks);
  if (cells.length === 0) return syncs;
  const kind = annotationKind(features);
  const sheets = context.workbook.worksheets;
  const probes = cells.map((m) => {
    const range = sheets.getItem(m.sheet).getRange(m.cell);
    range.format.fill.load(features.fillPattern ? "color,pattern" : "color");
    const note = kind === "note" ? sheets.getItem(m.sheet).notes.getItemOrNullObject(m.cell).load("isNullObject") : undefined;
    return { mark: m, range, note };
  });
  const commented = kind === "comment" ? await commentsByCell(context) : undefined;
  await context.sync();
  syncs += commented ? 2 : 1;

  const stored: StoredFlag[] = probes.map(({ mark, range, note }) => {
    const free = kind === "note" ? note!.isNullObject : kind === "comment" ? !commented!.has(key(mark.sheet, mark.cell)) : false;
    const fill = range.format.fill;
    const flag: StoredFlag = { sheet: mark.sheet, cell: mark.cell, color: fill.color, pattern: features.fillPattern ? fill.pattern : "", annotation: free ? kind : "" };
    fill.color = SEVERITY_FILLS[mark.severity];
    if (flag.annotation === "note") context.workbook.notes.add(range, mark.text);
    if (flag.annotation === "comment") context.workbook.comments.add(range, mark.text);
    return flag;
  });
  writeStore(sheets, stored);
  await context.sync();
  return syncs + 1;
}

function writeStore(sheets: Excel.WorksheetCollection, flags: StoredFlag[]): void {
  const store = sheets.add(FLAG_STORE_SHEET);
  const rows = flags.map((f) => [f.sheet, f.cell, f.color, f.pattern, f.annotation]);
  const range = store.getRange(rangeAddress(0, 0, rows.length - 1, 4));
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows;
  store.visibility = "VeryHidden";
}

const key = (sheet: string, cell: string) => `${sheet}!${cell.replace(/\$/g, "")}`;

function normaliseKey(address: string): string {
  const bang = address.lastIndexOf("!");
  return key(address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"), address.slice(bang + 1));
}

/**
 * Puts every flagged cell back as it was and removes the store. Returns the syncs made: one
 * when there are no flags, else four (six when comments are involved). Cells of sheets the
 * user deleted since are skipped.
 */
export async function clearFlags(context: Excel.RequestContext, features: OfficeFeatures): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  if (!present.has(FLAG_STORE_SHEET)) return 1;
  const store = sheets.getItem(FLAG_STORE_SHEET);
  const used = store.getUsedRangeOrNullObject(true).load("isNullObject,values");
  await context.sync();
  const rows = used.isNullObject ? [] : (used.values as string[][]);
  const flags = rows
    .map(([sheet, cell, color, pattern, annotation]): StoredFlag => ({ sheet, cell, color, pattern, annotation: annotation as Annotation }))
    .filter((f) => present.has(f.sheet));
  const notes = flags.map((f) => (f.annotation === "note" && features.notes ? sheets.getItem(f.sheet).notes.getItemOrNullObject(f.cell).load("isNullObject") : undefined));
  const commented = flags.some((f) => f.annotation === "comment") && features.comments ? await commentsByCell(context) : undefined;
  await context.sync();
  flags.forEach((f, i) => {
    restoreFill(sheets.getItem(f.sheet).getRange(f.cell).format.fill, f);
    const note = notes[i];
    if (note && !note.isNullObject) note.delete();
    if (f.annotation === "comment") commented?.get(key(f.sheet, f.cell))?.delete();
  });
  store.delete();
  await context.sync();
  return commented ? 6 : 4;
}

/** The workbook's comments by "sheet!A1" (two syncs: the comments, then their places). */
async function commentsByCell(context: Excel.RequestContext): Promise<Map<string, Excel.Comment>> {
  const comments = context.workbook.comments.load("items");
  await context.sync();
  const places = comments.items.map((c) => c.getLocation().load("address"));
  await context.sync();
  return new Map(places.map((p, i) => [normaliseKey(p.address), comments.items[i]]));
}

/**
 * A cell without fill reads as white; only ExcelApi 1.9's pattern tells it from a white fill.
 * Without it, white is restored as no fill (the generated tables never fill cells white).
 */
function restoreFill(fill: Excel.RangeFill, f: StoredFlag): void {
  const none = f.pattern ? f.pattern === "None" : f.color.toUpperCase() === "#FFFFFF";
  if (none) fill.clear();
  else fill.color = f.color;
}
