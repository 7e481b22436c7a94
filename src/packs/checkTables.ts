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
const TABLE_OPTIONS = ["displayUnit", "blankZeros", "totalRow", "tableNumberLine", "noteLine", "departmentLabel"];

export function checkFilter(c: Checker, v: unknown, path: string): void {
  const f = c.object(v, path, [], ["stream", "sources", "kinds", "funds", "unitKinds", "economic", "notEconomic", "function"]);
  if (!f) return;
  c.oneOf(f.stream, `${path}.stream`, ["revenue", "expenditure"]);
  if (f.sources !== undefined) c.someOf(f.sources, `${path}.sources`, REVENUE_SOURCES);
  if (f.kinds !== undefined) c.someOf(f.kinds, `${path}.kinds`, EXPENDITURE_KINDS);
  if (f.funds !== undefined) c.someOf(f.funds, `${path}.funds`, FUNDS);
  if (f.unitKinds !== undefined) c.someOf(f.unitKinds, `${path}.unitKinds`, UNIT_KINDS);
  for (const [field, shape, what] of [["economic", ECONOMIC_CODE, "an economic code (3 or 5 digits)"], ["notEconomic", ECONOMIC_CODE, "an economic code (3 or 5 digits)"], ["function", FUNCTION_CODE, "a function code (3, 5 or 7 digits)"]] as const) {
    c.array(f[field], `${path}.${field}`).forEach((code, i) => {
      if (typeof code !== "string" || !shape.test(code)) c.fail(`${path}.${field}[${i}]`, `${JSON.stringify(code)} is not ${what}`);
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
    c.fail(`${path}.sheetName`, `${JSON.stringify(t.sheetName)} is not a worksheet name (1–31 characters, none of [ ] : * ? / \\)`);
  }
  c.text(t.title, `${path}.title`);
  c.text(t.defaultNote, `${path}.defaultNote`, true);
  c.text(t.numberFormat, `${path}.numberFormat`);
  c.text(t.departmentLabel, `${path}.departmentLabel`);
  checkFilter(c, t.filter, `${path}.filter`);
  checkPrint(c, t.print, `${path}.print`);
  c.oneOf(t.displayUnit, `${path}.displayUnit`, Object.keys(DISPLAY_UNITS));
  c.oneOf(t.totalRow, `${path}.totalRow`, ["top", "bottom"]);
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
  c.unique(columns.map(({ col, at }) => ({ value: col?.key, path: `${at}.key` })), "key");
  c.unique(columns.map(({ col, at }) => ({ value: Array.isArray(col?.header) ? JSON.stringify(col!.header) : undefined, path: `${at}.header` })), "header path");
  for (const { col, at } of columns) if (col) checkColumn(c, col, at, table, amounts);
  checkSumCycles(c, columns.flatMap(({ col, at }) => (col && typeof col.key === "string" && Array.isArray(col.sumOf) ? [{ key: col.key, sumOf: col.sumOf as string[], at }] : [])));
  return { amounts, labels: columns.filter(({ col }) => col?.role === "label").length };
}

function checkColumn(c: Checker, col: Json, at: string, table: string, amounts: Set<string>): void {
  c.text(col.key, `${at}.key`);
  c.array(col.header, `${at}.header`).forEach((h, j) => c.text(h, `${at}.header[${j}]`));
  const role = c.oneOf(col.role, `${at}.role`, ["code", "label", "amount", "text"]);
  c.number(col.width, `${at}.width`, (n) => n > 0, "a positive width");
  if (col.filter !== undefined && role !== "amount") c.fail(`${at}.filter`, "only amount columns add up items");
  if (col.sumOf !== undefined && role !== "amount") c.fail(`${at}.sumOf`, "only amount columns are totals");
  if (col.filter !== undefined && col.sumOf !== undefined) c.fail(at, "a column has either a filter or sumOf, not both");
  if (col.codeSegment !== undefined && role !== "code") c.fail(`${at}.codeSegment`, "only code columns hold a part of a code");
  c.oneOf(col.codeSegment, `${at}.codeSegment`, CODE_SEGMENTS);
  if (col.filter !== undefined) checkFilter(c, col.filter, `${at}.filter`);
  c.array(col.sumOf, `${at}.sumOf`).forEach((k, j) => {
    if (k === col.key) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is the column itself`);
    else if (typeof k !== "string" || !amounts.has(k)) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is not a column of ${table}`);
  });
}

/** A total may add up totals, but never (through others) itself. */
function checkSumCycles(c: Checker, totals: Array<{ key: string; sumOf: string[]; at: string }>): void {
  const sumOf = new Map(totals.map((t) => [t.key, t.sumOf]));
  const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
    (sumOf.get(from) ?? []).some((k) => k === target || (!seen.has(k) && (seen.add(k), reaches(k, target, seen))));
  for (const t of totals) if (t.sumOf.some((k) => k !== t.key && reaches(k, t.key))) c.fail(`${t.at}.sumOf`, `the column ${JSON.stringify(t.key)} adds up, through other totals, to itself`);
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
  if (labels !== needLabels) c.fail(path, `a ${type} table has ${needLabels} label column(s), this one has ${labels}`);
  switch (type) {
    case "codeHierarchy": {
      const dimension = c.oneOf(rows.dimension, `${path}.dimension`, ["function", "economic"] as const);
      c.oneOf(rows.labels, `${path}.labels`, ["codeColumns", "bracketed"]);
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
  const all = sides.flat().map(({ r, at }) => ({ row: c.object(r, at, ["key", "label"], ["indent", "filter", "sumOf", "functionClasses", "total"]), at }));
  c.unique(all.map(({ row, at }) => ({ value: row?.key, path: `${at}.key` })), "key");
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
  c.number(row.indent, `${at}.indent`, (n) => Number.isInteger(n) && n >= 0, "a whole number of full-width spaces");
  c.boolean(row.total, `${at}.total`);
  if ((row.filter === undefined) === (row.sumOf === undefined)) c.fail(at, "a row has either a filter (the items it adds up) or sumOf (the rows it adds up)");
  if (row.filter !== undefined) checkFilter(c, row.filter, `${at}.filter`);
  c.array(row.sumOf, `${at}.sumOf`).forEach((k, j) => {
    if (k === row.key) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is the row itself`);
    else if (typeof k !== "string" || !sideKeys.has(k)) c.fail(`${at}.sumOf[${j}]`, `${JSON.stringify(k)} is not a row on the same side of the table`);
  });
  const classes = row.functionClasses === undefined ? undefined : c.object(row.functionClasses, `${at}.functionClasses`, ["count"], ["omitEmpty"]);
  if (classes) {
    c.number(classes.count, `${at}.functionClasses.count`, (n) => Number.isInteger(n) && n >= 1 && n <= MAX_FUNCTION_CLASSES, `a count of function 类 from 1 to ${MAX_FUNCTION_CLASSES}`);
    c.boolean(classes.omitEmpty, `${at}.functionClasses.omitEmpty`);
    if (row.filter === undefined) c.fail(`${at}.functionClasses`, "function-class rows need a filter");
  }
  return !!classes && typeof row.key === "string";
}
