/**
 * A filled workbook → its table-level model: every table of the pack (given, or detected as the
 * validator detects it), read with src/reading.
 */
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { closestPacks, detectLayout } from "../reading/detect";
import type { SheetCells } from "../reading/sheetCells";
import { readTables } from "../reading/readTables";
import { statedAbove } from "../reading/stated";
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
  return { model: { ...empty, ...statedAbove(sheets, found), tables: found.map(statedTable) }, findings: findings.list, pack };
}
