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
  /** Row keys tried in turn, or every 收入 row of a fund by its words (一般公共预算). */
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
  /** Once per function 类 the total's table prints (类:201), against that code's row (f:201) of the part's code table; a 类 it does not print is zero. */
  perClass?: true;
  /**
   * The part's fund rows are the year's (the first) and what is carried over, which the total may or
   * may not include: year ≤ total ≤ year + carried over.
   */
  withCarryover?: "maybe";
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
    rule: "X.收支总表-支出总表.类",
    zh: "收支总表的每一类支出等于支出总表该类的合计",
    en: "each 类 of the 收支总表's spending equals that 类's total in the 支出总表",
    total: { kind: "收支总表", rows: [], column: "side" },
    part: { kind: "支出总表", rows: [], column: "total" },
    perClass: true,
  },
  {
    rule: "X.收支总表-收入总表",
    zh: "收支总表的本年收入等于收入总表的合计",
    en: "the 收支总表's income equals the 收入总表's total",
    total: { kind: "收支总表", rows: ["本年收入合计", "收入合计", "收入总计"], column: "side" },
    part: { kind: "收入总表", rows: [TOTAL_KEY, "收入合计"], column: "total" },
  },
  {
    // The year's 一般公共预算拨款, and what is carried over of it where the table spends that too (深圳, 重庆);
    // a central department's (国家信访局) prints the year's only.
    rule: "X.一般公共预算支出表-财政拨款收支总表",
    zh: "一般公共预算支出表的合计不少于财政拨款收支总表的本年一般公共预算拨款，不多于其与上年结转之和",
    en: "the 一般公共预算支出表's total is at least the 财政拨款收支总表's 一般公共预算 of the year and at most that with what is carried over",
    total: { kind: "一般公共预算支出表", rows: [TOTAL_KEY], column: "total" },
    part: { kind: "财政拨款收支总表", rows: [], fund: "一般公共预算", column: "side" },
    withCarryover: "maybe",
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
    if (i.perClass) {
      defs.push(...perClass(i, first(i.total.kind), first(i.part.kind)));
      continue;
    }
    const [total] = resolve(first(i.total.kind), i.total);
    const parts = resolve(first(i.part.kind), i.part);
    if (!total || parts.length === 0) continue;
    if (i.withCarryover && parts.length > 1) defs.push({ rule: i.rule, total, parts, atMost: true }, { rule: i.rule, total: parts[0], parts: [total], atMost: true });
    else defs.push({ rule: i.rule, total, parts });
  }
  for (const view of views.values()) if (view.def.rows.type === "twoSided") defs.push(...balance(view));
  return defs;
}

function perClass(i: KindIdentity, totals: TableView | undefined, parts: TableView | undefined): IdentityDef[] {
  if (!totals || !parts || parts.def.rows.type !== "codeHierarchy" || parts.def.rows.dimension !== "function") return [];
  const column = roleColumn(parts, i.part.column as ColumnRole);
  if (!column) return [];
  return totals.rows.flatMap((row) => {
    const side = row.key.startsWith("类:") ? sideColumn(totals, row.key) : undefined;
    return side ? [{ rule: i.rule, total: { table: totals.table, row: row.key, column: side }, parts: [{ table: parts.table, row: `f:${row.code}`, column }] }] : [];
  });
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

/** The figures a reference names; none when its table, row or column is not there (nothing is guessed). */
function resolve(view: TableView | undefined, ref: KindRef): RefDef[] {
  if (!view) return [];
  const rows = ref.fund ? fundRows(view, ref.fund) : ref.rows.filter((k) => view.byKey.has(k)).slice(0, 1);
  const refs = rows.map((row) => ({ row, column: ref.column === "side" ? sideColumn(view, row) : roleColumn(view, ref.column) }));
  return refs.every((r) => r.column) ? refs.map((r) => ({ table: view.table, row: r.row, column: r.column! })) : [];
}

/** The 收入-side rows of a fund (一般公共预算拨款, 一般公共预算资金, 一般公共预算拨款结余、结转 …). */
function fundRows(view: TableView, fund: string): string[] {
  const key = tableSides(view.def)[0]?.amounts[0]?.key;
  return key ? view.rows.filter((r) => r.figures[key] && labelCore(r.name).startsWith(fund)).map((r) => r.key) : [];
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
