/**
 * Inline flags: a severity fill on each finding's cell and, from ExcelApi 1.18, a note with
 * the explanation; below 1.18 the explanation is in the 校验报告 sheet and the task pane only
 * (threaded comments are the reviewers' conversation, not a place for machine output).
 *
 * Each flagged cell gets a hidden name scoped to its sheet (ExcelApi 1.4), so the flag follows
 * the cell through row and column insertions and deletions. What the cell looked like before,
 * and what the flag put there, are kept in a very hidden worksheet, so clearing restores it
 * even after the workbook was saved and reopened. Clearing touches a cell only while it still
 * shows what the pane left: a fill or note the user changed since stays as the user left it,
 * and a cell that was deleted is skipped. A cell that already had a note keeps it untouched.
 */
import { SEVERITY_FILLS } from "../../report/marks";
import type { OfficeFeatures } from "./features";
import { batches, TEXT_FORMAT, rangeAddress, utf8Length } from "./sheetOps";
import { PAYLOAD_BUDGET } from "./writeGrids";

export type FlagSeverity = "error" | "warning" | "info";

export interface CellMark {
  sheet: string;
  cell: string;
  severity: FlagSeverity;
  text: string;
}

export const FLAG_STORE_SHEET = "BudgetTablesFlags";
/** Names of flagged cells: the prefix and a number. */
export const FLAG_NAME_PREFIX = "BudgetTablesFlag_";
const RANK: Record<FlagSeverity, number> = { error: 0, warning: 1, info: 2 };
/** A cell holds at most 32,767 characters; the note's text is also kept in the store. */
const MAX_NOTE = 8000;
/** A flag's actions (range, fill, name, note, store row) without its text, as Office.js serialises them. */
const FLAG_BYTES = 1600;

/** One row of the store: the cell's name, its fill before flagging, and what the flag put there. */
interface StoredFlag {
  sheet: string;
  name: string;
  color: string;
  /** "" when the Excel version cannot tell (before ExcelApi 1.9). */
  pattern: string;
  /** The fill the flag painted. */
  painted: string;
  /** The note the flag added; "" when it added none. */
  note: string;
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

/** Replaces any flags with these marks. Returns the number of context.sync() calls made. */
export async function applyFlags(context: Excel.RequestContext, marks: readonly CellMark[], features: OfficeFeatures, budget = PAYLOAD_BUDGET): Promise<number> {
  let syncs = await clearFlags(context, features, budget);
  const cells = mergeMarks(marks).map((m) => ({ ...m, text: m.text.length > MAX_NOTE ? `${m.text.slice(0, MAX_NOTE - 1)}…` : m.text }));
  if (cells.length === 0) return syncs;
  const sheets = context.workbook.worksheets;
  const store = sheets.add(FLAG_STORE_SHEET);
  store.visibility = "VeryHidden";
  let done = 0;
  for (const batch of batches(cells, (m) => FLAG_BYTES + 2 * utf8Length(m.text), budget)) {
    const probes = batch.map((m) => {
      const sheet = sheets.getItem(m.sheet);
      const range = sheet.getRange(m.cell);
      range.format.fill.load(features.fillPattern ? "color,pattern" : "color");
      const note = features.notes ? sheet.notes.getItemOrNullObject(m.cell).load("isNullObject") : undefined;
      return { mark: m, sheet, range, note };
    });
    await context.sync();
    const stored = probes.map(({ mark, sheet, range, note }, i): StoredFlag => {
      const fill = range.format.fill;
      const name = `${FLAG_NAME_PREFIX}${done + i + 1}`;
      const flag: StoredFlag = { sheet: mark.sheet, name, color: fill.color, pattern: features.fillPattern ? fill.pattern : "", painted: SEVERITY_FILLS[mark.severity], note: note && note.isNullObject ? mark.text : "" };
      fill.color = flag.painted;
      sheet.names.add(name, range).visible = false;
      if (flag.note) context.workbook.notes.add(range, flag.note);
      return flag;
    });
    writeStoreRows(store, done, stored);
    done += batch.length;
    await context.sync();
    syncs += 2;
  }
  return syncs;
}

function writeStoreRows(store: Excel.Worksheet, offset: number, flags: StoredFlag[]): void {
  const rows = flags.map((f) => [f.sheet, f.name, f.color, f.pattern, f.painted, f.note]);
  const range = store.getRange(rangeAddress(offset, 0, offset + rows.length - 1, 5));
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows;
}

/** A flag found again: its name, and where its cell is now. */
interface LiveFlag extends StoredFlag {
  item: Excel.NamedItem;
  address: string;
}

/** Deleting a name: the action with its object path. */
const NAME_DELETE_BYTES = 400;

/**
 * Puts every flagged cell that still shows the flag back as it was, and removes the names and
 * the store. Returns the syncs made: one when there are no flags, else three, two per batch of
 * flags and one per batch of names whose cells are gone.
 */
export async function clearFlags(context: Excel.RequestContext, features: OfficeFeatures, budget = PAYLOAD_BUDGET): Promise<number> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = sheets.items.map((s) => s.name).filter((n) => n !== FLAG_STORE_SHEET);
  if (present.length === sheets.items.length) return 1;
  const store = sheets.getItem(FLAG_STORE_SHEET);
  const used = store.getUsedRangeOrNullObject(true).load("isNullObject,values");
  const names = present.map((sheet) => ({ sheet, items: sheets.getItem(sheet).names.load("items/name,items/type,items/value") }));
  await context.sync();
  const ours = names.flatMap(({ sheet, items }) => items.items.filter((n) => n.name.startsWith(FLAG_NAME_PREFIX)).map((item) => ({ sheet, item })));
  // Names are numbered across sheets, so a flag is found on its sheet even after a rename.
  const found = new Map(ours.map((o) => [o.item.name, o]));
  const rows = used.isNullObject ? [] : (used.values as string[][]);
  // Trailing columns that are empty in every row are outside the used range.
  const live = rows.flatMap(([, name, color = "", pattern = "", painted = "", note = ""]): LiveFlag[] => {
    const at = found.get(name);
    return at && at.item.type === "Range" ? [{ sheet: at.sheet, name, color, pattern, painted, note, item: at.item, address: localAddress(at.item.value as string) }] : [];
  });
  let syncs = 2;
  for (const batch of batches(live, (f) => FLAG_BYTES + utf8Length(f.note), budget)) {
    syncs += await restore(context, batch, features);
  }
  // Names of flags whose cells were deleted, or left by an interrupted run.
  const restored = new Set(live.map((f) => f.name));
  const stale = ours.filter((o) => !restored.has(o.item.name));
  for (const batch of batches(stale, () => NAME_DELETE_BYTES, budget)) {
    batch.forEach((o) => o.item.delete());
    await context.sync();
    syncs++;
  }
  store.delete();
  await context.sync();
  return syncs + 1;
}

/** Restores one batch in two syncs: what the cells show now, then what changes. */
async function restore(context: Excel.RequestContext, flags: LiveFlag[], features: OfficeFeatures): Promise<number> {
  const probes = flags.map((f) => {
    const sheet = context.workbook.worksheets.getItem(f.sheet);
    const fill = sheet.getRange(f.address).format.fill.load(features.fillPattern ? "color,pattern" : "color");
    const note = f.note && features.notes ? sheet.notes.getItemOrNullObject(f.address).load("isNullObject,content") : undefined;
    return { f, fill, note };
  });
  await context.sync();
  for (const { f, fill, note } of probes) {
    if (fill.color.toUpperCase() === f.painted.toUpperCase() && (!features.fillPattern || fill.pattern === "Solid")) restoreFill(fill, f);
    if (note && !note.isNullObject && note.content === f.note) note.delete();
    f.item.delete();
  }
  await context.sync();
  return 2;
}

/** "'表3 (2)'!$C$7" → "C7". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
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
