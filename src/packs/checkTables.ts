/**
 * Checks a pack's table definitions before anything uses them: every field's shape, the
 * values filters may name, column and row keys (unique, and every sumOf naming a column or row
 * of the same table), header paths, and what each row structure needs.
 */
import { DISPLAY_UNITS } from "../model/money";
import { EXPENDITURE_KINDS, FUNDS, REVENUE_SOURCES, UNIT_KINDS } from "../model/types";
import { CODE_SEGMENTS } from "../tables/types";
import { Checker, Json } from "./checker";

const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;
const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;
const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;
const MAX_FUNCTION_CLASSES = 25;
const TABLE_FIELDS = ["id", "sheetName", "title", "filter", "columns", "rows", "defaultNote", "numberFormat", "print"];
const TABLE_OPTIONS = ["displayUnit", "blankZeros", "totalRow", "totalLabel", "tableNumberLine", "noteLine", "departmentLabel"];

export function checkFilter(c: Checker, v: unknown, path: string): void {
  const f = c.object(v, path, [], ["stream", "sources", "kinds", "funds", "unitKinds", "economic", "notEconomic", "function"]);
  if (!f) return;
  c.oneOf(f.stream, `${path}.stream`, ["revenue", "expenditure"]);
  // An empty list takes no item: a row or column the model has no figures for (Jiangsu's 单位预留机动经费).
  if (f.sources !== undefined) c.someOf(f.sources, `${path}.sources`, REVENUE_SOURCES, false);
  if (f.kinds !== undefined) c.someOf(f.kinds, `${path}.kinds`, EXPENDITURE_KINDS, false);
  if (f.funds !== undefined) c.someOf(f.funds, `${path}.funds`, FUNDS);
  if (f.unitKinds !== undefined) c.someOf(f.unitKinds, `${path}.unitKinds`, UNIT_KINDS);
  const economic = { en: "an economic code (3 or 5 digits)", zh: "经济分类编码（3 或 5 位）" };
  const fn = { en: "a function code (3, 5 or 7 digits)", zh: "功能分类编码（3、5 或 7 位）" };
  for (const [field, shape, what] of [["economic", ECONOMIC_CODE, economic], ["notEconomic", ECONOMIC_CODE, economic], ["function", FUNCTION_CODE, fn]] as const) {
    c.array(f[field], `${path}.${field}`).forEach((code, i) => {
      if (typeof code !== "string" || !shape.test(code)) c.fail(`${path}.${field}[${i}]`, `${JSON.stringify(code)} is not ${what.en}`, `${JSON.stringify(code)} 不是${what.zh}`);
    });
  }
}

/** What identities need to know of a table that passed the checks. */
export interface CheckedTable {
  id: string;
  amountColumns: Set<string>;
  /** Whether a row key (with {c} standing for a 类 code) names a row of the table. */
  hasRow: (key: string) => boolean;
  rowsHint: string;
}

export function checkTable(c: Checker, v: unknown, path: string): CheckedTable | undefined {
  const t = c.object(v, path, TABLE_FIELDS, TABLE_OPTIONS);
  if (!t) return undefined;
  const id = c.text(t.id, `${path}.id`);
  if (t.sheetName !== undefined && (typeof t.sheetName !== "string" || !SHEET_NAME.test(t.sheetName))) {
    c.fail(`${path}.sheetName`, `${JSON.stringify(t.sheetName)} is not a worksheet name (1–31 characters, none of [ ] : * ? / \\)`, `${JSON.stringify(t.sheetName)} 不能作工作表名（1–31 个字符，不含 [ ] : * ? / \\）`);
  }
  c.text(t.title, `${path}.title`);
  c.text(t.defaultNote, `${path}.defaultNote`, true);
  c.text(t.numberFormat, `${path}.numberFormat`);
  c.text(t.departmentLabel, `${path}.departmentLabel`);
  checkFilter(c, t.filter, `${path}.filter`);
  checkPrint(c, t.print, `${path}.print`);
  c.oneOf(t.displayUnit, `${path}.displayUnit`, Object.keys(DISPLAY_UNITS));
  c.oneOf(t.totalRow, `${path}.totalRow`, ["top", "bottom"]);
  c.oneOf(t.totalLabel, `${path}.totalLabel`, ["department"]);
  ["blankZeros", "tableNumberLine", "noteLine"].forEach((k) => c.boolean(t[k], `${path}.${k}`));
  const columns = checkColumns(c, t.columns, `${path}.columns`, id ?? "");
  const rows = checkRows(c, t.rows, `${path}.rows`, columns.labels);
  return id ? { id, amountColumns: columns.amounts, hasRow: rows.hasRow, rowsHint: rows.hint } : undefined;
}

function checkPrint(c: Checker, v: unknown, path: string): void {
  const p = c.object(v, path, ["orientation", "paperSize", "fitToWidth"]);
  if (!p) return;
  c.oneOf(p.orientation, `${path}.orientation`, ["landscape", "portrait"]);
  c.oneOf(p.paperSize, `${path}.paperSize`, ["A4"]);
  c.boolean(p.fitToWidth, `${path}.fitToWidth`);
}

function checkColumns(c: Checker, v: unknown, path: string, table: string): { amounts: Set<string>; labels: number } {
  const columns = c.array(v, path).map((col, i) => ({ col: c.object(col, `${path}[${i}]`, ["key", "header", "role", "width"], ["filter", "sumOf", "codeSegment"]), at: `${path}[${i}]` }));
  const amounts = new Set<string>();
  for (const { col } of columns) if (col?.role === "amount" && typeof col.key === "string") amounts.add(col.key);
  c.unique(columns.map(({ col, at }) => ({ value: col?.key, path: `${at}.key` })), { en: "key", zh: " key" });
  c.unique(columns.map(({ col, at }) => ({ value: Array.isArray(col?.header) ? JSON.stringify(col!.header) : undefined, path: `${at}.header` })), { en: "header path", zh: "表头路径" });
  for (const { col, at } of columns) if (col) checkColumn(c, col, at, table, amounts);
  checkSumCycles(c, columns.flatMap(({ col, at }) => (col && typeof col.key === "string" && Array.isArray(col.sumOf) ? [{ key: col.key, sumOf: col.sumOf as string[], at }] : [])));
  return { amounts, labels: columns.filter(({ col }) => col?.role === "label").length };
}

function checkColumn(c: Checker, col: Json, at: string, table: string, amounts: Set<string>): void {
  c.text(col.key, `${at}.key`);
  c.array(col.header, `${at}.header`).forEach((h, j) => c.text(h, `${at}.header[${j}]`));
  const role = c.oneOf(col.role, `${at}.role`, ["code", "label", "amount", "text", "unit"]);
  c.number(col.width, `${at}.width`, (n) => n > 0, { en: "a positive width", zh: "正数宽度" });
  if (col.filter !== undefined && role !== "amount") c.fail(`${at}.filter`, "only amount columns add up items", "只有金额列汇总明细");
  if (col.sumOf !== undefined && role !== "amount") c.fail(`${at}.sumOf`, "only amount columns are totals", "只有金额列可作合计");
  if (col.filter !== undefined && col.sumOf !== undefined) c.fail(at, "a column has either a filter or sumOf, not both", "一列只能有 filter 或 sumOf 之一，不能两者都有");
  if (col.codeSegment !== undefined && role !== "code") c.fail(`${at}.codeSegment`, "only code columns hold a part of a code", "只有编码列才放编码的一段");
  c.oneOf(col.codeSegment, `${at}.codeSegment`, CODE_SEGMENTS);
  if (col.filter !== undefined) checkFilter(c, col.filter, `${at}.filter`);
  c.array(col.sumOf, `${at}.sumOf`).forEach((k, j) => {
    if (k === col.key) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is the column itself`, `${JSON.stringify(k)} 就是本列`);
    else if (typeof k !== "string" || !amounts.has(k)) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is not a column of ${table}`, `${JSON.stringify(k)} 不是 ${table} 的列`);
  });
}

/** A total may add up totals, but never (through others) itself. */
function checkSumCycles(c: Checker, totals: Array<{ key: string; sumOf: string[]; at: string }>): void {
  const sumOf = new Map(totals.map((t) => [t.key, t.sumOf]));
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    (sumOf.get(from) ?? []).some((k) => k === target || (!seen.has(k) && (seen.add(k), reaches(k, target, seen))));
  for (const t of totals) if (t.sumOf.some((k) => k !== t.key && reaches(k, t.key))) c.fail(`${t.at}.sumOf`, `the column ${JSON.stringify(t.key)} adds up, through other totals, to itself`, `列 ${JSON.stringify(t.key)} 经其他合计列又汇总到自身`);
}

interface CheckedRows {
  hasRow: (key: string) => boolean;
  hint: string;
}

const CODE_ROW = { function: /^f:(\d{3}(\d{2}){0,2}|\{c\})$/, economic: /^e:(\d{3}(\d{2})?|\{c\})$/ };
const UNIT_ROW = /^u:[^/]+(\/(e:(\d{3}|\{c\})|p:.+))?$/;

function checkRows(c: Checker, v: unknown, path: string, labels: number): CheckedRows {
  const none: CheckedRows = { hasRow: () => false, hint: "" };
  const rows = c.object(v, path, ["type"], ["dimension", "labels", "children", "rows", "sections", "key"]);
  const type = c.oneOf(rows?.type, `${path}.type`, ["fixed", "twoSided", "codeHierarchy", "unitBreakdown", "singleRow"]);
  if (!rows || !type) return none;
  const needLabels = type === "twoSided" ? 2 : type === "singleRow" ? 0 : 1;
  if (labels !== needLabels) c.fail(path, `a ${type} table has ${needLabels} label column(s), this one has ${labels}`, `${type} 类型的表有 ${needLabels} 个标签列，此表有 ${labels} 个`);
  switch (type) {
    case "codeHierarchy": {
      const dimension = c.oneOf(rows.dimension, `${path}.dimension`, ["function", "economic"] as const);
      c.oneOf(rows.labels, `${path}.labels`, ["codeColumns", "bracketed", "names"]);
      const shape = CODE_ROW[dimension ?? "function"];
      return { hasRow: (k) => k === "合计" || shape.test(k), hint: `合计 or ${dimension === "economic" ? "e:<code>" : "f:<code>"}` };
    }
    case "unitBreakdown":
      c.oneOf(rows.children, `${path}.children`, ["economicClass", "project"]);
      return { hasRow: (k) => k === "合计" || UNIT_ROW.test(k), hint: "合计, u:<unit>, u:<unit>/e:<类> or u:<unit>/p:<project>" };
    case "singleRow": {
      const key = c.text(rows.key, `${path}.key`);
      return { hasRow: (k) => k === key, hint: String(key) };
    }
    case "fixed":
      return fixedRows(c, [c.array(rows.rows, `${path}.rows`).map((r, i) => ({ r, at: `${path}.rows[${i}]` }))]);
    case "twoSided": {
      const sections = c.array(rows.sections, `${path}.sections`).map((s, i) => ({ s: c.object(s, `${path}.sections[${i}]`, ["left", "right"]), at: `${path}.sections[${i}]` }));
      const side = (name: "left" | "right") => sections.flatMap(({ s, at }) => c.array(s?.[name], `${at}.${name}`, false).map((r, i) => ({ r, at: `${at}.${name}[${i}]` })));
      return fixedRows(c, [side("left"), side("right")]);
    }
  }
}

/** Fixed rows, one list per side: keys unique in the table, sumOf naming rows of the same side. */
function fixedRows(c: Checker, sides: Array<Array<{ r: unknown; at: string }>>): CheckedRows {
  const all = sides.flat().map(({ r, at }) => ({ row: c.object(r, at, ["key", "label"], ["indent", "filter", "sumOf", "functionClasses", "total", "signed"]), at }));
  c.unique(all.map(({ row, at }) => ({ value: row?.key, path: `${at}.key` })), { en: "key", zh: " key" });
  const classKeys = new Set<string>();
  let n = 0;
  for (const side of sides) {
    const rows = all.slice(n, (n += side.length));
    const keys = new Set(rows.flatMap(({ row }) => (typeof row?.key === "string" ? [row.key] : [])));
    for (const { row, at } of rows) if (row && fixedRow(c, row, at, keys)) classKeys.add(row.key as string);
  }
  const keys = new Set(all.flatMap(({ row }) => (typeof row?.key === "string" ? [row.key] : [])));
  const classRow = /^(.+):(\d{3}|\{c\})$/;
  return {
    hasRow: (k) => keys.has(k) || classKeys.has(classRow.exec(k)?.[1] ?? ""),
    hint: [...keys].map((k) => (classKeys.has(k) ? `${k}:<类 code>` : k)).join(", "),
  };
}

/** Checks one fixed row; true when it stands for function-class rows. */
function fixedRow(c: Checker, row: Json, at: string, sideKeys: Set<string>): boolean {
  c.text(row.key, `${at}.key`);
  c.text(row.label, `${at}.label`, row.functionClasses !== undefined);
  c.number(row.indent, `${at}.indent`, (n) => Number.isInteger(n) && n >= 0, { en: "a whole number of full-width spaces", zh: "全角空格的整数个数" });
  c.boolean(row.total, `${at}.total`);
  c.boolean(row.signed, `${at}.signed`);
  if ((row.filter === undefined) === (row.sumOf === undefined)) c.fail(at, "a row has either a filter (the items it adds up) or sumOf (the rows it adds up)", "一行须有 filter（汇总的明细）或 sumOf（汇总的行）之一，且只能有一个");
  if (row.filter !== undefined) checkFilter(c, row.filter, `${at}.filter`);
  c.array(row.sumOf, `${at}.sumOf`).forEach((k, j) => {
    if (k === row.key) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is the row itself`, `${JSON.stringify(k)} 就是本行`);
    else if (typeof k !== "string" || !sideKeys.has(k)) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is not a row on the same side of the table`, `${JSON.stringify(k)} 不是表中同一侧的行`);
  });
  const classes = row.functionClasses === undefined ? undefined : c.object(row.functionClasses, `${at}.functionClasses`, ["count"], ["omitEmpty", "nested"]);
  if (classes) {
    c.number(classes.count, `${at}.functionClasses.count`, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_FUNCTION_CLASSES, { en: `a count of function 类 from 1 to ${MAX_FUNCTION_CLASSES}`, zh: `1 到 ${MAX_FUNCTION_CLASSES} 之间的功能分类类个数` });
    c.boolean(classes.omitEmpty, `${at}.functionClasses.omitEmpty`);
    c.boolean(classes.nested, `${at}.functionClasses.nested`);
    if (row.filter === undefined) c.fail(`${at}.functionClasses`, "function-class rows need a filter", "功能分类类行须有 filter");
  }
  return !!classes && typeof row.key === "string";
}
