/** The .xlsx host for the 明细 sheet: its rows written as a formatted worksheet, and read back. */
import ExcelJS from "exceljs";
import { columnLetters, MOST_FROZEN_ROWS } from "../../generation/grid";
import { explanationRowHeight, mingxiColumnWidths } from "../../generation/mingxiGrid";
import { EXPLANATION_MARK, ITEM_COLUMNS, MINGXI_SHEET, SheetValue } from "../../model/mingxi";
import { mingxiValidations, VALIDATED_ITEM_ROWS } from "../../model/mingxiTemplate";
import { ignoreNumbersAsText, openViewAtRow } from "./sheetXml";
import { addValidations } from "./validations";
import { printSetup } from "./writeWorkbook";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };

export function addMingxiSheet(workbook: ExcelJS.Workbook, rows: SheetValue[][], name = MINGXI_SHEET): ExcelJS.Worksheet {
  const headerRow = rows.findIndex((r) => r[0] === ITEM_COLUMNS[0].header);
  // The blank template explains each column in the row under the header; it stays in view with the header.
  const explained = String(rows[headerRow + 1]?.[0] ?? "").startsWith(EXPLANATION_MARK);
  const lastHeader = headerRow + (explained ? 1 : 0);
  const lastRow = Math.max(rows.length - 1, lastHeader + VALIDATED_ITEM_ROWS);
  const print = { orientation: "landscape", paperSize: "A4", fitToWidth: true } as const;
  const sheet = workbook.addWorksheet(name, { ...printSetup(print, { first: headerRow, last: lastHeader }), views: [frozenView(headerRow, lastHeader)] });
  if (lastHeader + 1 > MOST_FROZEN_ROWS) openViewAtRow(sheet, headerRow);
  // Long settings (绩效目标, 注) overflow to the right: the page is the line-item columns alone.
  // ExcelJS puts a $ before each end; the row's $ given here makes the reference absolute ($A$1).
  sheet.pageSetup.printArea = `A$1:${columnLetters(ITEM_COLUMNS.length - 1)}$${rows.length}`;
  const widths = mingxiColumnWidths(ITEM_COLUMNS.length);
  ITEM_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = widths[i];
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
  if (explained) {
    const explanation = sheet.getRow(headerRow + 2);
    explanation.font = { italic: true, color: { argb: "FF595959" } };
    explanation.alignment = { wrapText: true, vertical: "top" };
    explanation.height = explanationRowHeight(rows[headerRow + 1], widths);
  }
  sheet.getColumn(ITEM_COLUMNS.length).numFmt = "#,##0.00";
  ignoreNumbersAsText(sheet, 0, 0, lastRow, ITEM_COLUMNS.length - 2);
  addValidations(sheet, mingxiValidations(rows, lastHeader + 1, lastRow));
  return sheet;
}

/**
 * The header frozen: with the rows above it when they are few (the blank template's settings,
 * to be filled in), else alone, its pane starting at the header row (see openViewAtRow).
 */
function frozenView(headerRow: number, lastHeader: number): Partial<ExcelJS.WorksheetView> {
  if (lastHeader + 1 <= MOST_FROZEN_ROWS) return { state: "frozen", ySplit: lastHeader + 1 };
  return { state: "frozen", ySplit: lastHeader - headerRow + 1, topLeftCell: `A${lastHeader + 2}` };
}
