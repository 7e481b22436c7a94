/**
 * SheetCells: what any host (ExcelJS, Office.js, a test) hands the reader for one worksheet.
 * Values are what the file stores (a number keeps every stored decimal); how it looks on
 * screen follows from its number format.
 */
import type { Merge, RowSpan } from "../generation/grid";

export type CellValue = string | number | boolean | null;

export interface SheetCells {
  name: string;
  /** Zero-based rows of zero-based cells; rows may be ragged or missing (undefined). */
  rows: Array<CellValue[] | undefined>;
  /** Merged blocks, zero-based and inclusive; only the top-left cell of a block holds its value. */
  merges: Merge[];
  /** Number formats parallel to rows ("#,##0.00"); absent means General. */
  numberFormats?: Array<Array<string | null | undefined> | undefined>;
  /** A sheet read from a PDF: where each row was printed and each column's printed label, so findings can name them. */
  origin?: PrintedOrigin;
}

export interface PrintedOrigin {
  /** The PDF's name, as findings name it. */
  file?: string;
  /** Per row, the 1-based page it was printed on. */
  pages: Array<number | undefined>;
  /** Per column, the header label printed above it. */
  columns: string[];
  /** The header's rows (zero-based, inclusive); the body follows them. */
  header: RowSpan;
}

export function cellValue(sheet: SheetCells, row: number, column: number): CellValue {
  return sheet.rows[row]?.[column] ?? null;
}

export function numberFormat(sheet: SheetCells, row: number, column: number): string | undefined {
  return sheet.numberFormats?.[row]?.[column] ?? undefined;
}

export function rowWidth(sheet: SheetCells, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}

/** Rows may be sparse, so an absent cell (undefined) is blank too. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Finds the merge holding a cell, for reading header labels that span several cells. */
export class MergeIndex {
  private readonly masters = new Map<number, Merge>();

  constructor(merges: readonly Merge[]) {
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.masters.set(key(r, c), m);
      }
    }
  }

  /** The value a reader sees at a cell: the merge's top-left value inside a merged block. */
  valueAt(sheet: SheetCells, row: number, column: number): CellValue {
    const m = this.masters.get(key(row, column));
    return m ? cellValue(sheet, m.top, m.left) : cellValue(sheet, row, column);
  }
}

/** Merged blocks are few (headers, totals, notes), so a flat key over a wide grid is enough. */
const key = (row: number, column: number) => row * 16384 + column;
