/** Column and row builders the regional packs (Jiangsu, Shenzhen) declare their tables with. */
import type { RevenueSource } from "../model/types";
import type { ColumnDef, FixedRowDef, ItemFilter, TableDef } from "../tables/types";

type RevenueSourceList = readonly RevenueSource[];

const AMOUNT_WIDTH = 14;

export const amount = (key: string, header: string[], filter?: ItemFilter): ColumnDef => ({ key, header, role: "amount", width: AMOUNT_WIDTH, ...(filter ? { filter } : {}) });
export const total = (key: string, header: string[], sumOf: string[]): ColumnDef => ({ key, header, role: "amount", width: AMOUNT_WIDTH, sumOf });
export const label = (key: string, header: string[], width: number): ColumnDef => ({ key, header, role: "label", width });
/** A code column and its name column (功能科目编码 | 功能科目名称). */
export const codeAndName = (codeHeader: string, nameHeader: string): ColumnDef[] => [{ key: "code", header: [codeHeader], role: "code", width: 11 }, label("name", [nameHeader], 36)];

export const revenueRow = (key: string, text: string, sources: RevenueSourceList, indent = 0): FixedRowDef => ({ key, label: text, indent, filter: { stream: "revenue", sources: [...sources] } });
export const expenditureRow = (key: string, text: string, filter: ItemFilter): FixedRowDef => ({ key, label: text, filter: { stream: "expenditure", ...filter } });
export const sumRow = (key: string, text: string, sumOf: string[], indent = 0): FixedRowDef => ({ key, label: text, indent, sumOf, total: true });
/** One row per function 类 in 表1 order, adding up the expenditure the filter takes: all 25, or (omitEmpty) those the items reach. */
export const functionClassRows = (filter: ItemFilter, options: { omitEmpty?: boolean; nested?: boolean } = {}): FixedRowDef => ({
  key: "类",
  label: "",
  functionClasses: { count: 25, ...options },
  filter: { stream: "expenditure", ...filter },
});

/** What a pack's tables share (unit, number format, print setup, 注, department label …). */
export type SharedTableSettings = Omit<TableDef, "id" | "sheetName" | "title" | "filter" | "columns" | "rows">;

/** Makes a pack's tables: each its own id (also its sheet's name), title, items, columns and rows, with the pack's shared settings. */
export const tableMaker =
  (shared: SharedTableSettings) =>
  (id: string, title: string, filter: ItemFilter, columns: ColumnDef[], rows: TableDef["rows"], totalLabel?: TableDef["totalLabel"]): TableDef => ({
    id,
    sheetName: id,
    title,
    filter,
    columns,
    rows,
    ...shared,
    ...(totalLabel ? { totalLabel } : {}),
  });
