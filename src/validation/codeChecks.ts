/**
 * Checks on classification codes: each code under its own parent, names against the built-in
 * catalogue (or the user's), where an earlier name of a renamed code is a warning of its own,
 * and one name per code across tables.
 */
import { nameCore } from "../catalog/labelText";
import { nameStatus, type Classification, type NameStatus } from "../catalog/nameStatus";
import type { TableId } from "../model/types";
import type { TableView, ViewRow } from "../reading/tableView";
import { Findings, qualified } from "./findings";

interface Seen {
  name: string;
  table: TableId;
  sheet: string;
  address: string;
}

/** `year`: the fiscal year of the tables, when known; a name still valid that year is no former name. */
export function checkCodes(views: Iterable<TableView>, catalog: ReadonlyMap<string, string> | undefined, findings: Findings, year?: number): void {
  const named = new Map<string, Seen>();
  const unknown = new Map<string, { first: Seen; others: string[] }>();
  for (const view of views) {
    const rows = view.def.rows;
    // Fixed lists (表1, 表4) name their function 类 rows too; only code tables place codes under parents.
    if (rows.type !== "codeHierarchy" && rows.type !== "twoSided" && rows.type !== "fixed") continue;
    if (rows.type === "codeHierarchy") checkPlacement(view, findings);
    const dimension = rows.type === "codeHierarchy" ? rows.dimension : "function";
    for (const row of view.rows) {
      if (!row.code) continue;
      const here: Seen = { name: row.name, table: view.table, sheet: view.sheet, address: row.labelAddress };
      const status = catalogStatus(catalog, dimension, row.code, row.name, year);
      if (status.status === "unknown") noteUnknown(unknown, row.code, here);
      else if (status.status === "historical") reportHistoricalName(findings, row.code, here, status);
      else if (status.status === "differs") reportCatalogName(findings, row.code, here, status.catalogName!);
      const first = named.get(row.code);
      if (!first) named.set(row.code, here);
      else if (nameCore(first.name) !== nameCore(row.name)) reportInconsistent(findings, row.code, first, here);
    }
  }
  for (const [code, { first, others }] of unknown) {
    findings.add("code.unknown", { table: first.table, sheet: first.sheet, cell: first.address }, { code, name: first.name }, { related: others });
  }
}

/** The user's catalogue names a code first; the built-in one, which knows earlier names, otherwise. */
function catalogStatus(catalog: ReadonlyMap<string, string> | undefined, kind: Classification, code: string, printed: string, year?: number): NameStatus {
  const own = catalog?.get(code);
  if (own === undefined) {
    const status = nameStatus(kind, code, printed);
    return status.status === "historical" && year !== undefined && status.validUntil! >= year ? { ...status, status: "current" } : status;
  }
  return { status: nameCore(own) === nameCore(printed) ? "current" : "differs", catalogName: own };
}

function noteUnknown(unknown: Map<string, { first: Seen; others: string[] }>, code: string, here: Seen): void {
  const entry = unknown.get(code);
  if (entry) entry.others.push(qualified(here.sheet, here.address));
  else unknown.set(code, { first: here, others: [] });
}

function reportCatalogName(findings: Findings, code: string, here: Seen, known: string): void {
  findings.add("code.catalogName", { table: here.table, sheet: here.sheet, cell: here.address }, { table: here.table, at: here.address, code, name: here.name, known });
}

function reportHistoricalName(findings: Findings, code: string, here: Seen, status: NameStatus): void {
  findings.add("code.historicalName", { table: here.table, sheet: here.sheet, cell: here.address }, { table: here.table, at: here.address, code, name: here.name, until: status.validUntil, known: status.catalogName });
}

function reportInconsistent(findings: Findings, code: string, first: Seen, here: Seen): void {
  const params = { table: here.table, at: here.address, code, name: here.name, firstTable: first.table, firstAt: first.address, firstName: first.name };
  findings.add("code.inconsistentName", { table: here.table, sheet: here.sheet, cell: here.address }, params, { related: [qualified(first.sheet, first.address)] });
}

/** Each 款 or 项 row must follow its own parent: the nearest row above it one level up. */
function checkPlacement(view: TableView, findings: Findings): void {
  const lastAtLevel: ViewRow[] = [];
  for (const row of view.rows) {
    if (row.total || !row.code) continue;
    lastAtLevel.length = row.level;
    const above = lastAtLevel[row.level - 1];
    lastAtLevel[row.level] = row;
    if (row.level === 0 || above?.key === row.parent) continue;
    const parentCode = row.parent!.slice(2);
    const exists = view.byKey.get(row.parent!);
    const params = { table: view.table, at: row.labelAddress, code: row.code, parent: parentCode, parentAt: exists?.labelAddress, above: above?.code ?? "合计" };
    findings.add("code.parent", { table: view.table, sheet: view.sheet, cell: row.labelAddress, row: row.key }, params, exists ? { related: [exists.labelAddress] } : {});
  }
}
