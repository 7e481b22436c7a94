/** Validation findings as a report table, for the .xlsx and CSV exports; a finding on a PDF names its printed place (第 12 页 表3 … · 合计) where a cell would stand. */
import type { Finding } from "../validation/findings";
import type { Summary } from "../validation/validate";
import type { ReportTable } from "./table";
import { summaryLine } from "./textReport";

const SEVERITY_ZH: Record<Finding["severity"], string> = { error: "错误", warning: "警告", info: "提示" };

export function findingsTable(summary: Summary, findings: readonly Finding[], source: string): ReportTable {
  return {
    name: "校验结果",
    preamble: [`预算公开表校验结果：${source}`, summaryLine(summary)],
    header: ["表", "工作表", "单元格", "级别", "规则", "说明", "Message", "应为", "实为", "差额", "容差", "相关单元格"],
    rows: findings.map((f) => [f.table ?? "", f.sheet, f.origin?.place ?? f.cell, SEVERITY_ZH[f.severity], f.rule, f.message.zh, f.message.en, f.expected, f.actual, f.difference, f.tolerance, (f.origin?.related ?? f.related).join(" ")]),
    amountColumns: [7, 8, 9, 10],
    widths: [6, 10, findings.some((f) => f.origin) ? 48 : 8, 6, 22, 70, 70, 14, 14, 12, 8, 30],
  };
}
