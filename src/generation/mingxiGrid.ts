/**
 * A 明细 sheet's rows (the blank template's, or a model's) as a grid, so that the Office.js host
 * writes it with the same batched, non-destructive writer as the tables (an existing 明细 is
 * replaced or written beside, never overwritten silently).
 */
import { EXPLANATION_MARK, ITEM_COLUMNS, MINGXI_SHEET, SheetValue } from "../model/mingxi";
import { COLUMN_WIDTHS, DEFAULT_COLUMN_WIDTH, ITEM_FIELDS } from "../model/mingxiColumns";
import type { CellStyle, GridCell, TableGrid } from "./grid";
import { wrappedRowHeight } from "./layout";

const ROW_HEIGHT = 18;

/** Column widths in characters: the line-item columns', and the default beyond them (the settings' hints). */
export function mingxiColumnWidths(width: number): number[] {
  return Array.from({ length: width }, (_, c) => (c < ITEM_FIELDS.length ? (COLUMN_WIDTHS[ITEM_FIELDS[c]] ?? DEFAULT_COLUMN_WIDTH) : DEFAULT_COLUMN_WIDTH));
}

/** The blank template's explanation row, tall enough to show each column's explanation whole. */
export function explanationRowHeight(row: readonly SheetValue[], widths: readonly number[]): number {
  return wrappedRowHeight(row.map((v) => (v === null ? null : String(v))), widths);
}

export function mingxiGrid(rows: readonly SheetValue[][]): TableGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const headerRow = rows.findIndex((r) => r[0] === ITEM_COLUMNS[0].header);
  const explanation = String(rows[headerRow + 1]?.[0] ?? "").startsWith(EXPLANATION_MARK) ? headerRow + 1 : headerRow;
  const style = (r: number): CellStyle => (r === headerRow ? "header" : r === explanation ? "note" : "unitLine");
  const cells = rows.map((row, r) =>
    Array.from({ length: width }, (_, c): GridCell | null => {
      const v = row[c];
      return v === null || v === undefined ? (r >= headerRow && r <= explanation ? { value: null, style: style(r) } : null) : { value: typeof v === "boolean" ? String(v) : v, style: style(r) };
    }),
  );
  const widths = mingxiColumnWidths(width);
  return {
    table: MINGXI_SHEET,
    sheetName: MINGXI_SHEET,
    cells,
    merges: [],
    columnWidths: widths,
    rowHeights: rows.map((row, r) => (r === explanation && r !== headerRow ? explanationRowHeight(row, widths) : ROW_HEIGHT)),
    headerRows: { first: headerRow, last: explanation },
    bodyRows: { first: explanation + 1, last: Math.max(explanation + 1, rows.length - 1) },
    numberFormat: "#,##0.00",
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}
