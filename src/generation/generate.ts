/** Model → one TableGrid per table of a template pack. */
import { DisplayUnit, displayNumbers } from "../model/money";
import type { BudgetModel } from "../model/types";
import { shownDecimals } from "../reading/amounts";
import type { TableDef, TemplatePack } from "../tables/types";
import { dimensionsOf } from "../tables/dimensions";
import { FactCube } from "./facts";
import { computeFigures, TableFigures } from "./figures";
import type { TableGrid } from "./grid";
import { layoutTable } from "./layout";

export const EMPTY_TABLE_NOTE = "本表本年无发生额。";

export function computeAllFigures(model: BudgetModel, pack: TemplatePack): TableFigures[] {
  const dimensions = pack.tables.map(dimensionsOf);
  const cube = new FactCube(model, dimensions);
  return pack.tables.map((def, i) => computeFigures(def, cube.project(dimensions[i], def.filter), model));
}

export function generateGrids(model: BudgetModel, pack: TemplatePack): TableGrid[] {
  return computeAllFigures(model, pack).map((figures) => {
    const displayUnit = figures.def.displayUnit ?? model.displayUnit;
    return layoutTable(figures, {
      department: model.department,
      fiscalYear: model.fiscalYear,
      displayUnit,
      note: noteFor(figures.def, model, shownEmpty(figures, displayUnit)),
    });
  });
}

/** Whether every figure the table prints is zero: no item reaches it, or those that do round to 0.00. */
function shownEmpty(figures: TableFigures, unit: DisplayUnit): boolean {
  if (figures.empty) return true;
  const shown = displayNumbers(unit, shownDecimals(figures.def.numberFormat));
  return figures.rows.every((row) => row.values.every((fen) => shown(fen) === 0));
}

/**
 * 本表本年无发生额。 for a table that prints no figure (what validation asks of it, whatever the
 * model's note, which may be keyed by another layout's table numbers), else the model's own 注
 * text, else the table's default.
 */
function noteFor(def: TableDef, model: BudgetModel, empty: boolean): string {
  const notes: Partial<Record<string, string>> = model.notes;
  return empty ? EMPTY_TABLE_NOTE : (notes[def.id] ?? def.defaultNote);
}
