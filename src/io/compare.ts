/**
 * Year over year: two table-level models matched figure by figure (table, row key, column key),
 * each with its change and its change in percent, exact: amounts stay integer hundredths and
 * the percentage is rounded half away from zero to 0.01 % in integer arithmetic.
 */
import type { DisplayUnit } from "../model/money";
import type { StatedFigure, StatedTable, TableModel } from "./tableModel";

export type ChangeStatus = "changed" | "unchanged" | "new" | "removed";

export interface ComparedFigure {
  table: string;
  row: string;
  rowName: string;
  column: string;
  columnLabel: string;
  unit: DisplayUnit;
  /** Hundredths of `unit`; null when the figure is absent that year. */
  current: number | null;
  previous: number | null;
  currentCell: string;
  previousCell: string;
  /** current − previous, with an absent figure counting as 0. */
  change: number;
  /** Hundredths of a percent of the previous figure; null when it is absent or zero. */
  percent: number | null;
  status: ChangeStatus;
}

export function compareModels(current: TableModel, previous: TableModel): ComparedFigure[] {
  const before = new Map(previous.tables.map((t) => [t.table, t]));
  const now = new Map(current.tables.map((t) => [t.table, t]));
  const ids = [...new Set([...current.tables.map((t) => t.table), ...previous.tables.map((t) => t.table)])];
  return ids.flatMap((id) => compareTable(now.get(id), before.get(id)));
}

interface Side {
  figure: StatedFigure;
  rowName: string;
  columnLabel: string;
  sheet: string;
}

function compareTable(current: StatedTable | undefined, previous: StatedTable | undefined): ComparedFigure[] {
  // Tables stated in different units are compared in the finer one, 元, so that nothing is rounded.
  const unit: DisplayUnit = (current?.displayUnit ?? previous!.displayUnit) === (previous?.displayUnit ?? current!.displayUnit) ? (current ?? previous)!.displayUnit : "元";
  const a = figures(current);
  const b = figures(previous);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  return keys.map((key) => {
    const [row, column] = JSON.parse(key) as [string, string];
    const now = a.get(key);
    const before = b.get(key);
    const cur = now ? inUnit(now.figure.cents, current!.displayUnit, unit) : null;
    const prev = before ? inUnit(before.figure.cents, previous!.displayUnit, unit) : null;
    const change = (cur ?? 0) - (prev ?? 0);
    const label = (now ?? before)!;
    return {
      table: (current ?? previous)!.table,
      row,
      rowName: label.rowName,
      column,
      columnLabel: label.columnLabel,
      unit,
      current: cur,
      previous: prev,
      currentCell: now ? `${now.sheet}!${now.figure.cell}` : "",
      previousCell: before ? `${before.sheet}!${before.figure.cell}` : "",
      change,
      percent: prev ? percentOf(change, prev) : null,
      status: cur === null ? "removed" : prev === null ? "new" : change === 0 ? "unchanged" : "changed",
    };
  });
}

/** Figures by [row key, column key], in table order. A repeated row key keeps its first row, as validation does. */
function figures(table: StatedTable | undefined): Map<string, Side> {
  const out = new Map<string, Side>();
  if (!table) return out;
  const labels = new Map(table.columns.map((c) => [c.key, c.label]));
  for (const row of table.rows) {
    for (const [column, figure] of Object.entries(row.figures)) {
      const key = JSON.stringify([row.key, column]);
      if (!out.has(key)) out.set(key, { figure, rowName: row.name, columnLabel: labels.get(column) ?? column, sheet: table.sheet });
    }
  }
  return out;
}

/** 1 万元 = 10,000 元, so hundredths of 万元 become hundredths of 元 exactly. */
function inUnit(cents: number, from: DisplayUnit, to: DisplayUnit): number {
  return from === to ? cents : from === "万元" ? cents * 10_000 : cents;
}

/** change / previous in hundredths of a percent, rounded half away from zero, exactly (BigInt). */
export function percentOf(change: number, previous: number): number {
  const num = BigInt(change) * 10_000n;
  const den = BigInt(previous);
  const sign = num < 0n !== den < 0n ? -1n : 1n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const q = n / d;
  const rounded = 2n * (n % d) >= d ? q + 1n : q;
  return Number(sign * rounded);
}
