/**
 * A report table (src/report/table.ts) as a grid, so the Office.js host writes it with the table
 * writer: where the pane cannot download (Excel for Mac, iPad), the comparison goes into a sheet
 * written beside any sheet of that name, never over it.
 */
import type { ReportCell, ReportTable } from "../report/table";
import type { CellStyle, GridCell, TableGrid } from "./grid";

const ROW_HEIGHT = 18;

export function reportGrid(table: ReportTable): TableGrid {
  const width = table.header.length;
  const line = (text: string, r: number): Array<GridCell | null> => [{ value: text, style: r === 0 ? "tableNo" : "unitLine" }, ...new Array<null>(width - 1).fill(null)];
  const cell = (v: ReportCell, c: number): GridCell => ({ value: v, style: amountStyle(table, c, v) });
  const headerRow = table.preamble.length;
  const cells = [...table.preamble.map(line), table.header.map((h): GridCell => ({ value: h, style: "header" })), ...table.rows.map((row) => row.map(cell))];
  return {
    table: table.name,
    sheetName: table.name,
    cells,
    merges: [],
    columnWidths: table.widths,
    rowHeights: cells.map(() => ROW_HEIGHT),
    headerRows: { first: headerRow, last: headerRow },
    bodyRows: { first: headerRow + 1, last: Math.max(headerRow + 1, cells.length - 1) },
    numberFormat: "#,##0.00",
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  };
}

function amountStyle(table: ReportTable, column: number, value: ReportCell): CellStyle {
  return table.amountColumns.includes(column) && typeof value === "number" ? "amount" : "code";
}
