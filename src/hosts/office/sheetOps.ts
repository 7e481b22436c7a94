/**
 * A TableGrid as a list of host-level operations on A1 ranges, with an estimate of each one's
 * share of an Office.js request payload. Pure: the Office.js writer only replays the list,
 * so batching decisions are testable without Excel.
 */
import { CELL_FORMATS } from "../../generation/cellFormats";
import { cellAddress, CellStyle, GridCell, Merge, TableGrid } from "../../generation/grid";

export type CellValue = string | number;

export type SheetOp =
  | { kind: "cells"; address: string; values: CellValue[][]; numberFormat: string[][] }
  | { kind: "format"; address: string; style: CellStyle; rows: number; columns: number }
  | { kind: "merge"; address: string }
  | { kind: "rowHeight"; address: string; height: number }
  | { kind: "columnWidth"; address: string; width: number };

export interface SizedOp {
  op: SheetOp;
  bytes: number;
}

/**
 * Excel's values setter parses strings the way it parses typing (formulas, numbers, dates,
 * percentages), so every string cell gets the Text format "@", written before the values in
 * the same request: Excel then stores the string as it is.
 */
export const TEXT_FORMAT = "@";
const GENERAL = "General";
/** Office.js serialises each action with its object path and property name; this covers it. */
const OP_OVERHEAD = 160;
/** A format rectangle sets font, alignment, wrap, fill and up to six borders: about 14 actions. */
const FORMAT_OP_BYTES = 14 * OP_OVERHEAD;

/** Byte length of a string in UTF-8, as the request travels. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Consecutive runs of items whose estimated request size stays within the budget. */
export function batches<T>(items: readonly T[], bytes: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (out.length === 0 || size + b > budget) {
      out.push([]);
      size = 0;
    }
    out[out.length - 1].push(item);
    size += b;
  }
  return out;
}

/** Excel column widths are in points; a grid's are in characters of the default font (7 px + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

/** Every operation that draws a grid, in the order Excel must apply them. */
export function gridOps(grid: TableGrid, maxBytes: number): SizedOp[] {
  return [
    ...cellBlocks(grid, maxBytes),
    ...formatRects(grid.cells).map(sized),
    ...grid.merges.map((m: Merge) => sized({ kind: "merge", address: rangeAddress(m.top, m.left, m.bottom, m.right) })),
    ...grid.columnWidths.map((w, c) => sized({ kind: "columnWidth", address: rangeAddress(0, c, 0, c), width: charsToPoints(w) })),
    ...heightRuns(grid.rowHeights).map(sized),
  ];
}

function sized(op: SheetOp): SizedOp {
  return { op, bytes: op.kind === "format" ? FORMAT_OP_BYTES : OP_OVERHEAD + op.address.length };
}

/** Row bands of values and number formats, each small enough to travel in one request. */
function cellBlocks(grid: TableGrid, maxBytes: number): SizedOp[] {
  const width = grid.cells[0]?.length ?? 0;
  const blocks: SizedOp[] = [];
  let start = 0;
  let bytes = OP_OVERHEAD * 2;
  const flush = (end: number) => {
    if (end <= start) return;
    const rows = grid.cells.slice(start, end);
    blocks.push({
      op: {
        kind: "cells",
        address: rangeAddress(start, 0, end - 1, width - 1),
        values: rows.map((row) => row.map(cellValue)),
        numberFormat: rows.map((row) => row.map((cell) => cellNumberFormat(cell, grid.numberFormat))),
      },
      bytes,
    });
    start = end;
    bytes = OP_OVERHEAD * 2;
  };
  grid.cells.forEach((row, r) => {
    const rowBytes = row.reduce((n, cell) => n + cellBytes(cell, grid.numberFormat), 4);
    if (bytes + rowBytes > maxBytes) flush(r);
    bytes += rowBytes;
  });
  flush(grid.cells.length);
  return blocks;
}

function cellValue(cell: GridCell | null): CellValue {
  return cell?.value ?? "";
}

function cellNumberFormat(cell: GridCell | null, numberFormat: string): string {
  if (typeof cell?.value === "string") return TEXT_FORMAT;
  return cell && CELL_FORMATS[cell.style].numeric ? numberFormat : GENERAL;
}

/** The JSON size of a cell's value and number format, quotes and commas included. */
function cellBytes(cell: GridCell | null, numberFormat: string): number {
  const v = cell?.value;
  const valueBytes = typeof v === "number" ? String(v).length : utf8Length(JSON.stringify(v ?? ""));
  return valueBytes + utf8Length(cellNumberFormat(cell, numberFormat)) + 2 + 2;
}

/**
 * Rectangles of one style: runs down each column, then neighbouring columns with the same
 * run joined. Their number follows the table's structure (total rows, column kinds), not its length.
 */
export function formatRects(cells: Array<Array<GridCell | null>>): SheetOp[] {
  const width = cells[0]?.length ?? 0;
  const rects: Array<{ top: number; bottom: number; left: number; right: number; style: CellStyle }> = [];
  const last = new Map<string, (typeof rects)[number]>();
  for (let c = 0; c < width; c++) {
    let r = 0;
    while (r < cells.length) {
      const style = cells[r][c]?.style;
      let end = r;
      while (end + 1 < cells.length && cells[end + 1][c]?.style === style) end++;
      if (style) {
        const key = `${r}:${end}:${style}`;
        const prev = last.get(key);
        if (prev && prev.right === c - 1) prev.right = c;
        else {
          const rect = { top: r, bottom: end, left: c, right: c, style };
          rects.push(rect);
          last.set(key, rect);
        }
      }
      r = end + 1;
    }
  }
  return rects.map((x) => ({
    kind: "format",
    address: rangeAddress(x.top, x.left, x.bottom, x.right),
    style: x.style,
    rows: x.bottom - x.top + 1,
    columns: x.right - x.left + 1,
  }));
}

/** One operation per run of rows sharing a height. */
function heightRuns(heights: number[]): SheetOp[] {
  const ops: SheetOp[] = [];
  let start = 0;
  for (let r = 1; r <= heights.length; r++) {
    if (r < heights.length && heights[r] === heights[start]) continue;
    ops.push({ kind: "rowHeight", address: `A${start + 1}:A${r}`, height: heights[start] });
    start = r;
  }
  return ops;
}
