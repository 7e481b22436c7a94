/**
 * TableGrid: a host-free picture of one worksheet. Hosts (ExcelJS, Office.js, the test host)
 * only translate grids; every decision about content and layout is made before.
 */
import type { TableId } from "../model/types";
import type { PrintDef } from "../tables/types";

/** What a cell is, which decides how every host formats it (see cellFormats.ts). */
export type CellStyle =
  | "tableNo"
  | "title"
  | "unitLine"
  | "unitLineRight"
  | "header"
  | "code"
  | "label"
  | "labelTotal"
  | "amount"
  | "amountTotal"
  | "text"
  | "note";

export interface GridCell {
  /** Strings are always written as text, never as formulas. */
  value: string | number | null;
  style: CellStyle;
  /** For figures: the row and column keys of the table definition the figure stands for. */
  row?: string;
  column?: string;
}

/** A merged block, zero-based and inclusive. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RowSpan {
  first: number;
  last: number;
}

export interface TableGrid {
  table: TableId;
  sheetName: string;
  /** Rectangular: every row has one entry per column; null is an empty cell. */
  cells: Array<Array<GridCell | null>>;
  merges: Merge[];
  /** In characters. */
  columnWidths: number[];
  /** In points, one per row; wrapped text makes a row taller. */
  rowHeights: number[];
  headerRows: RowSpan;
  bodyRows: RowSpan;
  numberFormat: string;
  print: PrintDef;
}

/** "A1"-style address of a zero-based cell. */
/**
 * Above this many rows the rows above a header are not frozen with it (a model's 明细 lists every
 * unit, project and 注 there, and nothing would be left to scroll): an .xlsx freezes only the
 * header and opens at it; Office.js, which cannot set where a sheet opens, freezes nothing.
 */
export const MOST_FROZEN_ROWS = 30;

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The zero-based cell of an "A1"-style address ($ allowed), or undefined for anything else. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, column: column - 1 };
}

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
