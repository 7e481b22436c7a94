/** The JSON report of the CLI contract: amounts in the display unit, message in Chinese, messageEn in English. */
import type { Finding } from "../validation/findings";
import type { Summary } from "../validation/validate";

/** A finding as the report writes it: its message as two strings, without the grouping table. */
export type JsonFinding = Omit<Finding, "table" | "message"> & { message: string; messageEn: string };

export interface JsonReport {
  summary: Summary & { source: string };
  findings: JsonFinding[];
}

export function jsonReport(summary: Summary, findings: readonly Finding[], source: string): JsonReport {
  return {
    summary: { source, ...summary },
    findings: findings.map(jsonFinding),
  };
}

/** A finding as the JSON reports write it. */
export function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    ...(f.file !== undefined ? { file: f.file } : {}),
    sheet: f.sheet,
    cell: f.cell,
    related: f.related,
    expected: f.expected,
    actual: f.actual,
    difference: f.difference,
    tolerance: f.tolerance,
    ...(f.row !== undefined ? { row: f.row } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(f.intervals ? { intervals: f.intervals } : {}),
    ...(f.identityRule ? { identityRule: f.identityRule } : {}),
    ...(f.origin ? { origin: f.origin } : {}),
    ...(f.quote !== undefined ? { quote: f.quote } : {}),
    message: f.message.zh,
    messageEn: f.message.en,
  };
}
