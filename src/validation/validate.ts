/**
 * Workbook cells → findings: find which template pack the workbook follows (unless one is
 * given), read every table of it, then apply its rules and the generic ones. When no pack
 * matches well, one warning says so, no pack's arithmetic is applied to tables it does not
 * describe, and the tables are checked by what every layout shares (src/generic).
 */
import type { TableId } from "../model/types";
import { genericIdentities, genericRules } from "../generic/identities";
import { GENERIC_LAYOUT } from "../generic/kinds";
import { readGeneric } from "../generic/readGeneric";
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { closestPacks, Detection, detectLayout } from "../reading/detect";
import { readTables } from "../reading/readTables";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import type { IdentityDef, TemplatePack } from "../tables/types";
import { checkCodes } from "./codeChecks";
import { declaredIdentities } from "./crossTable";
import { Finding, Findings, SEVERITIES } from "./findings";
import { evaluate, Identity, NotCheckable } from "./identity";
import { tableSheets, withPrintedPlaces } from "./printedPlaces";
import { distrustMisreadColumns, isPrinted, withPrintedRules, type TableCounts } from "./printedTrust";
import { ruleLookup } from "./rules";
import { checkTable } from "./tableChecks";
import { withinTableIdentities } from "./withinTable";

export interface ValidateOptions {
  /** The pack to check by; without one, the built-in pack the workbook matches best. */
  pack?: TemplatePack;
  /** The user's code → name catalogue (CSV), consulted before the built-in one. */
  catalog?: ReadonlyMap<string, string>;
  /** Check by what every layout shares (src/generic) whatever pack matches, as when none does. */
  generic?: boolean;
}

export interface Summary {
  /** The pack the workbook was checked by, and whether it was detected (with its match score, 0–1) or given; id "generic" when none matched. */
  pack: { id: string; name: string; detected: boolean; score?: number };
  /** Per table: which checks ran on it (its pack's, or the generic ones) and what could not be checked. */
  tables: TableSummary[];
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

export interface TableSummary {
  table: TableId;
  sheet: string;
  /** The title as printed and the kind it was recognised as (generic checks). */
  title?: string;
  kind?: string;
  checks: "pack" | "generic";
  identitiesChecked: number;
  identitiesNotCheckable: number;
  /** What was not checked on it, and why. */
  notChecked: string[];
}

/** Identities checked and not checkable, in all and per table (by the table of its total). */
type Counts = TableCounts;

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
  if (detection && (!detection.confident || options.generic)) return validateGenerically(sheets, detection, options.catalog, !options.generic);
  const printed = isPrinted(sheets);
  const findings = new Findings(ruleLookup(printed ? { rules: withPrintedRules(pack.rules) } : pack));
  const { views, problems } = readTables(sheets, pack);
  problems.forEach((p) => findings.addProblem(p));
  const counts = checkIdentities(views, pack.identities, findings);
  if (printed) distrustMisreadColumns(findings, views, counts);
  views.forEach((view) => checkTable(view, findings));
  checkCodes(views.values(), options.catalog, findings);
  const packSummary = { id: pack.id, name: pack.name, detected: !!detection, ...(detection ? { score: detection.best.score } : {}) };
  const tables = [...views.values()].map((v): TableSummary => ({ table: v.table, sheet: v.sheet, checks: "pack", ...tableCounts(counts, v.table), notChecked: [] }));
  const checked = result(findings, pack.tables.map((t) => t.id), views, packSummary, counts, tables);
  return { ...checked, findings: withPrintedPlaces(checked.findings, sheets, tableSheets(views)), ...(detection ? { detection } : {}) };
}

/** Evaluates each identity as it is made (large tables have hundreds of thousands), counting checked and not checkable, in all and per table. */
function checkIdentities(views: Map<TableId, TableView>, declared: readonly IdentityDef[], findings: Findings): Counts {
  const counts: Counts = { checked: 0, notCheckable: 0, byTable: new Map() };
  const unchecked = new NotCheckable(findings);
  const countsOf = (table: TableId) => counts.byTable.get(table) ?? counts.byTable.set(table, { checked: 0, notCheckable: 0 }).get(table)!;
  const check = (identity: Identity) => {
    const table = countsOf(identity.total.table);
    if (evaluate(identity, findings) === "checked") {
      counts.checked++;
      table.checked++;
    } else {
      counts.notCheckable++;
      table.notCheckable++;
      unchecked.add(identity);
    }
  };
  views.forEach((view) => {
    const table = countsOf(view.table);
    const holds = () => {
      counts.checked++;
      table.checked++;
    };
    withinTableIdentities(view, { check, holds });
  });
  declaredIdentities(declared, views).forEach(check);
  return counts;
}

function tableCounts(counts: Counts, table: TableId): { identitiesChecked: number; identitiesNotCheckable: number } {
  const c = counts.byTable.get(table);
  return { identitiesChecked: c?.checked ?? 0, identitiesNotCheckable: c?.notCheckable ?? 0 };
}

/**
 * No pack describes the workbook: one warning naming the closest layouts, then the checks every
 * layout shares on the tables found by their titles (src/generic).
 */
function validateGenerically(sheets: readonly SheetCells[], detection: Detection, catalog: ReadonlyMap<string, string> | undefined, unrecognised: boolean): ValidationResult {
  const { views, tables, problems, year } = readGeneric(sheets);
  const printed = isPrinted(sheets);
  const rules = { ...GENERIC_OVERRIDES, ...genericRules(tables) };
  const findings = new Findings(ruleLookup({ rules: printed ? withPrintedRules(rules) : rules }));
  if (unrecognised) findings.add("layout.unrecognised", { sheet: "", cell: "" }, { closest: closestPacks(detection).join("、"), tables: views.size });
  problems.list.forEach((p) => findings.addProblem(p));
  const counts = checkIdentities(views, genericIdentities(views, tables), findings);
  if (printed) distrustMisreadColumns(findings, views, counts);
  checkCodes(views.values(), catalog, findings, year);
  const summaries = tables.map((t): TableSummary => ({ table: t.table, sheet: t.sheet, title: t.title, kind: t.kind.id, checks: "generic", ...tableCounts(counts, t.table), notChecked: t.notChecked }));
  const packSummary = { id: GENERIC_LAYOUT.id, name: GENERIC_LAYOUT.name, detected: true, score: detection.best.score };
  const checked = result(findings, tables.map((t) => t.table), views, packSummary, counts, summaries, tables.length);
  return { ...checked, findings: withPrintedPlaces(checked.findings, sheets, tableSheets(views)), detection };
}

/**
 * Without a pack a row may be one the generic reading does not know (其中 lines), and a titled
 * table's header one it cannot read: each is reported, and what depends on it is not checked.
 */
const GENERIC_OVERRIDES = { "read.row": { severity: "warning" as const }, "read.header": { severity: "warning" as const } };

function result(findings: Findings, order: TableId[], views: Map<TableId, TableView>, packSummary: Summary["pack"], counts: Counts, tables: TableSummary[], expected = order.length): ValidationResult {
  return { ...summarise(findings.list, { order, expected, found: views.size, tables }, packSummary, counts), views };
}

/** What a summary says of the tables: their order in the report, how many were expected and found, each one's checks. */
export interface TablesShape {
  order: TableId[];
  expected: number;
  found: number;
  tables: TableSummary[];
}

/** The findings in report order (by the tables' order, then severity) and the summary that counts them. */
export function summarise(list: readonly Finding[], shape: TablesShape, packSummary: Summary["pack"], counts: { checked: number; notCheckable: number }): { summary: Summary; findings: Finding[] } {
  const { order } = shape;
  const sorted = [...list].sort(
    (a, b) => tableRank(order, a.table) - tableRank(order, b.table) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
  const count = (s: Finding["severity"]) => sorted.filter((f) => f.severity === s).length;
  return {
    summary: {
      pack: packSummary,
      tables: shape.tables,
      tablesExpected: shape.expected,
      tablesFound: shape.found,
      identitiesChecked: counts.checked,
      identitiesNotCheckable: counts.notCheckable,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
    },
    findings: sorted,
  };
}

/** Workbook-level findings (no table) first, then tables in their order. */
const tableRank = (order: TableId[], table: TableId | undefined) => (table ? order.indexOf(table) + 1 : 0);
