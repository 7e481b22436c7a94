/**
 * What a workbook states about itself above its tables: the department (单位名称：… / 编制单位：…)
 * and the fiscal year its titles start with (2025年…), the first table that states each winning.
 */
import { statedDepartment, statedYear } from "./header";
import type { SheetCells } from "./sheetCells";
import type { TableView } from "./tableView";

export interface Stated {
  department?: string;
  fiscalYear?: number;
}

/** `views` in the pack's table order. */
export function statedAbove(sheets: readonly SheetCells[], views: readonly TableView[]): Stated {
  const department = views.map((v) => above(sheets, v, statedDepartment)).find((d) => d);
  const fiscalYear = views.map((v) => above(sheets, v, statedYear)).find((y) => y);
  return { ...(department ? { department } : {}), ...(fiscalYear ? { fiscalYear } : {}) };
}

/** What the lines above the table's first row state. */
function above<T>(sheets: readonly SheetCells[], view: TableView, read: (sheet: SheetCells, top: number, bottom: number) => T | undefined): T | undefined {
  const sheet = sheets.find((s) => s.name === view.sheet);
  return sheet ? read(sheet, 0, view.rows[0]?.sheetRow ?? 0) : undefined;
}
