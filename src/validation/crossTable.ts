/**
 * Identities across tables, instantiated from the declarations in rules.ts. A row a table does
 * not print counts as an exact zero (tables omit empty codes); a missing table or column
 * skips the identity, since the reader has already reported it.
 */
import { FUNCTION_CLASSES } from "../catalog/functionClasses";
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import type { TableView, ViewRow } from "../reading/tableView";
import type { Identity, Operand } from "./identity";
import { CROSS_TABLE_IDENTITIES, CrossIdentity, KeySet, Ref } from "./rules";
import { rowLabel } from "./withinTable";

type Views = ReadonlyMap<TableId, TableView>;

export function crossTableIdentities(views: Views): Identity[] {
  const unit = finestUnit(views);
  return CROSS_TABLE_IDENTITIES.flatMap((decl) => keysOf(decl.over, views).flatMap((k) => instantiate(decl, k, views, unit)));
}

function keysOf(over: KeySet | undefined, views: Views): string[] {
  switch (over) {
    case undefined:
      return [""];
    case "functionClasses25":
      return FUNCTION_CLASSES.slice(0, 25).map((c) => c.code);
    case "functionClasses24":
      return FUNCTION_CLASSES.slice(0, 24).map((c) => c.code);
    case "economicClasses": {
      const codes = new Set<string>();
      for (const t of ["表6", "表11"] as const) views.get(t)?.rows.forEach((r) => r.code?.length === 3 && codes.add(r.code));
      return [...codes].sort();
    }
  }
}

/** One identity for one key; undefined parts (missing table or column) skip it. */
function instantiate(decl: CrossIdentity, key: string, views: Views, unit: DisplayUnit): Identity[] {
  const resolve = (ref: Ref) => resolveRef({ ...ref, row: ref.row.replace("{c}", key) }, views, unit);
  const total = resolve(decl.total);
  const parts = decl.parts.map(resolve);
  if (!total || parts.some((p) => !p)) return [];
  const partOperands = (parts as Operand[][]).flat();
  const present = total[0] ?? partOperands[0];
  if (!present) return [];
  const totalOperand = total[0] ?? absentAt(present, `（${decl.total.table}未列示）`);
  const partList = partOperands.length ? partOperands : [absentAt(present, `（${decl.parts[0].table}未列示）`)];
  return [{ rule: decl.rule, total: totalOperand, parts: partList, relation: relationOf(partList) }];
}

/** The operands a reference stands for: several for a wildcard, none when no row matches, undefined when the table or column is missing. */
function resolveRef(ref: Ref, views: Views, unit: DisplayUnit): Operand[] | undefined {
  const view = views.get(ref.table);
  if (!view || !view.columns.has(ref.column)) return undefined;
  const rows = ref.row.includes("*") ? view.rows.filter(wildcard(ref.row)) : [view.byKey.get(ref.row)].filter((r): r is ViewRow => !!r);
  const scale = DISPLAY_UNITS[view.displayUnit] / DISPLAY_UNITS[unit];
  const operands: Operand[] = [];
  for (const row of rows) {
    const figure = row.figures[ref.column];
    if (!figure) return undefined;
    const label = () => `${rowLabel(row)}${view.columns.size > 1 ? `·${view.columns.get(ref.column)!.label}` : ""}`;
    operands.push({
      figure: { address: figure.address, cents: figure.cents * scale, halfWidth: figure.halfWidth * scale },
      table: view.table,
      sheet: view.sheet,
      label,
      ...(ref.negate ? { sign: -1 as const } : {}),
    });
  }
  return operands;
}

/** An exact zero standing for a row a table does not print, placed at a present operand's cell. */
function absentAt(o: Operand, label: string): Operand {
  return { table: o.table, sheet: o.sheet, figure: { address: o.figure.address, cents: 0, halfWidth: 0 }, label: () => label };
}

function wildcard(pattern: string): (row: ViewRow) => boolean {
  const [before, after] = pattern.split("*");
  return (row) => row.key.startsWith(before) && row.key.endsWith(after) && row.key.length > before.length + after.length;
}

function relationOf(parts: Operand[]): { zh: string; en: string } {
  const tables = [...new Set(parts.map((p) => p.table))].join("、");
  return parts.length > 1 ? { zh: `${tables}相应数之和`, en: `the sum in ${tables}` } : { zh: `${tables}相应数`, en: `the figure in ${tables}` };
}

function finestUnit(views: Views): DisplayUnit {
  let unit: DisplayUnit = "万元";
  for (const v of views.values()) if (DISPLAY_UNITS[v.displayUnit] < DISPLAY_UNITS[unit]) unit = v.displayUnit;
  return unit;
}
