/**
 * 部门 = Σ 单位, table by table, row by row, column by column: each figure of the 部门's table
 * against the same row and column in its units' tables (rounding-aware, as every identity). A
 * row on one side only counts as an exact zero on the other, and is reported as a row when its
 * figures cannot be zero; a row that may be one the reader could not place is not checkable.
 */
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { TableView, ViewRow } from "../reading/tableView";
import { centsToNumber, formatCents, thousandthsToNumber } from "./amountText";
import { codeLevelOf, finestUnit } from "./crossTable";
import type { Findings, Message } from "./findings";
import { qualifiedInFile } from "./findings";
import { compare, Comparison } from "./interval";
import { evaluate, Identity, NotCheckable, Operand } from "./identity";
import { renderMessage } from "./messages";
import { rowLabel } from "./withinTable";

/** One workbook's table: the 部门's or a unit's. */
export interface Member {
  file: string;
  name: string;
  view: TableView;
}

export interface Counts {
  checked: number;
  notCheckable: number;
}

const RULE = "units.sum";
const RELATION: Message = { zh: "各单位相应数之和", en: "the sum of its units' figures" };
const UNREADABLE: Message = { zh: "有单位的金额无法读取（见该单元格的提示）", en: "a unit's figure could not be read (see that cell's finding)" };

/** Checks the 部门's table against its units' tables of the same id; every unit has the table. */
export function checkUnitSums(department: Member, units: readonly Member[], findings: Findings, counts: Counts): void {
  const unit = finestUnit([department, ...units].map((m) => m.view));
  const columns = [...department.view.columns.keys()].filter((c) => units.every((u) => u.view.def.columns.some((d) => d.key === c)));
  const unchecked = new NotCheckable(findings);
  const context = { department, units, columns, unit, findings, counts, unchecked };
  for (const key of rowKeys([department, ...units])) {
    const row = department.view.byKey.get(key);
    const present = units.flatMap((u) => (u.view.byKey.has(key) ? [{ member: u, row: u.view.byKey.get(key)! }] : []));
    if (row && present.length > 0) sumRow(context, row, present);
    else if (row) oneSided(context, [{ member: department, row }], units, "department");
    else oneSided(context, present, [department], "unit");
  }
}

interface Context {
  department: Member;
  units: readonly Member[];
  columns: string[];
  unit: DisplayUnit;
  findings: Findings;
  counts: Counts;
  unchecked: NotCheckable;
}

interface Placed {
  member: Member;
  row: ViewRow;
}

/** Every placed row key of the 部门's table, then those only units print, in the order they come. */
function rowKeys(members: readonly Member[]): string[] {
  const keys = new Set<string>();
  members.forEach((m) => m.view.rows.forEach((r) => !r.unplaced && keys.add(r.key)));
  return [...keys];
}

/** The 部门's row against the units that print it; units that do not print it count as exact zeros. */
function sumRow(context: Context, row: ViewRow, present: Placed[]): void {
  const { department, units, columns } = context;
  const absentFrom = units.filter((u) => !present.some((p) => p.member === u));
  const blocked = unplacedReason(absentFrom, row.key) ?? repeatedReason([department, ...present.map((p) => p.member)], row.key);
  for (const column of columns) {
    const total = operand(context, department, row, column);
    if (!total) continue;
    const parts = present.map((p) => operand(context, p.member, p.row, column));
    const readable = parts.filter((p): p is Operand => !!p);
    const reason = blocked ?? (readable.length < parts.length ? UNREADABLE : undefined) ?? missingColumn(present, column);
    const identity: Identity = { rule: RULE, total, parts: readable, relation: RELATION, unit: context.unit, ...(reason ? { notCheckable: reason } : {}) };
    tally(context, identity);
  }
}

function tally(context: Context, identity: Identity): void {
  if (evaluate(identity, context.findings) === "checked") context.counts.checked++;
  else {
    context.counts.notCheckable++;
    context.unchecked.add(identity);
  }
}

/**
 * A row printed on one side only (by the 部门, or by some units): its figures against an exact
 * zero, reported once for the row at its first figure that cannot be zero, unless the other
 * side has rows the reader could not place that it may be.
 */
function oneSided(context: Context, present: Placed[], others: readonly Member[], side: "department" | "unit"): void {
  const blocked = unplacedReason(others, present[0].row.key);
  const byColumn = context.columns.map((column) => present.map((p) => operand(context, p.member, p.row, column)));
  const readable = byColumn.every((figures) => figures.every((f) => f));
  if (blocked || !readable) {
    const total = byColumn.flat().find((f) => f);
    if (total) tally(context, { rule: RULE, total, parts: [], relation: RELATION, unit: context.unit, notCheckable: blocked ?? UNREADABLE });
    return;
  }
  context.counts.checked += byColumn.length;
  for (const parts of byColumn as Operand[][]) {
    const c = compare(EXACT_ZERO, parts.map((p) => ({ figure: p.figure, sign: 1 as const })));
    if (c.verdict === "inconsistent") return reportRow(context, present, parts, c, side);
  }
}

/** What a row that a table does not print stands for. */
const EXACT_ZERO = { address: "", cents: 0, halfWidth: 0 };

function reportRow(context: Context, present: Placed[], parts: Operand[], c: Comparison, side: "department" | "unit"): void {
  const at = parts.findIndex((p) => p.figure.cents !== 0);
  const { member, row } = present[at];
  const place = { file: member.file, table: member.view.table, sheet: member.view.sheet, cell: parts[at].figure.address, row: row.key, column: parts[at].column };
  const shown = formatCents(parts[at].figure.cents);
  const params = { side, table: member.view.table, at: parts[at].figure.address, name: rowLabel(row), unit: member.name, actual: shown, expected: shown };
  const related = parts.filter((_, i) => i !== at).map((p) => qualifiedInFile(p.file ?? "", p.sheet, p.figure.address));
  // The side that prints the row holds the figures; the other side's absent row is the exact zero.
  const [expected, actual] = side === "department" ? [0, c.expected] : [c.expected, 0];
  context.findings.add("units.row", place, params, {
    related,
    expected: centsToNumber(expected),
    actual: centsToNumber(actual),
    difference: centsToNumber(actual - expected),
    tolerance: thousandthsToNumber(c.tolerance),
  });
}

/**
 * Why a row that `members` do not print may be in them after all: one of them has rows the
 * reader could not place, of the row's level or of an unknown level.
 */
function unplacedReason(members: readonly Member[], key: string): Message | undefined {
  const level = codeLevelOf(key.replace(/^u:[^/]*\//, ""));
  for (const m of members) {
    const blocking = m.view.unplaced.find((u) => level === undefined || u.level === undefined || u.level === level);
    if (blocking) return renderMessage(blocking.problem.rule, blocking.problem.params);
  }
  return undefined;
}

/** Why a row cannot be added up: one of the tables prints it twice with different figures (which is meant?). */
function repeatedReason(members: readonly Member[], key: string): Message | undefined {
  for (const m of members) {
    for (const problem of m.view.uncertain.values()) {
      if (problem.rule === "row.duplicate" && problem.place.row === key) return renderMessage(problem.rule, problem.params);
    }
  }
  return undefined;
}

/** A column a unit's table should have but whose header the reader did not find (reported in that file). */
function missingColumn(present: Placed[], column: string): Message | undefined {
  const lacking = present.find((p) => !p.member.view.columns.has(column));
  if (!lacking) return undefined;
  return { zh: `单位“${lacking.member.name}”的${lacking.member.view.table}找不到这一列`, en: `unit ${lacking.member.name}'s ${lacking.member.view.table} lacks the column` };
}

/** A figure as an operand in the common display unit, named by the workbook it is in. */
function operand(context: Context, member: Member, row: ViewRow, column: string): Operand | undefined {
  const figure = row.figures[column];
  if (!figure) return undefined;
  const { view } = member;
  const scale = DISPLAY_UNITS[view.displayUnit] / DISPLAY_UNITS[context.unit];
  const many = context.columns.length > 1;
  const cellLabel = () => `${rowLabel(row)}${many ? `·${view.columns.get(column)?.label ?? column}` : ""}`;
  const label = member === context.department ? () => `${cellLabel()}（${member.file}）` : () => `${member.name} ${qualifiedInFile(member.file, view.sheet, figure.address)}`;
  return {
    figure: { address: figure.address, cents: figure.cents * scale, halfWidth: figure.halfWidth * scale },
    file: member.file,
    table: context.department.view.table,
    sheet: view.sheet,
    row: row.key,
    column,
    label,
  };
}
