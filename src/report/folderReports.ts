/** The folder summary's forms: text, JSON, and two report tables for .xlsx (files, and their findings). */
import { FINDING_COLUMNS, findingRow } from "./findingsTable";
import { FileRow, findingCount, FIRST_FINDINGS, totals, totalsLine } from "./folderSummary";
import { jsonFinding } from "./jsonReport";
import { ReportCell, ReportLink, ReportTable, sheetRowOf } from "./table";
import { findingLine } from "./textReport";

/** Errors and warnings shown under each file's line of the text summary (tails and notes are only counted). */
const TEXT_FINDINGS = 3;

const packName = (r: FileRow) => r.pack?.name ?? "未识别版式 layout not recognised";
const orDash = (v: string | number | null) => (v === null ? "—" : String(v));

/** A line a file (path, department, year, pack, tables, counts), its first errors and warnings below it, the totals at the end. */
export function folderText(rows: readonly FileRow[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    if (r.unreadable !== undefined) {
      lines.push(`${r.path}  无法读取 unreadable: ${r.unreadable}`);
      continue;
    }
    lines.push(`${r.path}  ${orDash(r.department)}  ${orDash(r.year)}  ${packName(r)}  表 ${r.tablesFound}/${r.tablesExpected}  错误 ${r.errors}  警告 ${r.warnings}  提示 ${r.infos}`);
    const shown = r.findings.filter((f) => f.severity !== "info").slice(0, TEXT_FINDINGS);
    shown.forEach((f) => lines.push(findingLine(f, "    ")));
    const more = r.errors + r.warnings - shown.length;
    if (more > 0) lines.push(`    … 另有 ${more} 条错误或警告 ${more} more error(s) or warning(s)`);
  }
  lines.push("", totalsLine(totals(rows)));
  return `${lines.join("\n")}\n`;
}

export function folderJson(rows: readonly FileRow[]) {
  return {
    files: rows.map((r) => ({
      path: r.path,
      department: r.department,
      year: r.year,
      pack: r.pack,
      tables: { found: r.tablesFound, expected: r.tablesExpected },
      errors: r.errors,
      warnings: r.warnings,
      infos: r.infos,
      findings: r.findings.map((f) => ({ ...(f.table ? { table: f.table } : {}), ...jsonFinding(f) })),
      findingsOmitted: findingCount(r) - r.findings.length,
      ...(r.unreadable !== undefined ? { unreadable: r.unreadable } : {}),
    })),
    totals: totals(rows),
  };
}

export const SUMMARY_SHEET = "汇总";
export const FINDINGS_SHEET = "问题";

/**
 * The .xlsx summary: a sheet of files, each row's path linking to the file (`fileLink` gives the
 * path relative to the summary) and its last cell to the file's first findings on the findings
 * sheet, whose rows link back; one workbook, written at once.
 */
export function folderTables(rows: readonly FileRow[], fileLink: (path: string) => string): ReportTable[] {
  const summary: ReportTable = {
    name: SUMMARY_SHEET,
    preamble: ["预算公开表批量校验汇总 | validation summary", totalsLine(totals(rows))],
    header: ["文件", "部门", "年度", "版式", "表", "错误", "警告", "提示", "首要问题", "问题明细"],
    rows: [],
    amountColumns: [],
    widths: [40, 24, 8, 30, 8, 8, 8, 8, 70, 14],
    links: [],
  };
  const findings: ReportTable = {
    name: FINDINGS_SHEET,
    preamble: [`各文件的前 ${FIRST_FINDINGS} 条问题，错误在先 | each file's first ${FIRST_FINDINGS} findings, errors first`],
    header: ["文件", ...FINDING_COLUMNS.header],
    rows: [],
    amountColumns: FINDING_COLUMNS.amountColumns.map((c) => c + 1),
    widths: [40, ...FINDING_COLUMNS.widths],
    links: [],
  };
  const link = (table: ReportTable, l: ReportLink) => table.links!.push(l);
  rows.forEach((r, i) => {
    const first = findings.rows.length;
    summary.rows.push(summaryCells(r));
    link(summary, { row: i, column: 0, to: { file: fileLink(r.path) } });
    if (r.findings.length > 0) link(summary, { row: i, column: 9, to: { table: FINDINGS_SHEET, row: sheetRowOf(findings, first) } });
    for (const f of r.findings) {
      link(findings, { row: findings.rows.length, column: 0, to: { table: SUMMARY_SHEET, row: sheetRowOf(summary, i) } });
      findings.rows.push([r.path, ...findingRow(f)]);
    }
  });
  return [summary, findings];
}

function summaryCells(r: FileRow): ReportCell[] {
  if (r.unreadable !== undefined) return [r.path, null, null, null, null, null, null, null, `无法读取 unreadable: ${r.unreadable}`, null];
  const top = r.findings[0];
  const shown = r.findings.length > 0 ? `${r.findings.length} 条 → ${FINDINGS_SHEET}` : "无 none";
  return [r.path, r.department, r.year, packName(r), `${r.tablesFound}/${r.tablesExpected}`, r.errors, r.warnings, r.infos, top ? top.message.zh : null, shown];
}
