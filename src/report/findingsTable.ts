/** Validation findings as a report table, for the .xlsx and CSV exports; a finding on a PDF names its printed place (第 12 页 表3 … · 合计) where a cell would stand. */
import type { Finding } from "../validation/findings";
import type { Summary } from "../validation/validate";
import type { ReportCell, ReportTable } from "./table";
import { packLine, summaryLine, tableLines } from "./textReport";

export const SEVERITY_ZH: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };

/** A finding's columns, shared by one workbook's report and the folder summary's findings sheet. */
export const FINDING_COLUMNS = {
  header: ["表", "工作表", "单元格", "级别", "规则", "说明", "Message", "应为", "实为", "差额", "容差", "相关单元格"],
  amountColumns: [7, 8, 9, 10],
  widths: [6, 10, 8, 6, 22, 70, 70, 14, 14, 12, 8, 30],
};

export const findingRow = (f: Finding): ReportCell[] => [
  f.table ?? "",
  f.sheet,
  f.origin?.place ?? f.cell,
  SEVERITY_ZH[f.severity],
  f.rule,
  f.message.zh,
  f.message.en,
  f.expected,
  f.actual,
  f.difference,
  f.tolerance,
  (f.origin?.related ?? f.related).join(" "),
];

/** Findings of a check that spans several workbooks (a 部门 against its 单位) get a first column naming each one's file. */
export function findingsTable(summary: Summary, findings: readonly Finding[], source: string): ReportTable {
  const files = findings.some((f) => f.file !== undefined);
  const table: ReportTable = {
    name: "校验结果",
    preamble: [`预算公开表校验结果：${source}`, summaryLine(summary), packLine(summary), ...tableLines(summary.tables).map((l) => l.trim())],
    ...FINDING_COLUMNS,
    widths: findings.some((f) => f.origin) ? FINDING_COLUMNS.widths.map((w, i) => (i === 2 ? 48 : w)) : FINDING_COLUMNS.widths,
    rows: findings.map(findingRow),
  };
  if (!files) return table;
  return {
    ...table,
    header: ["文件", ...table.header],
    rows: table.rows.map((row, i) => [findings[i].file ?? "", ...row]),
    amountColumns: table.amountColumns.map((c) => c + 1),
    widths: [16, ...table.widths],
  };
}
