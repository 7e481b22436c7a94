/**
 * The blank 明细 sheet: the settings block with room to fill in, the line-item header, a row
 * explaining each column, and the data validation every host applies to the rows below.
 * Host-free: the .xlsx and Office.js hosts only translate the rules.
 */
import { cellAddress } from "../generation/grid";
import { EXPENDITURE_KINDS, FUNDS, REVENUE_SOURCES, UNIT_KINDS } from "./types";
import { COLUMN_NAMES, ItemField } from "./mingxiColumns";
import { EXPENDITURE, EXPLANATION_MARK, ITEM_COLUMNS, REVENUE, SETTINGS, SheetValue } from "./mingxi";

/** Empty 单位 rows offered for the budget units, and line-item rows the validation covers. */
export const UNIT_SLOTS = 10;
const PROJECT_SLOTS = 3;
const CODE_SLOTS = 3;
export const VALIDATED_ITEM_ROWS = 5000;

/** What goes in each column: printed in the explanation row under the header, and the input prompt of a validated column. */
const EXPLANATIONS: Record<ItemField, string> = {
  stream: "收入 或 支出",
  unit: "上方“单位”行中的单位编码",
  unitName: "单位名称（可只填名称，不填编码）",
  function: "支出功能分类 项，7 位数字，如 2010301",
  functionName: "科目名称（仅供阅读；目录中没有的科目以此为名）",
  economic: "部门预算支出经济分类 款，5 位数字，如 30101；收入行不填",
  economicName: "科目名称（仅供阅读）",
  kind: "支出行：基本支出、项目支出等；收入行不填",
  fund: "支出行：资金性质；收入行：收入来源",
  project: "项目支出行：项目编码（可只填项目名称）",
  projectName: "项目名称",
  amount: "金额，单位为元，最多两位小数",
};

/** Hints beside the settings (column F, which the reader ignores). */
const HINTS = {
  department: "部门全称，打印在每张表的“单位名称：”之后",
  year: "预算年度，如 2025",
  unit: "表格显示的金额单位：万元 或 元（明细中的金额始终为元）",
  budgetUnit: "每个预算单位一行：单位编码、单位名称、单位性质（行政/参公/事业）",
  project: "可选：项目编码、所属单位编码、项目名称、绩效目标（明细中出现的项目会自动加入）",
  code: "可选：功能 或 经济、编码、名称（目录中没有的科目名称）",
  note: "可选：表号（表1…表12）、该表“注：”后的文字",
};
export const HINT_COLUMN = 5;

export type ValidationRule =
  | { type: "list"; values: readonly string[] }
  /** A list taken from cells of the same sheet (zero-based rows and column, inclusive). */
  | { type: "listFromCells"; column: number; firstRow: number; lastRow: number }
  /** Digits only, exactly this many. */
  | { type: "digits"; length: number }
  | { type: "nonNegativeDecimal" };

export interface ColumnValidation {
  /** Zero-based column and rows, inclusive. */
  column: number;
  firstRow: number;
  lastRow: number;
  rule: ValidationRule;
  /** Shown when a value breaks the rule. */
  error: string;
  /** The input message shown when a cell of the range is selected (Excel: at most 32 and 255 characters). */
  promptTitle: string;
  prompt: string;
}

export interface MingxiTemplate {
  rows: SheetValue[][];
  headerRow: number;
  validations: ColumnValidation[];
}

const dedupe = (values: readonly string[]) => [...new Set(values)];

export function mingxiTemplate(): MingxiTemplate {
  const slots = (key: string, n: number, hint: string): SheetValue[][] =>
    Array.from({ length: n }, (_, i) => withHint([key], i === 0 ? hint : null));
  const settings: SheetValue[][] = [
    withHint([SETTINGS.department, null], HINTS.department),
    withHint([SETTINGS.year, null], HINTS.year),
    withHint([SETTINGS.unit, "万元"], HINTS.unit),
    ...slots(SETTINGS.budgetUnit, UNIT_SLOTS, HINTS.budgetUnit),
    ...slots(SETTINGS.project, PROJECT_SLOTS, HINTS.project),
    ...slots(SETTINGS.code, CODE_SLOTS, HINTS.code),
    ...slots(SETTINGS.note, 1, HINTS.note),
  ];
  const headerRow = settings.length + 1;
  const explanations = ITEM_COLUMNS.map((c, i) => (i === 0 ? `${EXPLANATION_MARK}：` : "") + EXPLANATIONS[c.field]);
  const rows = [...settings, [], ITEM_COLUMNS.map((c) => c.header), explanations];
  const first = headerRow + 2;
  return { rows, headerRow, validations: mingxiValidations(rows, first, first + VALIDATED_ITEM_ROWS - 1) };
}

/**
 * The data validation of a 明细 sheet's closed columns, the blank template's or a model's: the
 * 单位 rows' 单位性质, and the line items from `firstItem` to `lastItem` (zero-based rows). Unit
 * codes and names are offered from the 单位 rows, when there are any.
 */
export function mingxiValidations(rows: readonly SheetValue[][], firstItem: number, lastItem: number): ColumnValidation[] {
  const unitRows = rows.flatMap((r, i) => (r[0] === SETTINGS.budgetUnit ? [i] : []));
  const units = unitRows.length > 0 ? { firstRow: unitRows[0], lastRow: unitRows[unitRows.length - 1] } : null;
  const column = (field: ItemField) => ITEM_COLUMNS.findIndex((c) => c.field === field);
  const item = (field: ItemField, rule: ValidationRule, error: string): ColumnValidation => ({
    column: column(field),
    firstRow: firstItem,
    lastRow: lastItem,
    rule,
    error,
    promptTitle: COLUMN_NAMES[field][0],
    prompt: EXPLANATIONS[field],
  });
  const unitKind = { column: 3, rule: { type: "list", values: UNIT_KINDS } as const, error: "单位性质应为 行政、参公 或 事业", promptTitle: "单位性质", prompt: UNIT_KINDS.join("、") };
  return [
    ...(units ? [{ ...unitKind, ...units }] : []),
    item("stream", { type: "list", values: [REVENUE, EXPENDITURE] }, "请填写 收入 或 支出"),
    ...(units
      ? [
          item("unit", { type: "listFromCells", column: 1, ...units }, "请选择上方“单位”行中的单位编码"),
          item("unitName", { type: "listFromCells", column: 2, ...units }, "请选择上方“单位”行中的单位名称"),
        ]
      : []),
    item("function", { type: "digits", length: 7 }, "功能科目编码应为 7 位数字（支出功能分类 项）"),
    item("economic", { type: "digits", length: 5 }, "经济科目编码应为 5 位数字（部门预算支出经济分类 款）"),
    item("kind", { type: "list", values: EXPENDITURE_KINDS }, `支出类型应为：${EXPENDITURE_KINDS.join("、")}`),
    item("fund", { type: "list", values: dedupe([...FUNDS, ...REVENUE_SOURCES]) }, "请选择资金性质（支出）或收入来源（收入）"),
    item("amount", { type: "nonNegativeDecimal" }, `${COLUMN_NAMES.amount[0]}应为不小于 0 的数，单位为元`),
  ];
}

/** "$B$4:$B$13": the cells a listFromCells rule takes its values from. */
export function listCells(rule: Extract<ValidationRule, { type: "listFromCells" }>): string {
  const abs = (row: number) => `$${cellAddress(row, rule.column).replace(/(\d+)$/, "$$$1")}`;
  return `${abs(rule.firstRow)}:${abs(rule.lastRow)}`;
}

/**
 * The custom formula (without "=") for a digits rule, relative to the range's top-left cell:
 * formatting the number back with that many zeros must give the cell's own text, which
 * refuses 1e5, 1,234, +123, -12 and decimals that a plain ISNUMBER would let through.
 */
export function digitsFormula(topLeft: string, length: number): string {
  return `AND(LEN(${topLeft})=${length},ISNUMBER(--${topLeft}),TEXT(--${topLeft},"${"0".repeat(length)}")=${topLeft}&"")`;
}

function withHint(row: SheetValue[], hint: string | null): SheetValue[] {
  if (hint === null) return row;
  const out = [...row];
  while (out.length < HINT_COLUMN) out.push(null);
  out[HINT_COLUMN] = hint;
  return out;
}
