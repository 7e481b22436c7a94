/**
 * A table's columns by header role, and the sums among them, worked out from the header as
 * printed: each column's labels from the top header row down form a tree, and a total column
 * (合计, 小计, “三公”经费合计) adds up the columns beside it under the same heading — a heading
 * by its own 小计 or, without one, by its columns — while a column of a part role (人员经费)
 * beside its whole (基本支出) adds into that whole instead. A sum over a column whose label no
 * region was seen to print is not made: it is listed as not checkable, never guessed.
 */
import type { ColumnDef } from "../tables/types";
import { ColumnRole, roleOf, ROW_ROLES, TOTAL_ROLES } from "./roles";

export interface GenericColumn {
  /** Sheet column, and the key: the labels joined (当年预算/基本支出/小计). */
  index: number;
  key: string;
  path: string[];
  /** The leaf's role; undefined for a label not understood. */
  role?: ColumnRole;
  /** What the figure stands for: a 小计 under 基本支出 stands for 基本支出, a 小计 under a period for the period's total. */
  stands?: ColumnRole;
  /** Under a 上年结转 heading. */
  carryover: boolean;
}

interface Node {
  label: string;
  role?: ColumnRole;
  children: Node[];
  column?: GenericColumn;
}

export interface ColumnPlan {
  columns: GenericColumn[];
  /** Total column key → the keys it adds up. */
  sums: Map<string, string[]>;
  /** Column labels not understood, which no sum could be made over. */
  unknown: string[];
}

export function planColumns(paths: ReadonlyArray<readonly string[]>): ColumnPlan {
  const columns: GenericColumn[] = [];
  const keys = new Set<string>();
  paths.forEach((path, index) => {
    if (path.length === 0) return;
    let key = path.join("/");
    while (keys.has(key)) key += "'";
    keys.add(key);
    const role = roleOf(path[path.length - 1])?.role;
    columns.push({ index, key, path: [...path], ...(role ? { role } : {}), ...standing(path) });
  });
  const tree = buildTree(columns.filter((c) => !c.role || !ROW_ROLES.has(c.role)));
  const sums = new Map<string, string[]>();
  const unknown = columns.filter((c) => !c.role).map((c) => c.path.join("/"));
  collectSums(tree, sums);
  return { columns, sums, unknown };
}

/** What a column's figure stands for (a 小计 under 基本支出: 基本支出), and whether it is carried over (上年结转). */
export function standing(path: readonly string[]): { stands?: ColumnRole; carryover: boolean } {
  const roles = path.map((l) => roleOf(l));
  const leaf = roles[roles.length - 1]?.role;
  const enclosing = roles.slice(0, -1).reverse().find((r) => r && r.role !== "period" && r.role !== "heading" && r.role !== "value")?.role;
  const stands = leaf === "total" && enclosing ? enclosing : leaf;
  return { ...(stands ? { stands } : {}), carryover: roles.some((r) => r?.carryover) };
}

function buildTree(columns: GenericColumn[]): Node {
  const root: Node = { label: "", children: [] };
  const held = new Map<Node, Set<string>>();
  for (const column of columns) {
    const path = column.path.join("/");
    let node = root;
    for (const label of column.path) {
      // A group spans adjacent columns and holds each column once: a column repeating one of the group's
      // (2025年预算数/合计 … 2026年预算数/合计, both 预算数/合计 once the year is left out) starts another group.
      const last = node.children[node.children.length - 1];
      let child = last && last.label === label && !last.column && !(node === root && held.get(last)?.has(path)) ? last : undefined;
      if (!child) node.children.push((child = { label, ...(roleOf(label) ? { role: roleOf(label)!.role } : {}), children: [] }));
      if (node === root) held.set(child, (held.get(child) ?? new Set()).add(path));
      node = child;
    }
    node.column = column;
  }
  return root;
}

function collectSums(node: Node, sums: Map<string, string[]>): void {
  if (node.role === "memo") return;
  for (const child of node.children) {
    if (child.column && child.role && TOTAL_ROLES.has(child.role) && !besideTotal(child, node.children)) addSum(child.column, node.children.filter((c) => c !== child && isPart(c, node.children, child.role)), sums);
    if (child.column && child.role) {
      const parts = node.children.filter((c) => c.role && roleOf(c.label)?.partOf === child.role);
      if (parts.length > 0) addSum(child.column, parts, sums);
    }
    collectSums(child, sums);
  }
}

/**
 * Another 合计/小计 column under the same heading (two 小计 beside 合计, their headings' span not
 * printed): which columns each adds up is not known, so none is summed.
 */
const besideTotal = (total: Node, siblings: Node[]) => siblings.some((s) => s !== total && s.column && s.role === "total" && total.role === "total");

/** A part of the total beside it: not a code or name column, not beside a “三公” total, not inside a whole that stands beside it. */
function isPart(node: Node, siblings: Node[], total?: ColumnRole): boolean {
  if (node.role && (ROW_ROLES.has(node.role) || node.role === "heading" || node.role === "memo" || (node.role === "beside" && total === "三公"))) return false;
  const whole = node.role ? roleOf(node.label)?.partOf : undefined;
  return !whole || !siblings.some((s) => s.role === whole);
}

/** A sum is made only when every part's figure is known: a column, a heading's 小计, or a heading's own parts. */
function addSum(total: GenericColumn, parts: Node[], sums: Map<string, string[]>): void {
  const keys: string[] = [];
  for (const part of parts) {
    const figure = valueOf(part);
    if (!figure) return;
    keys.push(...figure);
  }
  if (keys.length > 0) sums.set(total.key, keys);
}

function valueOf(node: Node): string[] | undefined {
  if (!node.role || node.role === "value") return undefined;
  if (node.column) return [node.column.key];
  const total = node.children.find((c) => c.column && c.role === "total");
  if (total) return [total.column!.key];
  const parts = node.children.filter((c) => isPart(c, node.children, node.role));
  const keys: string[] = [];
  for (const part of parts) {
    const value = valueOf(part);
    if (!value) return undefined;
    keys.push(...value);
  }
  return keys.length > 0 ? keys : undefined;
}

/**
 * The columns as a definition's: code, split code segments, the name as the label, figures with
 * their sums. A column not understood is not read at all (增减(%) holds no amounts): it is listed.
 */
export function columnDefs(plan: ColumnPlan): ColumnDef[] {
  const defs: ColumnDef[] = [];
  for (const c of plan.columns) {
    const base = { key: c.key, header: c.path, width: 12 };
    if (c.role === "code") defs.push({ ...base, role: "code" });
    else if (c.role === "类" || c.role === "款" || c.role === "项") defs.push({ ...base, role: "code", codeSegment: c.role });
    else if (c.role === "name") defs.push({ ...base, role: "label" });
    else if (c.role && c.role !== "unitCode" && c.role !== "unitName") defs.push({ ...base, role: "amount", ...(plan.sums.has(c.key) ? { sumOf: plan.sums.get(c.key) } : {}) });
  }
  return defs;
}
