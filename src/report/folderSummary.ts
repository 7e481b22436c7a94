/**
 * The summary of a folder of workbooks: one small row per file, made as each file's result
 * arrives, so that a thousand files keep their counts and first findings, never every finding.
 */
import type { Stated } from "../reading/stated";
import { Finding, SEVERITIES } from "../validation/findings";
import type { Summary, ValidationResult } from "../validation/validate";

/** How many findings of each file the summary keeps, errors first. */
export const FIRST_FINDINGS = 10;

export interface FileRow {
  path: string;
  department: string | null;
  year: number | null;
  /** The pack the file was checked by; null when no pack matched it well or it could not be read. */
  pack: Summary["pack"] | null;
  tablesFound: number;
  tablesExpected: number;
  errors: number;
  warnings: number;
  infos: number;
  /** The first FIRST_FINDINGS findings: errors, then warnings, then infos, each in the report's order. */
  findings: Finding[];
  /** Why the file could not be read, when it could not. */
  unreadable?: string;
}

export function fileRow(path: string, result: ValidationResult, stated: Stated): FileRow {
  const { summary, findings, detection } = result;
  const recognised = !detection || detection.confident;
  const bySeverity = SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
  return {
    path,
    department: stated.department ?? detection?.best.department ?? null,
    year: stated.fiscalYear ?? null,
    pack: recognised ? summary.pack : null,
    tablesFound: summary.tablesFound,
    tablesExpected: summary.tablesExpected,
    errors: summary.errors,
    warnings: summary.warnings,
    infos: summary.infos,
    findings: bySeverity.slice(0, FIRST_FINDINGS),
  };
}

export function unreadableRow(path: string, message: string): FileRow {
  return { path, department: null, year: null, pack: null, tablesFound: 0, tablesExpected: 0, errors: 0, warnings: 0, infos: 0, findings: [], unreadable: message };
}

export const findingCount = (row: FileRow): number => row.errors + row.warnings + row.infos;

export interface Totals {
  files: number;
  unreadable: number;
  /** Files with at least one error-level finding. */
  withErrors: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totals(rows: readonly FileRow[]): Totals {
  const sum = (of: (r: FileRow) => number) => rows.reduce((n, r) => n + of(r), 0);
  return {
    files: rows.length,
    unreadable: sum((r) => (r.unreadable === undefined ? 0 : 1)),
    withErrors: sum((r) => (r.errors > 0 ? 1 : 0)),
    errors: sum((r) => r.errors),
    warnings: sum((r) => r.warnings),
    infos: sum((r) => r.infos),
  };
}

export function totalsLine(t: Totals): string {
  return (
    `共 ${t.files} 个文件：${t.unreadable} 个无法读取，${t.withErrors} 个有错误；错误 ${t.errors}，警告 ${t.warnings}，提示 ${t.infos}` +
    ` | ${t.files} file(s): ${t.unreadable} unreadable, ${t.withErrors} with errors; ${t.errors} error(s), ${t.warnings} warning(s), ${t.infos} info`
  );
}
