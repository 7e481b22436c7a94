/**
 * Table definitions are plain, JSON-serialisable data: one definition per table says what its
 * columns and rows aggregate and how it is laid out. Generation, reading back and validation
 * all work from the same definition.
 */
import type { ExpenditureKind, Fund, RevenueSource, TableId, UnitKind } from "../model/types";

/** Which line items a row, column or table adds up; every listed condition must hold. */
export interface ItemFilter {
  stream?: "revenue" | "expenditure";
  sources?: RevenueSource[];
  kinds?: ExpenditureKind[];
  funds?: Fund[];
  unitKinds?: UnitKind[];
  /** Economic codes or code prefixes (a 类 takes all its 款). */
  economic?: string[];
  /** Function code prefixes. */
  function?: string[];
}

export interface ColumnDef {
  key: string;
  /** Header labels from the top header row down; equal neighbours merge across, short paths merge down. */
  header: string[];
  role: "code" | "label" | "amount" | "text";
  /** Width in characters. */
  width: number;
  /** Amount columns: the items this column adds up (within the table's and the row's items). */
  filter?: ItemFilter;
  /** Amount columns: a total column, the sum of these columns. */
  sumOf?: string[];
}

/** A row of a fixed list (表1, 表4, 表8). */
export interface FixedRowDef {
  key: string;
  label: string;
  /** Indentation in full-width spaces before the label. */
  indent?: number;
  /** The items the row adds up; or */
  filter?: ItemFilter;
  /** the sum of these rows (a subtotal or total), or */
  sumOf?: string[];
  /** one row per 支出功能分类 类 in 表1 order, the first `count`, labelled 一、… */
  functionClasses?: { count: number };
  total?: boolean;
}

/** A two-sided table lays sections side by side; a section is as tall as its longer side. */
export interface SectionDef {
  left: FixedRowDef[];
  right: FixedRowDef[];
}

export type RowsDef =
  | { type: "fixed"; rows: FixedRowDef[] }
  | { type: "twoSided"; sections: SectionDef[] }
  /** 合计, then 类/款/项 (function) or 类/款 (economic) rows grown from the codes present. */
  | { type: "codeHierarchy"; dimension: "function" | "economic"; labels: "codeColumns" | "bracketed" }
  /** 合计, then each budget unit, then under it its economic 类 (表11) or its projects (表12). */
  | { type: "unitBreakdown"; children: "economicClass" | "project" };

export interface PrintDef {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToWidth: boolean;
}

export interface TableDef {
  id: TableId;
  sheetName: string;
  title: string;
  /** The items any figure in this table adds up. */
  filter: ItemFilter;
  columns: ColumnDef[];
  rows: RowsDef;
  /** The 注 text when the model gives none and the table has figures. */
  defaultNote: string;
  /** Excel number format of the figures. */
  numberFormat: string;
  print: PrintDef;
}

export interface TemplatePack {
  id: string;
  name: string;
  version: string;
  tables: TableDef[];
}
