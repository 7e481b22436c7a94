/**
 * Row and column insertion and deletion in the test host, as Excel does them: everything
 * below (or right of) the change moves with its cells — values, formats, merges, notes,
 * comments, names, data validation, row heights or column widths, the selection — and what
 * sat in deleted lines is gone; a name whose cells were all deleted refers to #REF! (null).
 */
import { Bounds, boundsAddress, parseBounds, SheetState, WorkbookState } from "./state";

export type Axis = "rows" | "columns";

/** `count` lines inserted (count > 0) or deleted (count < 0) at zero-based line `at`. */
export interface LineShift {
  axis: Axis;
  at: number;
  count: number;
}

/** Where a line goes: its new index, or null when it was deleted. */
function moveLine(i: number, s: LineShift): number | null {
  if (i < s.at) return i;
  if (s.count > 0) return i + s.count;
  return i < s.at - s.count ? null : i + s.count;
}

/** The span [a, b] after the shift: shrunk by deleted lines, null when all of it was deleted. */
function moveSpan(a: number, b: number, s: LineShift): [number, number] | null {
  if (s.count > 0) return [moveLine(a, s)!, b < s.at ? b : b + s.count];
  const gone = -s.count;
  const end = s.at + gone - 1;
  if (a >= s.at && b <= end) return null;
  const na = a < s.at ? a : a <= end ? s.at : a - gone;
  const nb = b < s.at ? b : b <= end ? s.at - 1 : b - gone;
  return [na, nb];
}

export function moveBounds(b: Bounds, s: LineShift): Bounds | null {
  const span = s.axis === "rows" ? moveSpan(b.top, b.bottom, s) : moveSpan(b.left, b.right, s);
  if (!span) return null;
  return s.axis === "rows" ? { ...b, top: span[0], bottom: span[1] } : { ...b, left: span[0], right: span[1] };
}

function moveAddress(address: string, s: LineShift): string | null {
  const b = moveBounds(parseBounds(address), s);
  return b ? boundsAddress(b) : null;
}

function moveKeys<V>(map: Map<string, V>, s: LineShift): Map<string, V> {
  const moved = new Map<string, V>();
  for (const [address, v] of map) {
    const to = moveAddress(address, s);
    if (to) moved.set(to, v);
  }
  return moved;
}

function moveCells(sheet: SheetState, s: LineShift): void {
  const rows = sheet.rows;
  if (s.axis === "rows") {
    const moved: SheetState["rows"] = [];
    rows.forEach((row, r) => {
      const to = moveLine(r, s);
      if (to !== null && row) moved[to] = row;
    });
    sheet.rows = moved;
    return;
  }
  sheet.rows = rows.map((row) => {
    if (!row) return row;
    const moved: typeof row = [];
    row.forEach((cell, c) => {
      const to = moveLine(c, s);
      if (to !== null && cell) moved[to] = cell;
    });
    return moved;
  });
}

function moveSizes(sizes: Map<number, number>, s: LineShift): Map<number, number> {
  const moved = new Map<number, number>();
  for (const [i, size] of sizes) {
    const to = moveLine(i, s);
    if (to !== null) moved.set(to, size);
  }
  return moved;
}

export function shiftLines(book: WorkbookState, sheet: SheetState, s: LineShift): void {
  moveCells(sheet, s);
  sheet.merges = sheet.merges.map((m) => moveBounds(m, s)).filter((m): m is Bounds => m !== null && (m.top !== m.bottom || m.left !== m.right));
  sheet.notes = moveKeys(sheet.notes, s);
  sheet.validations = moveKeys(sheet.validations, s);
  for (const name of sheet.names.values()) name.bounds = name.bounds && moveBounds(name.bounds, s);
  if (s.axis === "rows") sheet.rowHeights = moveSizes(sheet.rowHeights, s);
  else sheet.columnWidths = moveSizes(sheet.columnWidths, s);
  book.comments = book.comments.flatMap((c) => {
    if (c.sheetId !== sheet.id) return [c];
    const to = moveAddress(c.address, s);
    return to ? [{ ...c, address: to }] : [];
  });
  if (book.selection?.sheet === sheet.name) {
    const to = moveAddress(book.selection.address, s);
    book.selection = to ? { ...book.selection, address: to } : { ...book.selection, address: boundsAddress({ top: 0, left: 0, bottom: 0, right: 0 }) };
  }
}
