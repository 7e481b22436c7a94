/** Workbook cells → findings: read every table of the template pack, then apply its rules and the generic ones. */
import type { TableId } from "../model/types";
import { readTables } from "../reading/readTables";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import { GUANGZHOU_PACK } from "../tables/guangzhou";
import type { TemplatePack } from "../tables/types";
import { checkCodes } from "./codeChecks";
import { declaredIdentities } from "./crossTable";
import { Finding, Findings, SEVERITIES } from "./findings";
import { evaluate, Identity } from "./identity";
import { ruleLookup } from "./rules";
import { checkTable } from "./tableChecks";
import { withinTableIdentities } from "./withinTable";

export interface ValidateOptions {
  pack?: TemplatePack;
  /** The user's code → name catalogue (CSV), consulted before the built-in one. */
  catalog?: ReadonlyMap<string, string>;
}

export interface Summary {
  tablesExpected: number;
  tablesFound: number;
  /** Identity instances evaluated (each total against its parts). */
  identitiesChecked: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationResult {
  summary: Summary;
  findings: Finding[];
  views: Map<TableId, TableView>;
}

export function validateSheets(sheets: readonly SheetCells[], options: ValidateOptions = {}): ValidationResult {
  const pack = options.pack ?? GUANGZHOU_PACK;
  const findings = new Findings(ruleLookup(pack));
  const views = readTables(sheets, pack, findings);
  // Each identity is evaluated as it is made: large tables have hundreds of thousands.
  let identitiesChecked = 0;
  const identities: Array<Iterable<Identity>> = [...[...views.values()].map(withinTableIdentities), declaredIdentities(pack.identities, views)];
  for (const source of identities) {
    for (const identity of source) {
      evaluate(identity, findings);
      identitiesChecked++;
    }
  }
  views.forEach((view) => checkTable(view, findings));
  checkCodes(views.values(), options.catalog, findings);
  const order = pack.tables.map((t) => t.id);
  const sorted = [...findings.list].sort(
    (a, b) => tableRank(order, a.table) - tableRank(order, b.table) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const count = (s: Finding["severity"]) => sorted.filter((f) => f.severity === s).length;
  return {
    summary: {
      tablesExpected: pack.tables.length,
      tablesFound: views.size,
      identitiesChecked,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
    findings: sorted,
    views,
  };
}

/** Workbook-level findings (no table) first, then tables in their order. */
const tableRank = (order: TableId[], table: TableId | undefined) => (table ? order.indexOf(table) + 1 : 0);
