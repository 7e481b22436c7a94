/** The text report: findings grouped by table, errors first, and a one-line summary at the end. */
import type { Finding, Severity } from "../validation/findings";
import { GENERIC_LAYOUT } from "../generic/kinds";
import type { Summary, TableSummary } from "../validation/validate";

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误 error", warning: "警告 warning", info: "提示 info" };

export function textReport(summary: Summary, findings: readonly Finding[], source: string): string {
  const lines = [`${source}`, packLine(summary), ...tableLines(summary.tables)];
  for (const [group, list] of groupByTable(findings)) {
    lines.push("", group);
    for (const f of list) lines.push(findingLine(f, "  "));
  }
  lines.push("", summaryLine(summary));
  return `${lines.join("\n")}\n`;
}

/** One finding as a report line: severity, rule, place (a cell, or a PDF's printed place), message; a narrative's sentence quoted below it. */
export function findingLine(f: Finding, indent: string): string {
  const cell = f.origin?.place ?? (f.cell ? `${f.sheet}!${f.cell}` : f.sheet);
  const where = (f.file ? (cell ? `[${f.file}]${cell}` : f.file) : cell) || "—";
  const quoted = f.quote ? `\n${indent}${" ".repeat(12)}“${clip(f.quote.replace(/\s+/g, " "))}”` : "";
  return `${indent}${SEVERITY_LABEL[f.severity].padEnd(11)} ${f.rule.padEnd(22)} ${where.padEnd(10)} ${f.message.zh}${quoted}`;
}

/** A quoted sentence is for finding it in the text: its first characters are enough. */
const QUOTE_LENGTH = 80;
const clip = (text: string): string => ([...text].length > QUOTE_LENGTH ? `${[...text].slice(0, QUOTE_LENGTH).join("")}…` : text);

export function summaryLine(s: Summary): string {
  return (
    `结果：找到 ${s.tablesFound}/${s.tablesExpected} 张表，核对 ${s.identitiesChecked} 项勾稽关系，${s.identitiesNotCheckable} 项无法核对；错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}` +
    ` | ${s.tablesFound}/${s.tablesExpected} tables, ${s.identitiesChecked} identities checked, ${s.identitiesNotCheckable} not checkable: ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`
  );
}

/** Which pack the workbook was checked by, and whether it was recognised or chosen. */
export function packLine(s: Summary): string {
  const { name, score } = s.pack;
  if (s.pack.id === GENERIC_LAYOUT.id) {
    const percent = Math.round((score ?? 0) * 100);
    return `版式：未识别（最接近的模板包吻合 ${percent}%），按各地通用的勾稽关系核对按标题识别出的表 | layout: not recognised (closest pack ${percent}%), the tables recognised by their titles checked by what every layout shares`;
  }
  if (score === undefined) return `版式：${name}（指定）| layout: ${name} (as given)`;
  const percent = Math.round(score * 100);
  return `版式：${name}（自动识别，吻合 ${percent}%）| layout: ${name} (detected, ${percent}% match)`;
}

/** Findings arrive sorted by table, then severity; this keeps that order. */
function groupByTable(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.table ?? "工作簿 workbook";
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return groups;
}

/** Per table: which checks ran on it, how many identities, and what was not checked. */
export function tableLines(tables: readonly TableSummary[]): string[] {
  return tables.map((t) => {
    const checks = t.checks === "pack" ? "模板包核对 pack checks" : "通用核对 generic checks";
    const title = t.title && t.title !== t.table ? `“${t.title}”` : "";
    const not = t.notChecked.length > 0 ? `；未核对 not checked: ${t.notChecked.join("；")}` : "";
    return `  ${t.table}${title}（${t.sheet}）：${checks}，${t.identitiesChecked} 项勾稽 identities，${t.identitiesNotCheckable} 项无法核对 not checkable${not}`;
  });
}
