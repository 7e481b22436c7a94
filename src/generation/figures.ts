/**
 * Computes a table's figures from the facts, following its definition: which rows exist, what
 * each row and column adds up, and the totals. Everything stays in exact 分.
 */
import { codeLineage, codeName } from "../catalog/codeNames";
import { chineseOrdinal, FUNCTION_CLASSES, FunctionClass } from "../catalog/functionClasses";
import type { Fen } from "../model/money";
import type { BudgetModel, Project } from "../model/types";
import type { ColumnDef, FixedRowDef, RowsDef, TableDef } from "../tables/types";
import type { Fact, FactTable } from "./facts";
import { memo } from "./memo";

export interface FigureRow {
  /** Stable key: "合计", "f:201", "e:30101", "u:<unit>", "u:<unit>/e:301", "u:<unit>/p:<project>", or a fixed row key. */
  key: string;
  /** Depth below the table's top rows, for indentation. */
  level: number;
  code?: string;
  name: string;
  total: boolean;
  /** One exact amount per amount column, in column order. */
  values: Fen[];
  /** The text column's content (表12 绩效目标). */
  text?: string;
  /** The key of the row this one adds into, when rows form a hierarchy. */
  parent?: string;
}

export interface Section {
  left: FigureRow[];
  right: FigureRow[];
}

export interface TableFigures {
  def: TableDef;
  amountColumns: ColumnDef[];
  /** Single-sided tables: the rows; two-sided tables (表1, 表4): one section after another. */
  rows: FigureRow[];
  sections?: Section[];
  /** True when no line item reaches the table. */
  empty: boolean;
}

const TOTAL = "合计";

/**
 * Per-row sums of the leaf (non-total) amount columns. Callers keep the arrays `row` hands out
 * (per code, unit or row definition) and add into them, rather than look rows up per fact.
 */
class Accumulator {
  readonly sums = new Map<string, Sums>();
  constructor(private readonly width: number) {}

  /** The row's sums, made when first asked for (a row no fact reaches stays absent). */
  row(rowKey: string): Sums {
    let row = this.sums.get(rowKey);
    if (!row) this.sums.set(rowKey, (row = new Float64Array(this.width)));
    return row;
  }

  /** The row's figures, as a row holds them. */
  get(rowKey: string): Fen[] {
    const row = this.sums.get(rowKey);
    const values = new Array<Fen>(this.width).fill(0);
    if (row) for (let i = 0; i < row.length; i++) values[i] = row[i];
    return values;
  }
}

/** Sums while facts are added: whole 分 held exactly as doubles, in one flat array per row. */
type Sums = Float64Array;

/** The table's figures from the facts that pass its filter (FactCube.project). */
export function computeFigures(def: TableDef, table: FactTable, model: BudgetModel): TableFigures {
  const tableFacts = table.facts;
  const amountColumns = def.columns.filter((c) => c.role === "amount");
  const leafColumns = amountColumns.map((c, i) => (c.sumOf ? -1 : i)).filter((i) => i >= 0);
  const columnsOf = columnsTest(table, amountColumns, leafColumns);
  const acc = new Accumulator(amountColumns.length);
  const finish = (rows: FigureRow[]) => completeTotals(rows, amountColumns);
  const result = (rows: FigureRow[], sections?: Section[]): TableFigures => ({
    def,
    amountColumns,
    rows,
    sections,
    empty: tableFacts.length === 0,
  });
  const rowsDef: RowsDef = def.rows;
  const totalPlaced = (rows: FigureRow[]) => (def.totalRow === "bottom" ? [...rows.slice(1), rows[0]] : rows);
  switch (rowsDef.type) {
    case "codeHierarchy":
      return result(finish(totalPlaced(hierarchyRows(rowsDef.dimension, tableFacts, columnsOf, acc, model))));
    case "unitBreakdown":
      return result(finish(totalPlaced(unitRows(rowsDef.children, tableFacts, columnsOf, acc, model))));
    case "fixed":
      return result(finish(fixedRows(rowsDef.rows, table, columnsOf, acc)));
    case "singleRow":
      return result(finish(fixedRows([{ key: rowsDef.key, label: "", filter: {} }], table, columnsOf, acc)));
    case "twoSided": {
      const all = rowsDef.sections.flatMap((s) => [...s.left, ...s.right]);
      const rows = finish(fixedRows(all, table, columnsOf, acc));
      const byKey = new Map(rows.map((r) => [r.key, r]));
      const pick = (defs: FixedRowDef[]) => defs.flatMap((d) => expandedKeys(d, acc).map((k) => byKey.get(k)!));
      return result(rows, rowsDef.sections.map((s) => ({ left: pick(s.left), right: pick(s.right) })));
    }
  }
}

/** The leaf columns the fact at an index adds into. */
type ColumnsOf = (fact: number) => number[];

function addInto(row: Sums, columns: number[], amount: Fen): void {
  for (let i = 0; i < columns.length; i++) row[columns[i]] += amount;
}


/** The leaf columns each fact adds into; facts that pass the same column filters share one list. */
function columnsTest(table: FactTable, amountColumns: ColumnDef[], leafColumns: number[]): ColumnsOf {
  const passing = leafColumns.map((i) => table.passing(amountColumns[i].filter ?? {}));
  const lists = new Map<number, number[]>();
  return (fact) => {
    let passed = 0;
    for (let k = 0; k < passing.length; k++) if (passing[k][fact] === 1) passed |= 1 << k;
    let list = lists.get(passed);
    if (!list) lists.set(passed, (list = leafColumns.filter((_, k) => passed & (1 << k))));
    return list;
  };
}


function hierarchyRows(
  dimension: "function" | "economic",
  facts: readonly Fact[],
  columnsOf: ColumnsOf,
  acc: Accumulator,
  model: BudgetModel,
): FigureRow[] {
  const prefix = dimension === "function" ? "f:" : "e:";
  // Per code: the sums of its row, its ancestors' rows and the total, in which its facts add up.
  const lineages = new Map<string, Sums[]>();
  const lineageOf = (code: string) => [...codeLineage(code).map((c) => acc.row(prefix + c)), acc.row(TOTAL)];
  facts.forEach((fact, j) => {
    const columns = columnsOf(j);
    for (const row of memo(lineages, dimension === "function" ? fact.function! : fact.economic!, lineageOf)) addInto(row, columns, fact.amount);
  });
  const codes = new Set<string>();
  for (const code of lineages.keys()) for (const c of codeLineage(code)) codes.add(c);
  const rows: FigureRow[] = [{ key: TOTAL, level: 0, name: TOTAL, total: true, values: acc.get(TOTAL) }];
  for (const code of [...codes].sort()) {
    const level = (code.length - 3) / 2;
    rows.push({
      key: prefix + code,
      level,
      code,
      name: codeName(dimension, code, model.codeNames) ?? code,
      total: false,
      values: acc.get(prefix + code),
      parent: level === 0 ? TOTAL : prefix + code.slice(0, code.length - 2),
    });
  }
  return rows;
}

function unitRows(
  children: "economicClass" | "project",
  facts: readonly Fact[],
  columnsOf: ColumnsOf,
  acc: Accumulator,
  model: BudgetModel,
): FigureRow[] {
  // Per unit: its sums and, per child seen under it, the child's sums.
  const tag = children === "project" ? "p" : "e";
  const total = acc.row(TOTAL);
  const units = new Map<string, { sums: Sums; children: Map<string, Sums> }>();
  facts.forEach((fact, j) => {
    const columns = columnsOf(j);
    const unitKey = `u:${fact.unit}`;
    const unit = memo(units, fact.unit!, () => ({ sums: acc.row(unitKey), children: new Map<string, Sums>() }));
    const child = children === "project" ? fact.project! : fact.economicClass!;
    addInto(memo(unit.children, child, () => acc.row(`${unitKey}/${tag}:${child}`)), columns, fact.amount);
    addInto(unit.sums, columns, fact.amount);
    addInto(total, columns, fact.amount);
  });
  const projectsOf = groupBy(model.projects, (p) => p.unit);
  const rows: FigureRow[] = [{ key: TOTAL, level: 0, name: TOTAL, total: true, values: acc.get(TOTAL) }];
  for (const unit of model.units) {
    const unitKey = `u:${unit.id}`;
    const seen = units.get(unit.id)?.children;
    if (!seen) continue;
    const childRows = children === "project" ? projectRows(unitKey, projectsOf.get(unit.id) ?? [], seen) : classRows(unitKey, seen, model);
    rows.push({ key: unitKey, level: 0, name: unit.name, total: false, values: acc.get(unitKey), parent: TOTAL });
    for (const child of childRows) {
      child.values = acc.get(child.key);
      child.parent = unitKey;
      rows.push(child);
    }
  }
  return rows;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A unit's child rows, their values still to be filled in. */
function projectRows(unitKey: string, projects: Project[], seen: ReadonlyMap<string, Sums>): FigureRow[] {
  return projects
    .filter((p) => seen.has(p.id))
    .map((p) => ({ key: `${unitKey}/p:${p.id}`, level: 1, name: p.name, total: false, values: [], text: p.performanceGoal }));
}

function classRows(unitKey: string, seen: ReadonlyMap<string, Sums>, model: BudgetModel): FigureRow[] {
  return [...seen.keys()]
    .sort()
    .map((code) => ({ key: `${unitKey}/e:${code}`, level: 1, code, name: codeName("economic", code, model.codeNames) ?? code, total: false, values: [] }));
}

/** The row keys a fixed row definition stands for (a functionClasses row stands for one row per 类). */
function expandedKeys(def: FixedRowDef, acc: Accumulator): string[] {
  if (!def.functionClasses) return [def.key];
  return shownClasses(def, acc).map((c) => `${def.key}:${c.code}`);
}

/** The 类 a functionClasses row shows: the first `count`, or with omitEmpty those items reach, numbered afresh. */
function shownClasses(def: FixedRowDef, acc: Accumulator): FunctionClass[] {
  const { count, omitEmpty } = def.functionClasses!;
  const classes = FUNCTION_CLASSES.slice(0, count);
  if (!omitEmpty) return classes;
  return classes.filter((c) => acc.sums.has(`${def.key}:${c.code}`)).map((c, i) => ({ ...c, ordinal: chineseOrdinal(i + 1) }));
}

function fixedRows(defs: FixedRowDef[], table: FactTable, columnsOf: ColumnsOf, acc: Accumulator): FigureRow[] {
  const filtered = defs.filter((d) => d.filter);
  const passing = filtered.map((d) => table.passing(d.filter!));
  // Per row definition, where a passing fact adds: one row's sums, or per function code its 类's.
  const targets = filtered.map((d) => ({
    sums: d.functionClasses ? new Float64Array(0) : acc.row(d.key),
    byFunction: d.functionClasses ? new Map<string, Sums>() : null,
    classRow: (fn: string) => acc.row(`${d.key}:${fn.slice(0, 3)}`),
  }));
  table.facts.forEach((fact, j) => {
    const columns = columnsOf(j);
    for (let k = 0; k < filtered.length; k++) {
      if (passing[k][j] === 0) continue;
      const { sums, byFunction, classRow } = targets[k];
      addInto(byFunction ? memo(byFunction, fact.function!, classRow) : sums, columns, fact.amount);
    }
  });
  const rows = defs.flatMap((d) => fixedRow(d, acc));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const groups = new Map(defs.map((d) => [d.key, expandedKeys(d, acc)]));
  const defsByKey = new Map(defs.map((d) => [d.key, d]));
  const resolved = new Set<string>();
  const resolve = (row: FigureRow): void => {
    const sumOf = defsByKey.get(row.key)?.sumOf;
    if (!sumOf || resolved.has(row.key)) return;
    resolved.add(row.key);
    const parts = sumOf.flatMap((k) => groups.get(k) ?? [k]).map((k) => byKey.get(k)!);
    parts.forEach(resolve);
    row.values = row.values.map((_, i) => parts.reduce((s, p) => s + p.values[i], 0));
  };
  rows.forEach(resolve);
  return rows;
}

function fixedRow(def: FixedRowDef, acc: Accumulator): FigureRow[] {
  if (def.functionClasses) {
    return shownClasses(def, acc).map((c) => ({
      key: `${def.key}:${c.code}`,
      level: 0,
      code: c.code,
      name: `${c.ordinal}、${c.name}`,
      total: false,
      values: acc.get(`${def.key}:${c.code}`),
    }));
  }
  return [{ key: def.key, level: def.indent ?? 0, name: def.label, total: !!def.total, values: acc.get(def.key) }];
}

/** Fills total columns (sumOf) from their parts, resolving totals of totals. */
function completeTotals(rows: FigureRow[], columns: ColumnDef[]): FigureRow[] {
  const index = new Map(columns.map((c, i) => [c.key, i]));
  const totals = totalColumnOrder(columns).map((i) => ({ i, parts: columns[i].sumOf!.map((k) => index.get(k)!) }));
  for (const row of rows) {
    for (const { i, parts } of totals) {
      let sum = 0;
      for (const p of parts) sum += row.values[p];
      row.values[i] = sum;
    }
  }
  return rows;
}

/** Total columns ordered so that a total is computed after the totals it adds up. */
function totalColumnOrder(columns: ColumnDef[]): number[] {
  const index = new Map(columns.map((c, i) => [c.key, i]));
  const done = new Set<number>();
  const visit = (i: number): void => {
    if (done.has(i) || !columns[i].sumOf) return;
    columns[i].sumOf!.forEach((k) => visit(index.get(k)!));
    done.add(i);
  };
  columns.forEach((_, i) => visit(i));
  return [...done];
}
