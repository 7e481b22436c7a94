/**
 * The 校验报告 sheet: every finding with a link to its cell. A sheet of that name is
 * replaced only when it is one of ours (its A1 holds our title); otherwise the report goes
 * beside it, as for the tables.
 */
import { isGenericRule } from "../../validation/rules";
import type { OfficeFeatures } from "./features";
import { batches, rangeAddress, TEXT_FORMAT, utf8Length } from "./sheetOps";
import { freeName, PAYLOAD_BUDGET } from "./writeGrids";

export const REPORT_SHEET = "校验报告";
export const REPORT_TITLE = "预算公开表校验报告";
const HEADER = ["表", "单元格", "级别", "规则", "说明", "应为", "实为", "差额", "容差"];
const WIDTHS = [8, 10, 8, 18, 70, 14, 14, 12, 10];
const SEVERITY_ZH: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
/** A report row's actions without its text: the values and formats, the link with its object path. */
const ROW_BYTES = 900;
const SCREEN_TIP = 250;

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

/**
 * Writes the report: one sync to look at the sheets (two when a report sheet exists), one per
 * band of findings under the payload budget, one to finish; returns the sheet's name.
 * Our own report is rewritten in place, so its position stays and, when the user is looking at
 * it, the view does not jump; the sheet is brought forward only when `bringForward` says the
 * user asked for it. Automatic re-validation never changes the active sheet or the selection.
 */
export async function writeReport(context: Excel.RequestContext, rows: readonly ReportRow[], summary: string, features: OfficeFeatures, bringForward = false, budget = PAYLOAD_BUDGET): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name));
  const existing = taken.has(REPORT_SHEET) ? sheets.getItem(REPORT_SHEET) : undefined;
  const ours = existing ? await isOurs(context, existing) : false;
  const name = !existing || ours ? REPORT_SHEET : freeName(REPORT_SHEET, taken);
  const sheet = ours ? existing! : sheets.add(name);
  if (ours) sheet.getRange().clear();

  const head = [[REPORT_TITLE, ...blank(8)], [summary, ...blank(8)], HEADER];
  writeRows(sheet, 0, head);
  sheet.getRange("A1").format.font.bold = true;
  sheet.getRange("A1").format.font.size = 14;
  const header = sheet.getRange(rangeAddress(2, 0, 2, HEADER.length - 1)).format;
  header.font.bold = true;
  header.fill.color = "#F2F2F2";
  WIDTHS.forEach((w, c) => (sheet.getRange(rangeAddress(0, c, 0, c)).format.columnWidth = w * 7));
  // The findings go in bands under the payload budget: a link per finding makes them heavy.
  let offset = 0;
  for (const band of batches(rows, rowBytes, budget)) {
    writeRows(sheet, head.length + offset, band.map(reportLine));
    if (features.hyperlinks) linkCells(sheet, band, head.length + offset);
    offset += band.length;
    await context.sync();
  }
  if (bringForward) sheet.activate();
  await context.sync();
  return name;
}

function reportLine(r: ReportRow): Array<string | number> {
  return [r.sheet, r.cell, kindZh(r), r.rule, r.message, num(r.expected), num(r.actual), num(r.difference), num(r.tolerance)];
}

function rowBytes(r: ReportRow): number {
  return ROW_BYTES + 2 * utf8Length(`${r.sheet}${r.cell}${r.rule}${r.message}`) + utf8Length(r.message.slice(0, SCREEN_TIP));
}

/** One 2D write of values, each string formatted as text first so Excel keeps it as it is. */
function writeRows(sheet: Excel.Worksheet, top: number, values: Array<Array<string | number>>): void {
  const range = sheet.getRange(rangeAddress(top, 0, top + values.length - 1, HEADER.length - 1));
  range.numberFormat = values.map((row) => row.map((v) => (typeof v === "string" ? TEXT_FORMAT : "#,##0.00")));
  range.values = values;
}

async function isOurs(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<boolean> {
  const a1 = sheet.getRange("A1").load("values");
  await context.sync();
  return a1.values[0][0] === REPORT_TITLE;
}

function linkCells(sheet: Excel.Worksheet, rows: readonly ReportRow[], top: number): void {
  rows.forEach((r, i) => {
    if (!r.cell) return;
    sheet.getRange(rangeAddress(top + i, 1, top + i, 1)).hyperlink = {
      documentReference: `'${r.sheet.replace(/'/g, "''")}'!${r.cell}`,
      textToDisplay: r.cell,
      screenTip: r.message.slice(0, SCREEN_TIP),
    };
  });
}

/** Info is labelled by rule: an identity within rounding is a 尾差, a generic rule's note a 提示. */
const kindZh = (r: ReportRow) => (r.severity === "info" && !isGenericRule(r.rule) ? "尾差" : (SEVERITY_ZH[r.severity] ?? r.severity));
const blank = (n: number) => new Array<string>(n).fill("");
const num = (v: number | null) => (v === null ? "" : v);
