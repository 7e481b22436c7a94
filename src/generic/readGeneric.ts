/**
 * Reads the tables of any layout without a pack: each table found (discover.ts) gets a
 * definition made from its own header (columns by role, their sums) and its kind's rows, and is
 * read by the same reader as a pack's tables, so that figures, codes, repeats and what cannot
 * be read are handled alike.
 */
import { cellAddress } from "../generation/grid";
import type { TableId } from "../model/types";
import { looksLikeAmount } from "../reading/amounts";
import { type HeaderMap, statedYear } from "../reading/header";
import { ReadProblems } from "../reading/problems";
import { codeRowIdentifier, readRegion } from "../reading/readTables";
import { cellValue, isBlank, MergeIndex, SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import { tableSides } from "../tables/sides";
import type { RowsDef, TableDef } from "../tables/types";
import { ColumnPlan, columnDefs, planColumns } from "./columns";
import { FoundTable, findTables } from "./discover";
import type { TableKind } from "./kinds";
import { listRows, twoSidedRows } from "./rowLists";

/** What the generic reading found of one table, for the report. */
export interface GenericTable {
  table: TableId;
  kind: TableKind;
  title: string;
  sheet: string;
  /** Why (some of) its sums are not checked: an unchecked kind, no header, columns not understood. */
  notChecked: string[];
}

export interface GenericRead {
  views: Map<TableId, TableView>;
  /** The fiscal year a title states (2019年政府采购预算表), if any: names valid that year are not former names. */
  year?: number;
  tables: GenericTable[];
  problems: ReadProblems;
}

export function readGeneric(sheets: readonly SheetCells[]): GenericRead {
  const merges = new Map<SheetCells, MergeIndex>();
  const mergesOf = (s: SheetCells) => merges.get(s) ?? merges.set(s, new MergeIndex(s.merges)).get(s)!;
  const problems = new ReadProblems();
  const views = new Map<TableId, TableView>();
  const tables: GenericTable[] = [];
  let year: number | undefined;
  for (const found of findTables(sheets, mergesOf)) {
    year ??= statedYear(found.region.sheet, found.region.top, found.region.top + 1);
    const table = uniqueId(found.kind.id, tables);
    const entry: GenericTable = { table, kind: found.kind, title: found.title, sheet: found.region.sheet.name, notChecked: [] };
    if (!found.header && !hasFigures(found)) continue; // a contents line, not a table
    // A kind checked nowhere (绩效目标, 政府采购) needs no header understood.
    if (found.kind.rows === "unchecked") entry.notChecked.push("此类表没有各地通用的勾稽关系 no checks shared by every layout");
    else if (!found.header) {
      entry.notChecked.push("表头未能识别 header not understood");
      const at = cellAddress(found.region.top, found.region.title?.column ?? 0);
      problems.add("read.header", { table, sheet: entry.sheet, cell: at }, { table, at, columns: "合计、基本支出、项目支出" });
    } else {
      const view = readTable(found, table, problems, entry);
      if (view) views.set(table, view);
    }
    tables.push(entry);
  }
  return { views, tables, problems, ...(year ? { year } : {}) };
}

function readTable(found: FoundTable, table: TableId, problems: ReadProblems, entry: GenericTable): TableView | undefined {
  const header = found.header!;
  const plan = planColumns(header.paths);
  if (plan.unknown.length > 0) entry.notChecked.push(`未识别的列 columns not understood: ${plan.unknown.join("、")}`);
  const columns = columnDefs(plan);
  const map: HeaderMap = { first: header.first, last: header.last, columns: new Map(plan.columns.map((c) => [c.key, c.index])), missing: [] };
  const rows = rowsOf(found.kind, found.title, plan);
  const def: TableDef = {
    id: table,
    sheetName: found.region.sheet.name,
    title: found.title,
    filter: {},
    columns,
    rows,
    defaultNote: "",
    numberFormat: "#,##0.00",
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
    noteLine: false,
  };
  const region = { ...found.region, table };
  if (rows.type === "codeHierarchy") return readRegion(region, def, map, problems, codeRowIdentifier(rows.dimension));
  const list = listRows();
  const view = readRegion(region, def, map, problems, list.identify);
  if (view && rows.type === "twoSided") {
    view.def = { ...def, rows: twoSidedRows(view.rows, list.sideOf) };
    dropUnprintedTotals(view, found.region.sheet);
  }
  return view;
}

/**
 * A total row a two-sided table prints only under one section (江苏: 支出合计 under 支出用途, not
 * under 功能分类) has no figure in the others: a section whose columns are all blank on that row
 * shows no zero to check.
 */
function dropUnprintedTotals(view: TableView, sheet: SheetCells): void {
  const sides = tableSides(view.def).map((side) => side.amounts.map((c) => ({ key: c.key, index: view.columns.get(c.key)!.index })));
  for (const row of view.rows) {
    if (!row.total) continue;
    for (const side of sides) if (side.every((c) => isBlank(cellValue(sheet, row.sheetRow, c.index)))) side.forEach((c) => delete row.figures[c.key]);
  }
}

/** Code tables whose code column holds classification codes; two-sided tables; any other a list of rows. */
function rowsOf(kind: TableKind, title: string, plan: ColumnPlan): RowsDef {
  const roles = new Set(plan.columns.map((c) => c.role));
  if (kind.rows === "twoSided") return { type: "twoSided", sections: [] };
  if (kind.rows === "codes" && !roles.has("unitCode") && (roles.has("code") || roles.has("类"))) {
    const economic = kind.dimension === "economic" || /经济/.test(title + plan.columns.map((c) => c.path.join("")).join(""));
    return { type: "codeHierarchy", dimension: economic ? "economic" : "function", labels: "codeColumns" };
  }
  return roles.has("name") ? { type: "fixed", rows: [] } : { type: "singleRow", key: "row" };
}

function uniqueId(id: string, tables: GenericTable[]): TableId {
  const same = tables.filter((t) => t.kind.id === id).length;
  return same === 0 ? id : `${id}(${same + 1})`;
}

function hasFigures(found: FoundTable): boolean {
  const { sheet, top, bottom } = found.region;
  for (let r = top + 1; r < bottom; r++) if (sheet.rows[r]?.some(looksLikeAmount)) return true;
  return false;
}
