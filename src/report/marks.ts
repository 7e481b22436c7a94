/**
 * Which findings are marked in the sheet, and how: the task pane and the CLI's marked copy paint
 * the same cells the same way. Quiet by default: only findings that need action (errors and
 * warnings) are painted; rounding tails and catalogue notes (info) are listed, and painted only
 * when the user asks.
 */
import type { Finding, Severity } from "../validation/findings";

/** Cell fills by severity, as Excel's own conditional-format presets colour bad, neutral and note. */
export const SEVERITY_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

export interface MarkOptions {
  /** Also mark info findings (rounding tails, catalogue notes). */
  includeInfo: boolean;
}

/** The findings to mark: those at a cell, errors and warnings unless info is asked for too. */
export function findingsToMark(findings: readonly Finding[], options: MarkOptions): Finding[] {
  return findings.filter((f) => f.sheet && f.cell && (options.includeInfo || f.severity !== "info"));
}

/** The findings at each marked cell, by sheet and A1 address, most severe first. */
export function marksByCell(findings: readonly Finding[]): Map<string, Map<string, Finding[]>> {
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const f of findings) {
    const cells = bySheet.get(f.sheet) ?? bySheet.set(f.sheet, new Map()).get(f.sheet)!;
    const list = cells.get(f.cell) ?? cells.set(f.cell, []).get(f.cell)!;
    list.push(f);
  }
  const rank = (s: Severity) => ["error", "warning", "info"].indexOf(s);
  bySheet.forEach((cells) => cells.forEach((list) => list.sort((a, b) => rank(a.severity) - rank(b.severity))));
  return bySheet;
}
