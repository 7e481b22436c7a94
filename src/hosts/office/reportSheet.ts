/**
 * The 校验报告 sheet: every finding with a link to its cell. A sheet of that name is
 * replaced only when it is one of ours (its A1 holds our title); otherwise the report goes
 * beside it, as for the tables.
 */
import type { OfficeFeatures } from "./features";
import { rangeAddress, TEXT_FORMAT } from "./sheetOps";
import { freeName } from "./writeGrids";

export const REPORT_SHEET = "校验报告";
export const REPORT_TITLE = "预算公开表校验报告";
const HEADER = ["表", "单元格", "级别", "规则", "说明", "应为", "实为", "差额", "容差"];
const WIDTHS = [8, 10, 8, 18, 70, 14, 14, 12, 10];
const SEVERITY_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };

export interface ReportRow {
  sheet: string;
  cell: string;
  severity: string;
  rule: string;
  message: string;
  expected: number | null;
  actual: number | null;
  difference: number | null;
  tolerance: number | null;
}

/** Writes the report in two syncs (three when a report sheet exists); returns the sheet's name. */
export async function writeReport(context: Excel.RequestContext, rows: readonly ReportRow[], summary: string, features: OfficeFeatures): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name));
  const existing = taken.has(REPORT_SHEET) ? sheets.getItem(REPORT_SHEET) : undefined;
  const ours = existing ? await isOurs(context, existing) : false;
  const name = !existing || ours ? REPORT_SHEET : freeName(REPORT_SHEET, taken);
  if (ours) existing!.name = `${REPORT_SHEET}~old`;
  const sheet = sheets.add(name);
  if (ours) existing!.delete();

  const values: Array<Array<string | number>> = [
    [REPORT_TITLE, ...blank(8)],
    [summary, ...blank(8)],
    HEADER,
    ...rows.map((r) => [r.sheet, r.cell, SEVERITY_ZH[r.severity] ?? r.severity, r.rule, r.message, num(r.expected), num(r.actual), num(r.difference), num(r.tolerance)]),
  ];
  const all = sheet.getRange(rangeAddress(0, 0, values.length - 1, HEADER.length - 1));
  all.numberFormat = values.map((row) => row.map((v) => (typeof v === "string" ? TEXT_FORMAT : "#,##0.00")));
  all.values = values;
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  const header = sheet.getRange(rangeAddress(2, 0, 2, HEADER.length - 1)).format;
  header.font.bold = true;
  header.fill.color = "#F2F2F2";
  WIDTHS.forEach((w, c) => (sheet.getRange(rangeAddress(0, c, 0, c)).format.columnWidth = w * 7));
  if (features.hyperlinks) linkCells(sheet, rows);
  sheet.activate();
  await context.sync();
  return name;
}

async function isOurs(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean> {
  const a1 = sheet.getRange("A1").load("values");
  await context.sync();
  return a1.values[0][0] === REPORT_TITLE;
}

function linkCells(sheet: Excel.Worksheet, rows: readonly ReportRow[]): void {
  rows.forEach((r, i) => {
    if (!r.cell) return;
    sheet.getRange(rangeAddress(3 + i, 1, 3 + i, 1)).hyperlink = {
      documentReference: `'${r.sheet.replace(/'/g, "''")}'!${r.cell}`,
      textToDisplay: r.cell,
      screenTip: r.message.slice(0, 250),
    };
  });
}

const blank = (n: number) => new Array<string>(n).fill("");
const num = (v: number | null) => (v === null ? "" : v);
