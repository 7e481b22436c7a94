/**
 * A filled workbook → its table-level model: every table of the pack (given, or detected as the
 * validator detects it), read with src/reading.
 */
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { closestPacks, detectLayout } from "../reading/detect";
import { statedDepartment, statedYear } from "../reading/header";
import type { SheetCells } from "../reading/sheetCells";
import { readTables } from "../reading/readTables";
import type { TableView } from "../reading/tableView";
import type { TemplatePack } from "../tables/types";
import { Finding, Findings } from "../validation/findings";
import { ruleLookup } from "../validation/rules";
import { statedTable, TableModel } from "./tableModel";

export interface ImportResult {
  model: TableModel;
  /** What the reader could not understand (missing tables, unknown rows, invalid amounts). */
  findings: Finding[];
  /** The pack the tables were read by. */
  pack: TemplatePack;
  /** Set when no pack was given and none matches the workbook well: nothing was read. */
  unrecognised?: string;
}

export function importTables(sheets: readonly SheetCells[], source: string, given?: TemplatePack): ImportResult {
  const detection = given ? undefined : detectLayout(sheets, Object.values(BUILT_IN_PACKS));
  const pack = given ?? detection!.best.pack;
  const empty = { source, pack: { id: pack.id, version: pack.version }, tables: [] };
  if (detection && !detection.confident) {
    return { model: empty, findings: [], pack, unrecognised: closestPacks(detection).join(", ") };
  }
  const findings = new Findings(ruleLookup(pack));
  const { views, problems } = readTables(sheets, pack);
  problems.forEach((p) => findings.addProblem(p));
  const found = pack.tables.flatMap((def) => (views.has(def.id) ? [views.get(def.id)!] : []));
  const department = found.map((v) => above(sheets, v, statedDepartment)).find((d) => d);
  const fiscalYear = found.map((v) => above(sheets, v, statedYear)).find((y) => y);
  const stated = { ...(department ? { department } : {}), ...(fiscalYear ? { fiscalYear } : {}) };
  return { model: { ...empty, ...stated, tables: found.map(statedTable) }, findings: findings.list, pack };
}

/** What the lines above the table's first row state: the department (单位名称：… / 编制单位：…), the year of its title. */
function above<T>(sheets: readonly SheetCells[], view: TableView, read: (sheet: SheetCells, top: number, bottom: number) => T | undefined): T | undefined {
  const sheet = sheets.find((s) => s.name === view.sheet);
  return sheet ? read(sheet, 0, view.rows[0]?.sheetRow ?? 0) : undefined;
}
