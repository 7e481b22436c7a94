/** The .xlsx host for the 明细 sheet: its rows written as a formatted worksheet, and read back. */
import ExcelJS from "exceljs";
import { EXPLANATION_MARK, ITEM_COLUMNS, MINGXI_SHEET, SheetValue } from "../../model/mingxi";
import { COLUMN_WIDTHS, DEFAULT_COLUMN_WIDTH } from "../../model/mingxiColumns";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

export function addMingxiSheet(workbook: ExcelJS.Workbook, rows: SheetValue[][], name = MINGXI_SHEET): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  const headerRow = rows.findIndex((r) => r[0] === ITEM_COLUMNS[0].header);
  ITEM_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = COLUMN_WIDTHS[c.field] ?? DEFAULT_COLUMN_WIDTH;
    // Codes stay text so that 2010301 is never shown as 2,010,301 nor loses leading zeros.
    if (c.field !== "amount") column.numFmt = "@";
  });
  rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
  });
  const header = sheet.getRow(headerRow + 1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  // The blank template explains each column in the row under the header; it scrolls with the header.
  const explained = String(rows[headerRow + 1]?.[0] ?? "").startsWith(EXPLANATION_MARK);
  if (explained) {
    const explanation = sheet.getRow(headerRow + 2);
    explanation.font = { italic: true, color: { argb: "FF595959" } };
    explanation.alignment = { wrapText: true, vertical: "top" };
  }
  sheet.getColumn(ITEM_COLUMNS.length).numFmt = "#,##0.00";
  sheet.views = [{ state: "frozen", ySplit: headerRow + (explained ? 2 : 1) }];
  return sheet;
}
