/**
 * The identities a template pack declares as data (across tables, or within one beyond what
 * its definition implies), instantiated on the tables read. A row a table does not print
 * counts as an exact zero (tables omit empty codes); a missing table or column skips the
 * identity, since the reader has already reported it.
 */
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import type { TableView, ViewRow } from "../reading/tableView";
import type { IdentityDef, RefDef, TableDef } from "../tables/types";
import type { Message } from "./findings";
import type { Identity, Operand } from "./identity";
import { renderMessage } from "./messages";
import { rowLabel } from "./withinTable";

type Views = ReadonlyMap<TableId, TableView>;

export function declaredIdentities(declarations: readonly IdentityDef[], views: Views): Identity[] {
  const unit = finestUnit(views.values());
  return declarations.flatMap((decl) => keysOf(decl, views).flatMap((k) => instantiate(decl, k, views, unit)));
}

/**
 * The 类 codes a per-classification identity runs over: every function (or economic) 类 printed
 * in any table it refers to, so that a 类 one table omits still meets the others' figures as a zero.
 */
function keysOf(decl: IdentityDef, views: Views): string[] {
  if (!decl.over) return [""];
  const dimension = decl.over === "functionClasses" ? "function" : "economic";
  const codes = new Set<string>();
  for (const ref of [decl.total, ...decl.parts]) {
    const view = views.get(ref.table);
    if (view && classDimension(view.def) === dimension) view.rows.forEach((r) => r.code?.length === 3 && codes.add(r.code));
  }
  return [...codes].sort();
}

/** Which classification a table's coded rows follow: fixed lists code their function 类 rows (表1, 表4). */
function classDimension(def: TableDef): "function" | "economic" {
  const rows = def.rows;
  if (rows.type === "codeHierarchy") return rows.dimension;
  return rows.type === "unitBreakdown" ? "economic" : "function";
}

/** One identity for one key; undefined parts (missing table or column) skip it. */
function instantiate(decl: IdentityDef, key: string, views: Views, unit: DisplayUnit): Identity[] {
  const resolve = (ref: RefDef) => resolveRef({ ...ref, row: ref.row.replace("{c}", key) }, views, unit);
  const total = resolve(decl.total);
  const parts = decl.parts.map(resolve);
  if (!total || parts.some((p) => !p)) return [];
  const partOperands = (parts as Operand[][]).flat();
  const present = total[0] ?? partOperands[0];
  if (!present) return [];
  const totalOperand = total[0] ?? absentAt(present, `（${decl.total.table}未列示）`);
  const partList = partOperands.length ? partOperands : [absentAt(present, `（${decl.parts[0].table}未列示）`)];
  const found: Identity = { rule: decl.rule, total: totalOperand, parts: partList, relation: relationOf(partList), unit, ...(decl.atMost ? { atMost: true } : {}) };
  const refs = [decl.total, ...decl.parts].map((ref) => ({ ...ref, row: ref.row.replace("{c}", key) }));
  const unplaced = absentButUnplaced(refs, [total, ...parts] as Operand[][], views);
  return [unplaced ? { ...found, notCheckable: unplaced } : found];
}

/**
 * A row a reference finds nowhere counts as zero, unless its table has rows the reader could
 * not place: the row may be one of them (unless their levels rule it out: a 项 printed with a
 * malformed 类 is no 类 row), so the identity is not checkable.
 */
function absentButUnplaced(refs: RefDef[], resolved: Operand[][], views: Views): Message | undefined {
  for (let i = 0; i < refs.length; i++) {
    if (resolved[i].length > 0) continue;
    const level = codeLevelOf(refs[i].row);
    const blocking = views.get(refs[i].table)?.unplaced.find((u) => level === undefined || u.level === undefined || u.level === level);
    if (blocking) return renderMessage(blocking.problem.rule, blocking.problem.params);
  }
  return undefined;
}

/** The level of a coded row key (f:201 → 0, e:30101 → 1, 类:210 → 0); undefined for other rows. */
export function codeLevelOf(row: string): number | undefined {
  const m = /^(?:f|e|类):(\d{3,7})$/.exec(row);
  return m ? (m[1].length - 3) / 2 : undefined;
}

/** The operands a reference stands for: several for a wildcard, none when no row matches, undefined when the table or column is missing. */
function resolveRef(ref: RefDef, views: Views, unit: DisplayUnit): Operand[] | undefined {
  const view = views.get(ref.table);
  if (!view || !view.columns.has(ref.column)) return undefined;
  const rows = ref.row.includes("*") ? view.rows.filter(wildcard(ref.row)) : [view.byKey.get(ref.row)].filter((r): r is ViewRow => !!r);
  const scale = DISPLAY_UNITS[view.displayUnit] / DISPLAY_UNITS[unit];
  const operands: Operand[] = [];
  for (const row of rows) {
    const figure = row.figures[ref.column];
    if (!figure) return undefined;
    const label = () => `${rowLabel(row)}${Object.keys(row.figures).length > 1 ? `·${view.columns.get(ref.column)!.label}` : ""}`;
    operands.push({
      figure: { address: figure.address, cents: figure.cents * scale, halfWidth: figure.halfWidth * scale },
      table: view.table,
      sheet: view.sheet,
      row: row.key,
      column: ref.column,
      label,
      ...(ref.negate ? { sign: -1 as const } : {}),
    });
  }
  return operands;
}

/** An exact zero standing for a row a table does not print, placed at a present operand's cell. */
function absentAt(o: Operand, label: string): Operand {
  return { table: o.table, sheet: o.sheet, row: o.row, column: o.column, figure: { address: o.figure.address, cents: 0, halfWidth: 0 }, label: () => label };
}

function wildcard(pattern: string): (row: ViewRow) => boolean {
  const [before, after] = pattern.split("*");
  return (row) => row.key.startsWith(before) && row.key.endsWith(after) && row.key.length > before.length + after.length;
}

function relationOf(parts: Operand[]): { zh: string; en: string } {
  const tables = [...new Set(parts.map((p) => p.table))].join("、");
  return parts.length > 1 ? { zh: `${tables}相应数之和`, en: `the sum in ${tables}` } : { zh: `${tables}相应数`, en: `the figure in ${tables}` };
}

/** The finest display unit among tables, which figures in several of them are compared in. */
export function finestUnit(views: Iterable<TableView>): DisplayUnit {
  let unit: DisplayUnit = "万元";
  for (const v of views) if (DISPLAY_UNITS[v.displayUnit] < DISPLAY_UNITS[unit]) unit = v.displayUnit;
  return unit;
}
