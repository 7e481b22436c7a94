/**
 * The column names the 明细 reader recognises: our own headers, and the names under which the
 * 预算管理一体化系统 and hand-made sheets export line items. This table is the one place they
 * are listed (docs/data.md prints it); matching ignores spaces, line breaks and full-width forms.
 */
import { cellAddress } from "../generation/grid";
import type { InputProblem } from "./types";

export const ITEM_FIELDS = ["stream", "unit", "unitName", "function", "functionName", "economic", "economicName", "kind", "fund", "project", "projectName", "amount"] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];
export type SheetValue = string | number | boolean | null;

/** Per field: our header first (what the writer prints), then the accepted aliases, preferred first. */
export const COLUMN_NAMES: Readonly<Record<ItemField, readonly string[]>> = {
  stream: ["收支", "收支类型", "收支类别"],
  unit: ["单位编码", "预算单位编码", "单位代码", "预算单位代码"],
  unitName: ["单位名称", "预算单位名称", "预算单位", "单位"],
  function: ["功能科目编码", "支出功能分类科目编码", "功能分类科目编码", "功能科目代码", "支出功能分类科目", "功能分类科目", "功能分类", "功能科目"],
  functionName: ["功能科目名称", "支出功能分类科目名称", "功能分类科目名称"],
  economic: ["经济科目编码", "部门预算支出经济分类科目编码", "部门经济分类科目编码", "经济分类科目编码", "经济科目代码", "部门预算支出经济分类科目", "部门预算支出经济分类", "部门经济分类", "经济分类", "经济科目"],
  economicName: ["经济科目名称", "部门预算支出经济分类科目名称", "部门经济分类科目名称", "经济分类科目名称"],
  kind: ["支出类型", "预算类型", "项目类别", "支出类别"],
  fund: ["资金性质/收入来源", "资金性质", "资金来源", "收入来源"],
  project: ["项目编码", "项目代码"],
  projectName: ["项目名称", "项目"],
  amount: ["金额（元）", "金额", "预算数", "合计（元）", "本年预算数", "预算金额", "合计"],
};

/** Column widths in characters, shared by every host that writes the sheet. */
export const COLUMN_WIDTHS: Readonly<Partial<Record<ItemField, number>>> = { unitName: 28, functionName: 28, economicName: 20, projectName: 40, fund: 18, amount: 18 };
export const DEFAULT_COLUMN_WIDTH = 14;

/** Headers whose content the tables cannot use, the field they stand in for, and the reason the reader gives. */
const REFUSED: ReadonlyArray<{ field: ItemField; names: readonly string[]; reason: string; zh: string }> = [
  {
    field: "economic",
    names: ["政府预算支出经济分类科目编码", "政府预算支出经济分类科目", "政府预算支出经济分类", "政府经济分类科目编码", "政府经济分类科目", "政府经济分类"],
    reason:
      "holds 政府预算支出经济分类 codes (5xxxx), which 表6/表7/表11 cannot use; export the 部门预算支出经济分类 column (3xxxx) instead",
    zh: "是政府预算支出经济分类编码（5xxxx），表6/表7/表11 无法使用；请改为导出部门预算支出经济分类列（3xxxx）",
  },
  {
    field: "amount",
    names: ["金额（万元）", "预算数（万元）", "合计（万元）", "本年预算数（万元）"],
    reason: "holds amounts in 万元; the 明细 sheet takes amounts in 元 (export in 元, or multiply by 10000)",
    zh: "以万元为单位；明细表的金额以元为单位（请以元导出，或乘以 10000）",
  },
];

const fold = (v: SheetValue | undefined): string => (v === null || v === undefined ? "" : String(v).normalize("NFKC").replace(/\s+/g, ""));
const FIELD_BY_NAME = new Map<string, { field: ItemField; rank: number }>();
for (const field of ITEM_FIELDS) COLUMN_NAMES[field].forEach((name, rank) => FIELD_BY_NAME.set(fold(name), { field, rank }));
const REFUSED_BY_NAME = new Map(REFUSED.flatMap((r) => r.names.map((n) => [fold(n), r] as const)));

/** Our own header row, in the order the writer prints it. */
export const ITEM_HEADERS: readonly string[] = ITEM_FIELDS.map((f) => COLUMN_NAMES[f][0]);

export interface ItemHeader {
  /** Zero-based row of the header. */
  row: number;
  /** Sheet column of each field found. */
  columns: Map<ItemField, number>;
}

/** A header row names the amount, a function code or 收支, and at least three fields in all. */
function isHeader(fields: Set<ItemField>): boolean {
  return fields.size >= 3 && fields.has("amount") && (fields.has("function") || fields.has("stream"));
}

/**
 * The first row that reads as a line-item header, with each field's column (the best-ranked
 * name wins). A refused column counts towards recognising the header, so that it can be refused
 * by name instead of the header going unnoticed.
 */
export function findItemHeader(rows: readonly SheetValue[][]): ItemHeader | undefined {
  for (let r = 0; r < rows.length; r++) {
    const best = new Map<ItemField, { column: number; rank: number }>();
    const refused = new Set<ItemField>();
    (rows[r] ?? []).forEach((v, column) => {
      const hit = FIELD_BY_NAME.get(fold(v));
      if (hit && (best.get(hit.field)?.rank ?? Infinity) > hit.rank) best.set(hit.field, { column, rank: hit.rank });
      const no = REFUSED_BY_NAME.get(fold(v));
      if (no) refused.add(no.field);
    });
    if (isHeader(new Set([...best.keys(), ...refused]))) return { row: r, columns: new Map([...best].map(([f, b]) => [f, b.column])) };
  }
  return undefined;
}

/** Problems with the header: refused columns, and columns a usable sheet must have. */
export function headerProblems(rows: readonly SheetValue[][], header: ItemHeader, sheet: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const refusedFields = new Set<ItemField>();
  const at = (c: number) => `${sheet}!${cellAddress(header.row, c)}`;
  (rows[header.row] ?? []).forEach((v, c) => {
    const refused = REFUSED_BY_NAME.get(fold(v));
    // A refused column beside a usable one for the same field is simply not read.
    if (!refused || header.columns.has(refused.field)) return;
    refusedFields.add(refused.field);
    problems.push({ path: at(c), message: `the column “${String(v)}” ${refused.reason}`, zh: `列“${String(v)}”${refused.zh}` });
  });
  const required: ItemField[][] = [["function"], ["amount"], ["fund"], ["unit", "unitName"]];
  // Without a 收支 column every row is an expenditure, so expenditure columns become required.
  if (!header.columns.has("stream")) required.push(["economic"], ["kind"]);
  for (const options of required) {
    if (options.some((f) => header.columns.has(f) || refusedFields.has(f))) continue;
    const names = options.flatMap((f) => COLUMN_NAMES[f]).join(" / ");
    problems.push({
      path: at(0),
      message: `the line-item header has no column for ${COLUMN_NAMES[options[0]][0]} (expected one of ${names})`,
      zh: `明细表头缺少 ${COLUMN_NAMES[options[0]][0]} 列（应为 ${names} 之一）`,
    });
  }
  return problems;
}

/**
 * A code cell as exports write it: 2010301, "2010301", "2010301 行政运行", "[2010301]行政运行",
 * "【2010301】行政运行". Returns the code and the name written with it ("" when none).
 */
export function splitCode(value: SheetValue | undefined): { code: string; name: string } {
  if (typeof value === "number") return { code: String(value), name: "" };
  const text = value === null || value === undefined ? "" : String(value).normalize("NFKC").trim();
  const m = /^[[【]?\s*(\d+)\s*[\]】]?\s*(.*)$/.exec(text);
  return m ? { code: m[1], name: m[2].trim() } : { code: text, name: "" };
}

/** 部门预算支出经济分类 codes start with 3; 政府预算支出经济分类 codes with 5. */
export const GOVERNMENT_ECONOMIC_CODE = /^5\d{2}(\d{2})?$/;
