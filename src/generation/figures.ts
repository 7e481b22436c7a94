/**
 * Computes a table's figures from the facts, following its definition: which rows exist, what
 * each row and column adds up, and the totals. Everything stays in exact 分.
 */
import { codeLineage, codeName } from "../catalog/codeNames";
import { chineseOrdinal, FUNCTION_CLASSES, FunctionClass } from "../catalog/functionClasses";
import type { Fen } from "../model/money";
import type { BudgetModel, Project } from "../model/types";
import type { ColumnDef, FixedRowDef, RowsDef, TableDef } from "../tables/types";
import type { FactTable } from "./facts";
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
 * Per-row sums of the leaf (non-total) amount columns, all rows in one flat array of whole 分
 * (held exactly as doubles): a row is its offset in that array. Callers keep the offsets `row`
 * hands out (per code, unit or row definition) rather than look rows up per fact.
 */
class Accumulator {
  private data: Float64Array;
  private rows = 0;
  private readonly offsets = new Map<string, Sums>();

  /** Room for `rows` rows at first (more are made room for as needed). */
  constructor(
    private readonly width: number,
    rows: number,
  ) {
    this.data = new Float64Array(rows * Math.max(width, 1));
  }

  /** The row's sums, made when first asked for (a row no fact reaches stays absent). */
  row(rowKey: string): Sums {
    return memo(this.offsets, rowKey, () => this.blank());
  }

  /** Zero sums, for a row kept outside the accumulator's keys. */
  blank(): Sums {
    const offset = this.rows++ * this.width;
    if (offset + this.width > this.data.length) {
      const data = new Float64Array(this.data.length * 2);
      data.set(this.data);
      this.data = data;
    }
    return offset;
  }

  has(rowKey: string): boolean {
    return this.offsets.has(rowKey);
  }

  add(row: Sums, columns: number[], amount: Fen): void {
    const data = this.data;
    for (let i = 0; i < columns.length; i++) data[row + columns[i]] += amount;
  }

  /** A row's figures, as a row holds them (zeros for a row no fact reached). */
  figures(row: Sums | undefined): Fen[] {
    const values = new Array<Fen>(this.width);
    for (let i = 0; i < this.width; i++) values[i] = row === undefined ? 0 : this.data[row + i];
    return values;
  }

  get(rowKey: string): Fen[] {
    return this.figures(this.offsets.get(rowKey));
  }
}

/** A row of sums: its offset in the accumulator. */
type Sums = number;

/** The table's figures from the facts that pass its filter (FactCube.project). */
export function computeFigures(def: TableDef, table: FactTable, model: BudgetModel): TableFigures {
  const { amountColumns, leafColumns, totals } = columnPlan(def);
  const columnsOf = columnsTest(table, amountColumns, leafColumns);
  // A row per fact and a few more (totals, ancestors) is room enough for most tables.
  const acc = new Accumulator(amountColumns.length, table.count + 32);
  const finish = (rows: FigureRow[]) => completeTotals(rows, totals);
  const result = (rows: FigureRow[], sections?: Section[]): TableFigures => ({
    def,
    amountColumns,
    rows,
    sections,
    empty: table.count === 0,
  });
  const rowsDef: RowsDef = def.rows;
  const totalPlaced = (rows: FigureRow[]) => (def.totalRow === "bottom" ? [...rows.slice(1), rows[0]] : rows);
  switch (rowsDef.type) {
    case "codeHierarchy":
      return result(finish(totalPlaced(hierarchyRows(rowsDef.dimension, table, columnsOf, acc, model))));
    case "unitBreakdown":
      return result(finish(totalPlaced(unitRows(rowsDef.children, table, columnsOf, acc, model, def.totalLabel === "department"))));
    case "fixed":
      return result(finish(fixedRows(rowsDef.rows, table, columnsOf, acc).rows));
    case "singleRow":
      return result(finish(fixedRows([{ key: rowsDef.key, label: "", filter: {} }], table, columnsOf, acc).rows));
    case "twoSided": {
      const all: FixedRowDef[] = [];
      for (const section of rowsDef.sections) all.push(...section.left, ...section.right);
      const { rows, rowsOf } = fixedRows(all, table, columnsOf, acc);
      const pick = (defs: FixedRowDef[]) => rowsOfDefs(defs.map((d) => d.key), rowsOf);
      return result(finish(rows), rowsDef.sections.map((s) => ({ left: pick(s.left), right: pick(s.right) })));
    }
  }
}

/** The leaf columns the fact at an index adds into. */
type ColumnsOf = (fact: number) => number[];

/** Bits of a column mask word: a JavaScript bitwise operation holds 32, so 30 leave room. */
const WORD_BITS = 30;

/**
 * The leaf columns each fact adds into; facts that pass the same column filters share one list,
 * found by which filters they pass: one word of bits for up to 30 columns, else a word per 30.
 */
function columnsTest(table: FactTable, amountColumns: ColumnDef[], leafColumns: number[]): ColumnsOf {
  const passing = leafColumns.map((i) => (amountColumns[i].filter ? table.passing(amountColumns[i].filter!) : null));
  const passes = (k: number, fact: number) => passing[k] === null || passing[k]![fact] === 1;
  const word = (fact: number, from: number): number => {
    let bits = 0;
    for (let k = from; k < Math.min(from + WORD_BITS, passing.length); k++) if (passes(k, fact)) bits |= 1 << (k - from);
    return bits;
  };
  const words = (fact: number): string => {
    const out: number[] = [];
    for (let from = 0; from < passing.length; from += WORD_BITS) out.push(word(fact, from));
    return out.join(",");
  };
  const keyOf = passing.length <= WORD_BITS ? (fact: number) => word(fact, 0) : words;
  const lists = new Map<number | string, number[]>();
  return (fact) => {
    const key = keyOf(fact);
    let list = lists.get(key);
    if (!list) lists.set(key, (list = leafColumns.filter((_, k) => passes(k, fact))));
    return list;
  };
}

function hierarchyRows(
  dimension: "function" | "economic",
  table: FactTable,
  columnsOf: ColumnsOf,
  acc: Accumulator,
  model: BudgetModel,
): FigureRow[] {
  const prefix = dimension === "function" ? "f:" : "e:";
  // Per code of any level, its row's sums; per code of a fact, the sums it adds into (its row, its ancestors', the total).
  const sumsOf = new Map<string, Sums>();
  const total = acc.row(TOTAL);
  const lineages = new Map<string, Sums[]>();
  const lineageOf = (code: string) => [...codeLineage(code).map((c) => memo(sumsOf, c, () => acc.blank())), total];
  const codes = table.values(dimension);
  for (let j = 0; j < table.count; j++) {
    const columns = columnsOf(j);
    for (const row of memo(lineages, codes[j]!, lineageOf)) acc.add(row, columns, table.amounts[j]);
  }
  const rows: FigureRow[] = [{ key: TOTAL, level: 0, name: TOTAL, total: true, values: acc.get(TOTAL) }];
  for (const code of [...sumsOf.keys()].sort()) {
    const level = (code.length - 3) / 2;
    rows.push({
      key: prefix + code,
      level,
      code,
      name: codeName(dimension, code, model.codeNames) ?? code,
      total: false,
      values: acc.figures(sumsOf.get(code)),
      parent: level === 0 ? TOTAL : prefix + code.slice(0, code.length - 2),
    });
  }
  return rows;
}

function unitRows(
  children: "economicClass" | "project",
  table: FactTable,
  columnsOf: ColumnsOf,
  acc: Accumulator,
  model: BudgetModel,
  departmentTotal: boolean,
): FigureRow[] {
  // Per unit: its sums and, per child seen under it, the child's sums.
  const tag = children === "project" ? "p" : "e";
  const total = acc.row(TOTAL);
  const units = new Map<string, { key: string; sums: Sums; children: Map<string, Sums> }>();
  const unitOf = (id: string) => ({ key: `u:${id}`, sums: acc.row(`u:${id}`), children: new Map<string, Sums>() });
  const unitIds = table.values("unit");
  const childIds = table.values(children);
  for (let j = 0; j < table.count; j++) {
    const columns = columnsOf(j);
    const amount = table.amounts[j];
    const unit = memo(units, unitIds[j]!, unitOf);
    const child = childIds[j]!;
    let childSums = unit.children.get(child);
    if (childSums === undefined) unit.children.set(child, (childSums = acc.row(`${unit.key}/${tag}:${child}`)));
    acc.add(childSums, columns, amount);
    acc.add(unit.sums, columns, amount);
    acc.add(total, columns, amount);
  }
  const projectsOf = groupBy(model.projects, (p) => p.unit);
  const rows: FigureRow[] = [{ key: TOTAL, level: 0, name: TOTAL, total: true, values: acc.get(TOTAL) }];
  for (const unit of model.units) {
    const unitKey = `u:${unit.id}`;
    const seen = units.get(unit.id)?.children;
    if (!seen) continue;
    const childRows = children === "project" ? projectRows(unitKey, projectsOf.get(unit.id) ?? [], seen) : classRows(unitKey, seen, model);
    // A department of one unit whose total names it (深圳) prints the unit's children under that total.
    const own = departmentTotal && units.size === 1;
    if (!own) rows.push({ key: unitKey, level: 0, name: unit.name, total: false, values: acc.get(unitKey), parent: TOTAL });
    for (const child of childRows) {
      child.values = acc.get(child.key);
      child.parent = own ? TOTAL : unitKey;
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

/** The 类 a functionClasses row shows: the first `count`, or with omitEmpty those items reach, numbered afresh. */
function shownClasses(def: FixedRowDef, acc: Accumulator): FunctionClass[] {
  const { count, omitEmpty } = def.functionClasses!;
  const classes = FUNCTION_CLASSES.slice(0, count);
  if (!omitEmpty) return classes;
  return classes.filter((c) => acc.has(`${def.key}:${c.code}`)).map((c, i) => ({ ...c, ordinal: chineseOrdinal(i + 1) }));
}

function fixedRows(defs: FixedRowDef[], table: FactTable, columnsOf: ColumnsOf, acc: Accumulator): { rows: FigureRow[]; rowsOf: Map<string, FigureRow[]> } {
  const filtered = defs.filter((d) => d.filter);
  const passing = filtered.map((d) => table.passing(d.filter!));
  // Per row definition, where a passing fact adds: one row's sums, or per function 类 that 类's row.
  const targets = filtered.map((d) => ({
    sums: d.functionClasses ? -1 : acc.row(d.key),
    byClass: d.functionClasses ? new Map<string, Sums>() : null,
    classRow: (functionClass: string) => acc.row(`${d.key}:${functionClass}`),
  }));
  const functionClasses = filtered.some((d) => d.functionClasses) ? table.values("functionClass") : [];
  for (let j = 0; j < table.count; j++) {
    const columns = columnsOf(j);
    for (let k = 0; k < filtered.length; k++) {
      if (passing[k][j] === 0) continue;
      const { sums, byClass, classRow } = targets[k];
      acc.add(byClass ? memo(byClass, functionClasses[j]!, classRow) : sums, columns, table.amounts[j]);
    }
  }
  // The rows of each definition (a functionClasses definition has one per 类 shown), then the sums of rows.
  const rowsOf = new Map<string, FigureRow[]>();
  const rows: FigureRow[] = [];
  for (const d of defs) {
    const own = fixedRow(d, acc);
    rowsOf.set(d.key, own);
    rows.push(...own);
  }
  for (const row of rows) rowsOf.set(row.key, rowsOf.get(row.key) ?? [row]);
  const defsByKey = new Map(defs.map((d) => [d.key, d]));
  const resolved = new Set<string>();
  const resolve = (d: FixedRowDef | undefined): void => {
    if (!d?.sumOf || resolved.has(d.key)) return;
    resolved.add(d.key);
    d.sumOf.forEach((k) => resolve(defsByKey.get(k)));
    const parts = rowsOfDefs(d.sumOf, rowsOf);
    const row = rowsOf.get(d.key)![0];
    row.values = row.values.map((_, i) => {
      let sum = 0;
      for (const part of parts) sum += part.values[i];
      return sum;
    });
  };
  defs.forEach(resolve);
  return { rows, rowsOf };
}

/** The rows that these keys (of row definitions or of rows) stand for, in order. */
function rowsOfDefs(keys: readonly string[], rowsOf: ReadonlyMap<string, FigureRow[]>): FigureRow[] {
  const out: FigureRow[] = [];
  for (const k of keys) out.push(...rowsOf.get(k)!);
  return out;
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

/** A table's amount columns: all, the leaves (not totals), and each total's parts, in an order that computes a total after the totals it adds up. */
interface ColumnPlan {
  amountColumns: ColumnDef[];
  leafColumns: number[];
  totals: Array<{ column: number; parts: number[] }>;
}

const columnPlans = new WeakMap<TableDef, ColumnPlan>();

/** The definition's column plan, worked out once per definition. */
function columnPlan(def: TableDef): ColumnPlan {
  return memo(columnPlans, def, () => {
    const amountColumns = def.columns.filter((c) => c.role === "amount");
    const leafColumns = amountColumns.map((c, i) => (c.sumOf ? -1 : i)).filter((i) => i >= 0);
    const index = new Map(amountColumns.map((c, i) => [c.key, i]));
    const totals = totalColumnOrder(amountColumns).map((i) => ({ column: i, parts: amountColumns[i].sumOf!.map((k) => index.get(k)!) }));
    return { amountColumns, leafColumns, totals };
  });
}

/** Fills total columns (sumOf) from their parts. */
function completeTotals(rows: FigureRow[], totals: ColumnPlan["totals"]): FigureRow[] {
  for (const row of rows) {
    for (const { column, parts } of totals) {
      let sum = 0;
      for (const p of parts) sum += row.values[p];
      row.values[column] = sum;
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
