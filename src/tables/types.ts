/**
 * Table definitions are plain, JSON-serialisable data: one definition per table says what its
 * columns and rows aggregate and how it is laid out. Generation, reading back and validation
 * all work from the same definition.
 */
import type { DisplayUnit } from "../model/money";
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
  /** Economic codes or prefixes the items must not have (公用经费: 基本支出 other than 301 and 303). */
  notEconomic?: string[];
  /** Function code prefixes. */
  function?: string[];
}

export interface ColumnDef {
  key: string;
  /** Header labels from the top header row down; equal neighbours merge across, short paths merge down. */
  header: string[];
  /** `unit`: the department's name on the table's first row (深圳's 预算单位), blank below. */
  role: "code" | "label" | "amount" | "text" | "unit";
  /** Width in characters; a generated table's amount columns are sized from their widest figure instead (blank tables keep this). */
  width: number;
  /** Amount columns: the items this column adds up (within the table's and the row's items). */
  filter?: ItemFilter;
  /** Amount columns: a total column, the sum of these columns. */
  sumOf?: string[];
  /** Code columns split into 类/款/项 (Shanghai): the part of the code this column prints. */
  codeSegment?: CodeSegment;
}

export const CODE_SEGMENTS = ["类", "款", "项"] as const;
export type CodeSegment = (typeof CODE_SEGMENTS)[number];

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
  /**
   * one row per 支出功能分类 类 in 表1 order, the first `count`, labelled 一、…; with
   * `omitEmpty` only the 类 that items reach, numbered 一、二、… in that order (Shanghai). With
   * `nested`, documents print each 类's 款 and 项 under it by name (Shenzhen): read as its details, not checked.
   */
  functionClasses?: { count: number; omitEmpty?: boolean; nested?: boolean };
  total?: boolean;
  /** A change against another row (深圳 表9's 增减变化金额): its figures may be negative, so no amount.negative. */
  signed?: boolean;
}

/** A two-sided table lays sections side by side; a section is as tall as its longer side. */
export interface SectionDef {
  left: FixedRowDef[];
  right: FixedRowDef[];
}

export type RowsDef =
  | { type: "fixed"; rows: FixedRowDef[] }
  | { type: "twoSided"; sections: SectionDef[] }
  /** 合计, then 类/款/项 (function) or 类/款 (economic) rows grown from the codes present; `names`: named without their codes (深圳's 表4). */
  | { type: "codeHierarchy"; dimension: "function" | "economic"; labels: "codeColumns" | "bracketed" | "names" }
  /** 合计, then each budget unit, then under it its economic 类 (表11) or its projects (表12). */
  | { type: "unitBreakdown"; children: "economicClass" | "project" }
  /** One unlabelled row of figures under the header (Shanghai 表9), keyed `key`. */
  | { type: "singleRow"; key: string };

export interface PrintDef {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  fitToWidth: boolean;
}

/** Stands for the model's fiscal year in a title ("{year}年预算单位收入预算总表") or a fixed row's label. */
export const YEAR_PLACEHOLDER = "{year}";
/** Stands for the year before the fiscal year in a fixed row's label (深圳's 表9: 2025 年 above 2026 年). */
export const PRIOR_YEAR_PLACEHOLDER = "{year-1}";

export interface TableDef {
  id: TableId;
  sheetName: string;
  /** May contain {year}, printed as the model's fiscal year and ignored when tables are located by title. */
  title: string;
  /** The items any figure in this table adds up. */
  filter: ItemFilter;
  columns: ColumnDef[];
  rows: RowsDef;
  /** The 注 text when the model gives none and the table has figures. */
  defaultNote: string;
  /** Excel number format of the figures; its decimals (#,##0 → 0) are the decimals figures are rounded to. */
  numberFormat: string;
  print: PrintDef;
  /** The unit this table always shows (Shanghai 表9 in 万元), whatever the model's display unit. */
  displayUnit?: DisplayUnit;
  /** Zero figures are left blank instead of printing 0.00. */
  blankZeros?: boolean;
  /** Where 合计 stands in code and unit tables: above the rows (default) or below them. */
  totalRow?: "top" | "bottom";
  /**
   * `department`: the total row of a code table names the department instead of 合计 (深圳), in
   * its `unit` column if it has one (code and name left blank), else in its name column.
   */
  totalLabel?: "department";
  /** Whether a 表N line stands above the title (default true). */
  tableNumberLine?: boolean;
  /** Whether a 注： line ends the table (default true); tables without one are not checked for 本表本年无发生额. */
  noteLine?: boolean;
  /** The words before the department's name above the header (default 单位名称; Shanghai prints 编制单位). */
  departmentLabel?: string;
}

/** A figure of a table by its row and column keys; `{c}` in the row stands for each key of an identity's `over`, `*` for any unit. */
export interface RefDef {
  table: TableId;
  row: string;
  column: string;
  /** Subtracted instead of added. */
  negate?: true;
}

/** The codes a per-classification identity runs over: the 3-digit codes the referenced tables print. */
export const IDENTITY_KEY_SETS = ["functionClasses", "economicClasses"] as const;
export type IdentityKeySet = (typeof IDENTITY_KEY_SETS)[number];

/** total = Σ parts, between tables or within one (收入总计 = 支出总计, paired codes). */
export interface IdentityDef {
  rule: string;
  total: RefDef;
  parts: RefDef[];
  over?: IdentityKeySet;
  /**
   * total ≤ Σ parts instead of =: for a figure that is part of another only for some unit kinds
   * the tables do not show (机关运行经费 is 公用经费 of 行政 and 参公 units only).
   */
  atMost?: true;
}

export const SEVERITY_LEVELS = ["error", "warning", "info"] as const;

/** A rule's setting in a pack: its severity, a description for rules the pack defines, a tolerance for identities. */
export interface RuleSetting {
  severity: (typeof SEVERITY_LEVELS)[number];
  zh?: string;
  en?: string;
  /** Identity rules: the largest difference, in 元, taken as a rounding tail; replaces the tolerance rounding allows. */
  tolerance?: number;
}

export const PACK_FORMAT = 1;

/** A template pack: the tables and the rules that check them, as one versioned JSON document (docs/packs.md). */
export interface TemplatePack {
  packFormat: typeof PACK_FORMAT;
  id: string;
  name: string;
  version: string;
  /** Matches the department's name in documents of this layout (上海市普陀区…); breaks ties in layout detection. */
  departmentPattern?: string;
  tables: TableDef[];
  /** Rules of the pack's tables and identities (with descriptions), and severity overrides of generic rules. */
  rules: Record<string, RuleSetting>;
  identities: IdentityDef[];
}
