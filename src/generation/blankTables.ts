/**
 * A pack's tables with no figures, for officers who fill them in by hand: laid out from an
 * empty model by the same code as real tables (so headers, fixed rows, 合计 rows, formats and
 * print setup are the same), then every figure cell emptied and the 注 left to be written.
 */
import type { BudgetModel } from "../model/types";
import type { TemplatePack } from "../tables/types";
import { generateGrids } from "./generate";
import type { GridCell, TableGrid } from "./grid";
import { withColumnWidths } from "./layout";

/** A model with no units and no line items: what lays out a table's fixed structure alone. */
export function emptyModel(department = ""): BudgetModel {
  return {
    department,
    fiscalYear: new Date().getFullYear(),
    displayUnit: "万元",
    units: [],
    projects: [],
    revenues: [],
    expenditures: [],
    notes: {},
    codeNames: { function: {}, economic: {} },
  };
}

export function blankGrids(pack: TemplatePack, department = ""): TableGrid[] {
  // An empty 注 rather than 本表本年无发生额。: the officer writes it.
  const notes = Object.fromEntries(pack.tables.map((t) => [t.id, ""])) as BudgetModel["notes"];
  // Figure columns keep the pack's width: room for the figures still to be written.
  return generateGrids({ ...emptyModel(department), notes }, pack).map((grid, i) =>
    withColumnWidths({ ...grid, cells: grid.cells.map((row) => row.map(withoutFigure)) }, pack.tables[i].columns.map((c) => c.width)),
  );
}

/** A figure cell keeps its style (borders, number format) but not its zero. */
function withoutFigure(cell: GridCell | null): GridCell | null {
  return cell && (cell.style === "amount" || cell.style === "amountTotal") ? { ...cell, value: null } : cell;
}
