/** Report tables as an .xlsx workbook: preamble lines, a bold header, amounts as #,##0.00, links. */
import ExcelJS from "exceljs";
import { ReportLink, ReportTable, sheetRowOf } from "../../report/table";

export async function reportWorkbookBuffer(tables: readonly ReportTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget-tables";
  for (const table of tables) addReportSheet(workbook, table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addReportSheet(workbook: ExcelJS.Workbook, table: ReportTable): void {
  const sheet = workbook.addWorksheet(table.name);
  table.preamble.forEach((line) => sheet.addRow([line]));
  if (table.preamble.length > 0) sheet.getRow(1).font = { bold: true, size: 14 };
  // A plain string is stored as text by ExcelJS, so "=…" in a message never becomes a formula.
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } }));
  table.rows.forEach((row) => sheet.addRow(row));
  table.widths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  table.amountColumns.forEach((c) => (sheet.getColumn(c + 1).numFmt = "#,##0.00"));
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  table.links?.forEach((link) => addLink(sheet, table, link));
}

const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/**
 * A link to another sheet is a HYPERLINK formula: ExcelJS 4.4 writes a hyperlink to a location
 * with an external relationship beside it, which Excel follows as a file. The formula holds only
 * our own sheet name and row, never user text.
 */
function addLink(sheet: ExcelJS.Worksheet, table: ReportTable, link: ReportLink): void {
  const cell = sheet.getCell(sheetRowOf(table, link.row), link.column + 1);
  const text = String(cell.value ?? "");
  const to = link.to;
  cell.value =
    "file" in to
      ? { text, hyperlink: encodeURI(to.file) }
      : { formula: `HYPERLINK("#'${to.table.replace(/'/g, "''")}'!A${to.row}","${text.replace(/"/g, '""')}")`, result: text, date1904: false };
  cell.font = LINK_FONT;
}
