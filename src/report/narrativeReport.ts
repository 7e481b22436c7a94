/** The narrative check's reports: the findings in the validation report's line and JSON forms, with the narrative's own summary. */
import type { NarrativeSummary } from "../narrative/checkNarrative";
import type { Finding } from "../validation/findings";
import { jsonFinding } from "./jsonReport";
import { findingLine } from "./textReport";

export function narrativeSummaryLine(s: NarrativeSummary): string {
  return (
    `结果：说明 ${s.sentences} 句，核对 ${s.checked} 处数字或说法，${s.notChecked} 个数未核对；错误 ${s.errors}，警告 ${s.warnings}` +
    ` | ${s.sentences} sentence(s), ${s.checked} figure(s) or statement(s) checked, ${s.notChecked} figure(s) not checked: ${s.errors} error(s), ${s.warnings} warning(s)`
  );
}

export function narrativeTextReport(summary: NarrativeSummary, findings: readonly Finding[], tables: string, narrative: string): string {
  const lines = [`说明 narrative: ${narrative}`, `表 tables: ${tables}`, "", ...findings.map((f) => findingLine(f, "  ")), "", narrativeSummaryLine(summary)];
  return `${lines.join("\n")}\n`;
}

export function narrativeJsonReport(summary: NarrativeSummary, findings: readonly Finding[], tables: string, narrative: string): string {
  return `${JSON.stringify({ summary: { tables, narrative, ...summary }, findings: findings.map(jsonFinding) }, null, 2)}\n`;
}
