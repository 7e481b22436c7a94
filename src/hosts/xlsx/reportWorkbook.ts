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
 * with an external relationship beside it, which Excel follows as a file. The cell's text is
 * quoted as string constants, never parsed as a formula.
 */
function addLink(sheet: ExcelJS.Worksheet, table: ReportTable, link: ReportLink): void {
  const cell = sheet.getCell(sheetRowOf(table, link.row), link.column + 1);
  const text = String(cell.value ?? "");
  const to = link.to;
  cell.value =
    "file" in to
      ? { text, hyperlink: fileTarget(to.file) }
      : { formula: `HYPERLINK("#'${to.table.replace(/'/g, "''")}'!A${to.row}",${formulaText(text)})`, result: text, date1904: false };
  cell.font = LINK_FONT;
}

/** Excel limits a string constant in a formula to 255 characters: a longer text is joined from pieces (never splitting a character). */
function formulaText(text: string): string {
  const pieces = [""];
  for (const ch of text) {
    if (pieces[pieces.length - 1].length + ch.length > 255) pieces.push("");
    pieces[pieces.length - 1] += ch;
  }
  return pieces.map((piece) => `"${piece.replace(/"/g, '""')}"`).join("&");
}

/** A relative file link as Excel writes one: names as they are (Chinese included), with what a URL reserves (space, %, #, ?) escaped. */
const fileTarget = (file: string): string => file.replace(/[%# ?]/g, (c) => encodeURIComponent(c));
