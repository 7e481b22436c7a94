/**
 * A table-level model → TableGrids in the pack's standard layout, through the generator's own
 * layout code. Tables whose rows the definition fixes (表1, 表4, 表8) take the definition's rows
 * and the imported figures by row key; tables whose rows grow from codes, units or projects
 * take the imported rows.
 */
import { chineseOrdinal } from "../catalog/functionClasses";
import { emptyModel } from "../generation/blankTables";
import { NO_FACTS } from "../generation/facts";
import { computeFigures, FigureRow, TableFigures } from "../generation/figures";
import type { TableGrid } from "../generation/grid";
import { layoutTable } from "../generation/layout";
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import { GUANGZHOU_PACK } from "../packs/guangzhou";
import { fixedSides } from "../reading/rowKeys";
import type { FixedRowDef, TableDef, TemplatePack } from "../tables/types";
import type { StatedRow, StatedTable, TableModel } from "./tableModel";

export function tableModelToGrids(model: TableModel, pack: TemplatePack = GUANGZHOU_PACK): TableGrid[] {
  return model.tables.flatMap((t) => {
    const def = pack.tables.find((d) => d.id === t.table);
    if (!def) return [];
    const ctx = { department: model.department ?? "", fiscalYear: model.fiscalYear ?? new Date().getFullYear(), displayUnit: t.displayUnit, note: t.note ?? def.defaultNote };
    return [layoutTable(figuresOf(t, def), ctx)];
  });
}

function figuresOf(t: StatedTable, def: TableDef): TableFigures {
  const standard = computeFigures(def, NO_FACTS, emptyModel());
  const textColumn = def.columns.find((c) => c.role === "text")?.key;
  const values = (row: StatedRow | undefined) => standard.amountColumns.map((c) => toFen(row?.figures[c.key]?.cents ?? 0, t.displayUnit));
  if (def.rows.type === "codeHierarchy" || def.rows.type === "unitBreakdown") {
    const rows = t.rows.map(
      (r): FigureRow => ({
        key: r.key,
        level: r.level,
        ...(r.code ? { code: r.code } : {}),
        name: r.name,
        total: r.total,
        values: values(r),
        ...(textColumn && r.texts?.[textColumn] ? { text: r.texts[textColumn] } : {}),
        ...(r.parent ? { parent: r.parent } : {}),
      }),
    );
    return { ...standard, rows, empty: false };
  }
  const byKey = new Map(t.rows.map((r) => [r.key, r]));
  const shown = shownRows(def, byKey);
  const all = computeFigures(everyClass(def), NO_FACTS, emptyModel());
  // Two-sided tables' sections hold the same row objects, so filling the rows fills them too.
  for (const row of all.rows) row.values = values(byKey.get(row.key));
  if (!shown) return { ...all, def, empty: false };
  const keep = (rows: FigureRow[]) => renumber(rows.filter(shown));
  return { ...all, def, rows: keep(all.rows), ...(all.sections ? { sections: all.sections.map((s) => ({ left: keep(s.left), right: keep(s.right) })) } : {}), empty: false };
}

/** A definition whose 类 rows list every 类 (omitEmpty turned off), so that the imported ones can be picked from them. */
function everyClass(def: TableDef): TableDef {
  const rows = def.rows;
  const open = (d: FixedRowDef): FixedRowDef => (d.functionClasses ? { ...d, functionClasses: { count: d.functionClasses.count } } : d);
  if (rows.type === "fixed") return { ...def, rows: { type: "fixed", rows: rows.rows.map(open) } };
  if (rows.type === "twoSided") return { ...def, rows: { type: "twoSided", sections: rows.sections.map((s) => ({ left: s.left.map(open), right: s.right.map(open) })) } };
  return def;
}

/** With omitEmpty 类 rows, the rows to show: every fixed row, and the 类 rows the imported table holds. */
function shownRows(def: TableDef, imported: ReadonlyMap<string, StatedRow>): ((row: FigureRow) => boolean) | undefined {
  const omitting = fixedSides(def.rows).flat().filter((d) => d.functionClasses?.omitEmpty).map((d) => `${d.key}:`);
  if (omitting.length === 0) return undefined;
  return (row) => !omitting.some((p) => row.key.startsWith(p)) || imported.has(row.key);
}

/** 类 rows numbered afresh in the order shown (一、二、…), as omitEmpty tables print them. */
function renumber(rows: FigureRow[]): FigureRow[] {
  let n = 0;
  return rows.map((r) => (r.code && r.level === 0 && /^[一二三四五六七八九十]+、/.test(r.name) ? { ...r, name: r.name.replace(/^[一二三四五六七八九十]+、/, `${chineseOrdinal(++n)}、`) } : r));
}

const toFen = (cents: number, unit: DisplayUnit) => (cents * DISPLAY_UNITS[unit]) / 100;
