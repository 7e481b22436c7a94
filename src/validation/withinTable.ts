/**
 * Identities within one table, read off its definition: parent rows against their children
 * (code and unit hierarchies), total columns against their parts (columns with sumOf) and
 * total rows against the rows they add up (fixed rows with sumOf). Identities a definition
 * does not imply (收入总计 = 支出总计) are the pack's declared identities.
 */
import type { ColumnDef, TableDef } from "../tables/types";
import { fixedSides } from "../reading/rowKeys";
import type { Figure, TableView, ViewRow } from "../reading/tableView";
import type { Message } from "./findings";
import type { Identity, Operand } from "./identity";
import { compare } from "./interval";
import { renderMessage } from "./messages";
import type { RuleId } from "./rules";

export const WITHIN_TABLE_KINDS = ["hierarchy", "columns", "totals"] as const;
export type WithinTableKind = (typeof WITHIN_TABLE_KINDS)[number];

/** The rule id of a table's own identities: 表2 → T2.hierarchy; a table not named 表N keeps its id (附表 → 附表.columns). */
export const withinTableRule = (table: string, kind: WithinTableKind): RuleId => `${table.replace(/^表(?=\d)/, "T")}.${kind}`;
const ruleOf = (view: TableView, kind: WithinTableKind) => withinTableRule(view.table, kind);

export function rowLabel(row: ViewRow): string {
  return row.code && !row.name.startsWith(row.code) ? `${row.code} ${row.name}` : row.name;
}

/** A figure of the view as an operand, named by its row and, in tables with several amount columns, its column. */
export function operand(view: TableView, row: ViewRow, column: string, label?: () => string): Operand | undefined {
  const figure = row.figures[column];
  if (!figure) return undefined;
  const named = label ?? (() => (Object.keys(row.figures).length > 1 ? `${rowLabel(row)}·${view.columns.get(column)!.label}` : rowLabel(row)));
  return { figure, table: view.table, sheet: view.sheet, row: row.key, column, label: named };
}

/** The kinds of within-table rule a definition implies, for checking that a pack declares them. */
export function withinTableKinds(def: TableDef): WithinTableKind[] {
  const kinds: WithinTableKind[] = [];
  const rows = def.rows;
  if (rows.type === "codeHierarchy" || rows.type === "unitBreakdown") kinds.push("hierarchy");
  if (fixedSides(rows).flat().some((r) => r.sumOf)) kinds.push(rows.type === "twoSided" ? "totals" : "hierarchy");
  if (def.columns.some((c) => c.sumOf)) kinds.push("columns");
  return kinds;
}

/** Receives each identity as it is made. */
export interface IdentitySink {
  check(identity: Identity): void;
  /** An identity whose figures are all there and add up exactly: it holds whatever its rule, and is only counted. */
  holds(): void;
}

/**
 * The table's identities, one at a time, handed to `sink`: a large table has hundreds of
 * thousands, and evaluating each as it comes keeps them out of long-lived memory (and out of
 * costly garbage collections); a callback rather than a generator, which cost a third of the
 * work. Those that add up exactly, nearly all, are counted without making their operands.
 */
export function withinTableIdentities(view: TableView, sink: IdentitySink): void {
  switch (view.def.rows.type) {
    case "codeHierarchy":
    case "unitBreakdown":
      hierarchyIdentities(view, sink);
      break;
    case "fixed":
      fixedRowIdentities(view, ruleOf(view, "hierarchy"), sink);
      break;
    case "twoSided":
      fixedRowIdentities(view, ruleOf(view, "totals"), sink);
      break;
  }
  columnIdentities(view, sink);
}

/**
 * The identity of a total and its parts. It is not checkable when a part's figure could not be
 * read (reported already at its cell) or, for a sum of rows (`ofRows`), when a row the reader
 * could not place may be one of the parts; with no total figure there is nothing to check.
 */
function identity(view: TableView, rule: RuleId, total: Operand | undefined, parts: Array<Operand | undefined>, relation: Message, ofRows = true): Identity | undefined {
  if (!total || parts.length === 0) return undefined;
  const complete = !parts.includes(undefined);
  const readable = complete ? (parts as Operand[]) : parts.filter((p): p is Operand => !!p);
  const found: Identity = { rule, total, parts: readable, relation, unit: view.displayUnit };
  const uncertain = ofRows ? view.uncertain.get(total.row) : undefined;
  const readings = uncertain && readable.length === parts.length ? bothReadings(view, found) : "differ";
  if (readings === "hold") return found;
  if (readings === "fail") return { ...found, parts: [...readable, ...repeatsOf(view, found)] };
  if (uncertain) return { ...found, notCheckable: renderMessage(uncertain.rule, uncertain.params) };
  if (!complete) return { ...found, notCheckable: UNREADABLE_PART };
  return found;
}

/** The figures of a sum's parts printed again with other figures (a code used twice). */
function repeatsOf(view: TableView, identity: Identity): Operand[] {
  return view.repeats.filter((r) => r.parent === identity.total.row).flatMap((r) => operand(view, r, identity.total.column, () => rowLabel(r)) ?? []);
}

/**
 * A sum whose part is printed twice with different figures: which is meant is unknown, so it
 * is an inconsistency only when it fails both without the repeat and with it (as printed), and
 * holds when it holds both ways; otherwise it is not checkable.
 */
function bothReadings(view: TableView, identity: Identity): "hold" | "fail" | "differ" {
  const repeats = repeatsOf(view, identity);
  if (repeats.length === 0) return "differ";
  const terms = (ops: Operand[]) => ops.map((o) => ({ figure: o.figure, sign: 1 as const }));
  const fails = [identity.parts, [...identity.parts, ...repeats]].map((parts) => compare(identity.total.figure, terms(parts)).verdict === "inconsistent");
  return fails.every(Boolean) ? "fail" : fails.some(Boolean) ? "differ" : "hold";
}

/** The total and every one of the `count` parts are there, and the parts (all added: a table's own sums subtract nothing) come to the total exactly. */
function addsUp(total: Figure | undefined, count: number, part: (i: number) => Figure | undefined): boolean {
  if (!total || count === 0) return false;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const figure = part(i);
    if (!figure) return false;
    sum += figure.cents;
  }
  return sum === total.cents;
}

const UNREADABLE_PART: Message = { zh: "其中有金额无法读取（见该单元格的提示）", en: "one of its figures could not be read (see that cell's finding)" };

function hierarchyIdentities(view: TableView, sink: IdentitySink): void {
  const children = new Map<string, ViewRow[]>();
  for (const row of view.rows) {
    if (row.parent === undefined) continue;
    const list = children.get(row.parent);
    if (list) list.push(row);
    else children.set(row.parent, [row]);
  }
  const rule = ruleOf(view, "hierarchy");
  for (const [parentKey, kids] of children) {
    const parent = view.byKey.get(parentKey);
    if (!parent) continue;
    const relation = childrenRelation(view, parent);
    const certain = !view.uncertain.has(parentKey);
    let labels: Array<() => string> | undefined;
    for (const column of view.columns.keys()) {
      if (certain && addsUp(parent.figures[column], kids.length, (i) => kids[i].figures[column])) {
        sink.holds();
        continue;
      }
      labels ??= kids.map((k) => () => rowLabel(k));
      const found = identity(view, rule, operand(view, parent, column), kids.map((k, i) => operand(view, k, column, labels![i])), relation);
      if (found) sink.check(found);
    }
  }
  childlessUncertain(view, children, sink);
}

/** A parent whose only children could not be placed has no sum to check, and is reported as not checkable all the same. */
function childlessUncertain(view: TableView, children: ReadonlyMap<string, ViewRow[]>, sink: IdentitySink): void {
  for (const [key, problem] of view.uncertain) {
    const parent = view.byKey.get(key);
    if (!parent || children.has(key)) continue;
    const notCheckable = renderMessage(problem.rule, problem.params);
    for (const column of view.columns.keys()) {
      const total = operand(view, parent, column);
      if (total) sink.check({ rule: ruleOf(view, "hierarchy"), total, parts: [], relation: childrenRelation(view, parent), unit: view.displayUnit, notCheckable });
    }
  }
}

function childrenRelation(view: TableView, parent: ViewRow): Message {
  const rows = view.def.rows;
  if (rows.type === "unitBreakdown") {
    if (parent.total) return { zh: "各单位之和", en: "the sum of its units" };
    return rows.children === "project" ? { zh: "其下各项目之和", en: "the sum of its projects" } : { zh: "其下各类之和", en: "the sum of its 类 rows" };
  }
  if (parent.total) return { zh: "各类之和", en: "the sum of its 类 rows" };
  if (parent.level === 0) return { zh: "其下各款之和", en: "the sum of its 款 rows" };
  return { zh: "其下各项之和", en: "the sum of its 项 rows" };
}

function columnIdentities(view: TableView, sink: IdentitySink): void {
  const rule = ruleOf(view, "columns");
  const relation = { zh: "同行各列之和", en: "the sum of the row's columns" };
  // Each part column's label function made once, not once per row.
  const totals = view.def.columns
    .filter((c): c is ColumnDef & { sumOf: string[] } => !!c.sumOf && view.columns.has(c.key))
    .map((c) => ({ key: c.key, parts: c.sumOf.map((k) => ({ key: k, label: () => view.columns.get(k)?.label ?? k })) }));
  for (const row of view.rows) {
    for (const total of totals) {
      if (addsUp(row.figures[total.key], total.parts.length, (i) => row.figures[total.parts[i].key])) {
        sink.holds();
        continue;
      }
      const parts = total.parts.map((p) => operand(view, row, p.key, p.label));
      const found = identity(view, rule, operand(view, row, total.key), parts, relation, false);
      if (found) sink.check(found);
    }
  }
}

/** Rows with sumOf (本年收入合计, “三公”经费 …) against the rows they add up; 类 stands for every function-class row. */
function fixedRowIdentities(view: TableView, rule: RuleId, sink: IdentitySink): void {
  const relation = { zh: "所含各行之和", en: "the sum of the rows it adds up" };
  for (const def of fixedSides(view.def.rows).flat()) {
    const total = view.byKey.get(def.key);
    if (!def.sumOf || !total) continue;
    const partRows = view.rows.filter((r) => def.sumOf!.some((k) => r.key === k || r.key.startsWith(`${k}:`)));
    for (const column of Object.keys(total.figures)) {
      const found = identity(view, rule, operand(view, total, column), partRows.map((r) => operand(view, r, column, () => rowLabel(r))), relation);
      if (found) sink.check(found);
    }
  }
}
