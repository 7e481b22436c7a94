/**
 * A table-level model → TableGrids in the pack's standard layout, through the generator's own
 * layout code. Tables whose rows the definition fixes (表1, 表4, 表8) take the definition's rows
 * and the imported figures by row key; tables whose rows grow from codes, units or projects
 * take the imported rows.
 */
import { emptyModel } from "../generation/blankTables";
import { NO_FACTS } from "../generation/facts";
import { computeFigures, FigureRow, TableFigures } from "../generation/figures";
import type { TableGrid } from "../generation/grid";
import { layoutTable } from "../generation/layout";
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import { GUANGZHOU_PACK } from "../tables/guangzhou";
import type { TableDef, TemplatePack } from "../tables/types";
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
  // Two-sided tables' sections hold the same row objects, so filling the rows fills them too.
  for (const row of standard.rows) row.values = values(byKey.get(row.key));
  return { ...standard, empty: false };
}

const toFen = (cents: number, unit: DisplayUnit) => (cents * DISPLAY_UNITS[unit]) / 100;
