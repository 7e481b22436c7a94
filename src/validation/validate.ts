/**
 * Workbook cells → findings: find which template pack the workbook follows (unless one is
 * given), read every table of it, then apply its rules and the generic ones. When no pack
 * matches well, one warning says so and no arithmetic is checked against tables the pack
 * does not describe.
 */
import type { TableId } from "../model/types";
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { closestPacks, Detection, detectLayout } from "../reading/detect";
import { readTables } from "../reading/readTables";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import type { TemplatePack } from "../tables/types";
import { checkCodes } from "./codeChecks";
import { declaredIdentities } from "./crossTable";
import { Finding, Findings, SEVERITIES } from "./findings";
import { evaluate, Identity, NotCheckable } from "./identity";
import { ruleLookup } from "./rules";
import { checkTable } from "./tableChecks";
import { withinTableIdentities } from "./withinTable";

export interface ValidateOptions {
  /** The pack to check by; without one, the built-in pack the workbook matches best. */
  pack?: TemplatePack;
  /** The user's code → name catalogue (CSV), consulted before the built-in one. */
  catalog?: ReadonlyMap<string, string>;
}

export interface Summary {
  /** The pack the workbook was checked by, and whether it was detected (with its match score, 0–1) or given. */
  pack: { id: string; name: string; detected: boolean; score?: number };
  tablesExpected: number;
  tablesFound: number;
  /** Identity instances evaluated (each total against its parts). */
  identitiesChecked: number;
  /** Identity instances that depend on a row or figure the reader could not place or read. */
  identitiesNotCheckable: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ValidationResult {
  summary: Summary;
  findings: Finding[];
  views: Map<TableId, TableView>;
  /** The layout detection, when no pack was given. */
  detection?: Detection;
}

export function validateSheets(sheets: readonly SheetCells[], options: ValidateOptions = {}): ValidationResult {
  const detection = options.pack ? undefined : detectLayout(sheets, Object.values(BUILT_IN_PACKS));
  const pack = options.pack ?? detection!.best.pack;
  const findings = new Findings(ruleLookup(pack));
  if (detection && !detection.confident) return unrecognised(detection, findings);
  const { views, problems } = readTables(sheets, pack);
  problems.forEach((p) => findings.addProblem(p));
  const counts = checkIdentities(views, pack, findings);
  views.forEach((view) => checkTable(view, findings));
  checkCodes(views.values(), options.catalog, findings);
  const packSummary = { id: pack.id, name: pack.name, detected: !!detection, ...(detection ? { score: detection.best.score } : {}) };
  return { ...result(findings, pack, views, packSummary, counts), ...(detection ? { detection } : {}) };
}

/** Evaluates each identity as it is made (large tables have hundreds of thousands), counting checked and not checkable. */
function checkIdentities(views: Map<TableId, TableView>, pack: TemplatePack, findings: Findings): { checked: number; notCheckable: number } {
  const counts = { checked: 0, notCheckable: 0 };
  const unchecked = new NotCheckable(findings);
  const check = (identity: Identity) => {
    if (evaluate(identity, findings) === "checked") counts.checked++;
    else {
      counts.notCheckable++;
      unchecked.add(identity);
    }
  };
  const sink = { check, holds: () => counts.checked++ };
  views.forEach((view) => withinTableIdentities(view, sink));
  declaredIdentities(pack.identities, views).forEach(check);
  return counts;
}

/** No pack describes the workbook: one warning naming the closest layouts, nothing else. */
function unrecognised(detection: Detection, findings: Findings): ValidationResult {
  findings.add("layout.unrecognised", { sheet: "", cell: "" }, { closest: closestPacks(detection).join("、") });
  const best = detection.best;
  const packSummary = { id: best.pack.id, name: best.pack.name, detected: true, score: best.score };
  return { ...result(findings, best.pack, new Map(), packSummary, { checked: 0, notCheckable: 0 }), detection };
}

function result(findings: Findings, pack: TemplatePack, views: Map<TableId, TableView>, packSummary: Summary["pack"], counts: { checked: number; notCheckable: number }): ValidationResult {
  const order = pack.tables.map((t) => t.id);
  const sorted = [...findings.list].sort(
    (a, b) => tableRank(order, a.table) - tableRank(order, b.table) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const count = (s: Finding["severity"]) => sorted.filter((f) => f.severity === s).length;
  return {
    summary: {
      pack: packSummary,
      tablesExpected: pack.tables.length,
      tablesFound: views.size,
      identitiesChecked: counts.checked,
      identitiesNotCheckable: counts.notCheckable,
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
