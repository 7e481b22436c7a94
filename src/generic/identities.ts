/**
 * Identities between table kinds that hold in every layout, as data: a figure is named by its
 * table kind, its row (a row key, or a fund item's words on the 收入 side) and the role of its
 * column (the year's figures, never the 上年结转 ones). They become a pack's identity
 * declarations for the tables found, so that units, rounding and messages are handled alike.
 */
import { labelCore } from "../reading/normalize";
import { TOTAL_KEY } from "../reading/rowKeys";
import type { TableView } from "../reading/tableView";
import { tableSides } from "../tables/sides";
import type { IdentityDef, RefDef, RuleSetting } from "../tables/types";
import { standing } from "./columns";
import { sideTotals } from "./rowLists";
import type { GenericTable } from "./readGeneric";
import type { ColumnRole } from "./roles";

interface KindRef {
  kind: string;
  /** Row keys tried in turn, or a fund item by its words (一般公共预算). */
  rows: readonly string[];
  fund?: string;
  /** The column: the total of the table, a role's figure, or the first figure of the side the row is on. */
  column: ColumnRole | "side";
}

export interface KindIdentity {
  rule: string;
  zh: string;
  en: string;
  total: KindRef;
  part: KindRef;
}

export const KIND_IDENTITIES: readonly KindIdentity[] = [
  {
    rule: "X.收支总表-支出总表",
    zh: "收支总表的本年支出等于支出总表的合计",
    en: "the 收支总表's spending equals the 支出总表's total",
    total: { kind: "收支总表", rows: ["本年支出合计", "支出合计", "支出总计"], column: "side" },
    part: { kind: "支出总表", rows: [TOTAL_KEY], column: "total" },
  },
  {
    rule: "X.收支总表-收入总表",
    zh: "收支总表的本年收入等于收入总表的合计",
    en: "the 收支总表's income equals the 收入总表's total",
    total: { kind: "收支总表", rows: ["本年收入合计", "收入合计", "收入总计"], column: "side" },
    part: { kind: "收入总表", rows: [TOTAL_KEY], column: "total" },
  },
  {
    rule: "X.财政拨款收支总表-一般公共预算支出表",
    zh: "财政拨款收支总表的一般公共预算拨款等于一般公共预算支出表的合计",
    en: "the 财政拨款收支总表's 一般公共预算 equals the 一般公共预算支出表's total",
    total: { kind: "财政拨款收支总表", rows: [], fund: "一般公共预算", column: "side" },
    part: { kind: "一般公共预算支出表", rows: [TOTAL_KEY], column: "total" },
  },
  {
    rule: "X.一般公共预算支出表-基本支出表",
    zh: "一般公共预算支出表的基本支出等于一般公共预算基本支出表的合计",
    en: "the 一般公共预算支出表's 基本支出 equals the 一般公共预算基本支出表's total",
    total: { kind: "一般公共预算支出表", rows: [TOTAL_KEY], column: "基本支出" },
    part: { kind: "一般公共预算基本支出表", rows: [TOTAL_KEY], column: "total" },
  },
];

/** Within a two-sided table, per pair of figure columns: 收入总计 = 支出总计. */
export const totalsRule = (table: string) => `${table}.收支平衡`;

/** The rules of the generic identities, with their descriptions, as a pack would declare them. */
export function genericRules(tables: readonly GenericTable[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const i of KIND_IDENTITIES) rules[i.rule] = { severity: "error", zh: i.zh, en: i.en };
  for (const t of tables) if (t.kind.rows === "twoSided") rules[totalsRule(t.table)] = { severity: "error", zh: "收入总计等于支出总计", en: "total income equals total spending" };
  return rules;
}

/** The identities among the tables read: between kinds, each table's first of a kind; 收入总计 = 支出总计 in each two-sided table. */
export function genericIdentities(views: ReadonlyMap<string, TableView>, tables: readonly GenericTable[]): IdentityDef[] {
  const first = (kind: string) => tables.map((t) => views.get(t.table)).find((v) => v && tables.find((t) => t.table === v.table)!.kind.id === kind);
  const defs: IdentityDef[] = [];
  for (const i of KIND_IDENTITIES) {
    const total = resolve(first(i.total.kind), i.total);
    const part = resolve(first(i.part.kind), i.part);
    if (total && part) defs.push({ rule: i.rule, total, parts: [part] });
  }
  for (const view of views.values()) if (view.def.rows.type === "twoSided") defs.push(...balance(view));
  return defs;
}

function balance(view: TableView): IdentityDef[] {
  const [income, spending] = tableSides(view.def);
  const { grand } = sideTotals([...view.byKey.keys()]);
  const [incomeTotal, spendingTotal] = [...grand];
  if (!income || !spending || !view.byKey.has(incomeTotal) || !view.byKey.has(spendingTotal)) return [];
  const pairs = Math.min(income.amounts.length, spending.amounts.length);
  return Array.from({ length: pairs }, (_, i) => ({
    rule: totalsRule(view.table),
    total: { table: view.table, row: incomeTotal, column: income.amounts[i].key },
    parts: [{ table: view.table, row: spendingTotal, column: spending.amounts[i].key }],
  }));
}

function resolve(view: TableView | undefined, ref: KindRef): RefDef | undefined {
  if (!view) return undefined;
  const row = ref.fund ? fundRow(view, ref.fund) : ref.rows.find((k) => view.byKey.has(k));
  if (!row) return undefined;
  const column = ref.column === "side" ? sideColumn(view, row) : roleColumn(view, ref.column);
  return column ? { table: view.table, row, column } : undefined;
}

/** The first 收入-side row of a fund (一般公共预算拨款, 一般公共预算资金 …) that has a figure. */
function fundRow(view: TableView, fund: string): string | undefined {
  const key = tableSides(view.def)[0]?.amounts[0]?.key;
  return key ? view.rows.find((r) => r.figures[key] && labelCore(r.name).startsWith(fund))?.key : undefined;
}

/** The first figure column of the side a row is on. */
function sideColumn(view: TableView, row: string): string | undefined {
  const figures = view.byKey.get(row)!.figures;
  return tableSides(view.def).map((s) => s.amounts[0]?.key).find((k) => k !== undefined && figures[k] !== undefined);
}

/** The year's column of a role (a 小计 standing for it counts), the shallowest first; the table's total for "total", or its one 金额 column. */
function roleColumn(view: TableView, role: ColumnRole): string | undefined {
  const columns = view.def.columns.filter((c) => c.role === "amount" && view.columns.has(c.key)).map((c) => ({ key: c.key, depth: c.header.length, ...standing(c.header) }));
  const year = columns.filter((c) => !c.carryover);
  const fitting = year.filter((c) => c.stands === role).sort((a, b) => a.depth - b.depth);
  const single = role === "total" && year.length === 1 && year[0].stands === "value" ? year[0] : undefined;
  return (fitting[0] ?? single)?.key;
}
