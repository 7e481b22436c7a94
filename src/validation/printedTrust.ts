/**
 * A table read from a PDF is placed by where its words and figures were printed, not by cells.
 * What the reader could not read or place there is the reader's uncertainty, not the document's
 * error: a warning at its place. And a total column that disagrees with its parts on most of the
 * rows that print it says its header was laid out wrong (a column shifted, a group label taken
 * for a column), not that the document is wrong on nearly every row: those sums become one
 * warning at the column, and are counted as not checkable. Workbooks keep every check as is:
 * there a cell is where the user typed it.
 */
import type { TableId } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import type { Finding, Findings } from "./findings";
import type { RuleSetting } from "../tables/types";
import type { RuleId } from "./rules";

/** Every sheet of the workbook was read from a PDF. */
export const isPrinted = (sheets: readonly SheetCells[]): boolean => sheets.length > 0 && sheets.every((s) => s.origin);

/** Reading rules that are errors in a workbook and warnings in a PDF (see above). */
const PRINTED_WARNINGS: readonly RuleId[] = ["read.header", "read.column", "read.row", "amount.invalid", "table.missing"];

/** A pack's (or the generic checks') rule settings, with the reading rules a PDF makes warnings. */
export function withPrintedRules(rules: Readonly<Record<RuleId, RuleSetting>>): Record<RuleId, RuleSetting> {
  return { ...rules, ...Object.fromEntries(PRINTED_WARNINGS.map((id) => [id, { ...rules[id], severity: "warning" as const }])) };
}

/** A column failing on at least this many rows, and on at least half of those that print its total, was misread. */
const MIN_FAILING_ROWS = 3;

/** Identities per table, as validation counts them. */
export interface TableCounts {
  checked: number;
  notCheckable: number;
  byTable: Map<TableId, { checked: number; notCheckable: number }>;
}

/**
 * Replaces, in a PDF's tables, the failures of a total column that fails on most rows by one
 * `read.columnSums` warning at its first failing cell (the others related), and moves them from
 * checked to not checkable.
 */
export function distrustMisreadColumns(findings: Findings, views: ReadonlyMap<TableId, TableView>, counts: TableCounts): void {
  const misread = new Set<Finding>();
  groupColumnFailures(findings.list).forEach((failures) => {
    const view = views.get(failures[0].table!);
    if (!view || !isMisread(view, failures)) return;
    failures.forEach((f) => misread.add(f));
    warn(findings, view, failures);
    const table = counts.byTable.get(view.table);
    counts.checked -= failures.length;
    counts.notCheckable += failures.length;
    if (table) {
      table.checked -= failures.length;
      table.notCheckable += failures.length;
    }
  });
  if (misread.size === 0) return;
  // In place, without spreading a long list into one call's arguments.
  let kept = 0;
  for (const f of findings.list) if (!misread.has(f)) findings.list[kept++] = f;
  findings.list.length = kept;
}

/** Error-level failures of a total column against its parts, by table and column. */
function groupColumnFailures(list: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of list) {
    if (f.severity !== "error" || !f.rule.endsWith(".columns") || !f.table || f.column === undefined) continue;
    const key = `${f.table}\u0000${f.column}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  return [...groups.values()];
}

/** Misread: failing on enough rows, and on at least half of those that print the total other than zero (or fail). */
function isMisread(view: TableView, failures: readonly Finding[]): boolean {
  if (failures.length < MIN_FAILING_ROWS) return false;
  const column = failures[0].column!;
  const failing = new Set(failures.map((f) => f.row));
  const printing = view.rows.filter((r) => failing.has(r.key) || (r.figures[column]?.cents ?? 0) !== 0).length;
  return failures.length * 2 >= printing;
}

function warn(findings: Findings, view: TableView, failures: readonly Finding[]): void {
  const [first] = failures;
  const label = view.columns.get(first.column!)?.label ?? first.column!;
  findings.add(
    "read.columnSums",
    { table: view.table, sheet: view.sheet, cell: first.cell, column: first.column },
    { table: view.table, column: label, failing: failures.length, example: first.message.zh, exampleEn: first.message.en },
    { related: failures.slice(1).map((f) => f.cell), expected: first.expected, actual: first.actual, difference: first.difference, tolerance: first.tolerance },
  );
}
