/** A filled workbook → its table-level model: every table the pack defines, read with src/reading. */
import type { SheetCells } from "../reading/sheetCells";
import { readTables } from "../reading/readTables";
import { normalizeLabel } from "../reading/normalize";
import type { TableView } from "../reading/tableView";
import { GUANGZHOU_PACK } from "../tables/guangzhou";
import type { TemplatePack } from "../tables/types";
import { Finding, Findings } from "../validation/findings";
import { statedTable, TableModel } from "./tableModel";

export interface ImportResult {
  model: TableModel;
  /** What the reader could not understand (missing tables, unknown rows, invalid amounts). */
  findings: Finding[];
}

export function importTables(sheets: readonly SheetCells[], source: string, pack: TemplatePack = GUANGZHOU_PACK): ImportResult {
  const findings = new Findings();
  const views = readTables(sheets, pack, findings);
  const found = pack.tables.flatMap((def) => (views.has(def.id) ? [views.get(def.id)!] : []));
  const department = found.map((v) => departmentOf(sheets, v)).find((d) => d);
  return {
    model: { source, pack: { id: pack.id, version: pack.version }, ...(department ? { department } : {}), tables: found.map(statedTable) },
    findings: findings.list,
  };
}

const DEPARTMENT_LINE = /^单位名称:(.+)$/;

/** The department named on the table's 单位名称： line, above its first row. */
function departmentOf(sheets: readonly SheetCells[], view: TableView): string | undefined {
  const sheet = sheets.find((s) => s.name === view.sheet);
  const end = view.rows[0]?.sheetRow ?? 0;
  for (let r = 0; r < end; r++) {
    for (const v of sheet?.rows[r] ?? []) {
      const m = DEPARTMENT_LINE.exec(normalizeLabel(v));
      if (m) return String(v).replace(/^\s*单位名称\s*[:：]\s*/, "").trim();
    }
  }
  return undefined;
}
