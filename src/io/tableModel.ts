/**
 * The table-level model: what each table of a filled workbook states, every figure with the
 * cell it was read from. It is what can be known from tables alone (see NOT_RECOVERABLE), and
 * its JSON form is what `budget-tables import` writes and `compare` reads.
 */
import type { DisplayUnit } from "../model/money";
import { parseYuan } from "../model/money";
import type { Bilingual, InputProblem } from "../model/types";
import type { TableView, ViewRow } from "../reading/tableView";

export const TABLE_MODEL_FORMAT = "budget-tables/tables";
export const TABLE_MODEL_VERSION = 1;

/** A figure as shown: exact hundredths of the table's display unit, and its cell (A1, in `sheet`). */
export interface StatedFigure {
  cents: number;
  cell: string;
}

/** A row as the reader found it (see ViewRow), in a form that is written to and read from JSON. */
export type StatedRow = Pick<ViewRow, "key" | "name" | "code" | "level" | "parent" | "total" | "texts"> & {
  /** The row label's cell. */
  cell: string;
  figures: Record<string, StatedFigure>;
};

export interface StatedTable {
  table: string;
  title: string;
  sheet: string;
  displayUnit: DisplayUnit;
  /** Amount columns found, by key, with the label printed. */
  columns: Array<{ key: string; label: string }>;
  rows: StatedRow[];
  /** The text after 注：, when the table has a 注 line. */
  note?: string;
}

export interface TableModel {
  source: string;
  pack: { id: string; version: string };
  /** From the tables' 单位名称： lines, when they give one. */
  department?: string;
  /** Tables do not always state their year; given by the user when known (import --year). */
  fiscalYear?: number;
  tables: StatedTable[];
}

/** What tables alone cannot give back, said in the CLI, the pane and docs/data.md. */
export const NOT_RECOVERABLE = {
  zh: [
    "明细（逐笔数据）：每个数在 预算单位 × 功能科目 项 × 经济科目 款 × 资金性质 × 支出类型 之间如何拆分，表中只印出其中几种汇总",
    "项目支出的经济科目（表12 列出项目而无经济科目，表7 列出经济科目而无项目）以及各单位的收入构成（表2 只按功能科目）",
    "单位性质（行政/参公/事业，决定机关运行经费）、单位和项目的编码（表中只印名称）",
    "显示精度以下的金额：万元表只保留到 0.01 万元（100 元）",
  ],
  en: [
    "line items: how each figure splits across budget units × function 项 × economic 款 × fund × expenditure kind; the tables print only a few of these sums",
    "the economic 款 of project spending (表12 lists projects without economic codes, 表7 economic codes without projects) and each unit's revenue (表2 is by function only)",
    "unit kinds (行政/参公/事业, which decide 机关运行经费) and unit and project ids (the tables print names)",
    "amounts below the display precision: a 万元 table keeps 0.01 万元 (100 元)",
  ],
};

const NOTE_PREFIX = /^注[:：]\s*/;

export function statedTable(view: TableView): StatedTable {
  return {
    table: view.table,
    title: view.def.title,
    sheet: view.sheet,
    displayUnit: view.displayUnit,
    columns: [...view.columns].map(([key, c]) => ({ key, label: c.label })),
    rows: view.rows.filter((r) => !r.unplaced).map((r) => ({
      key: r.key,
      name: r.name,
      ...(r.code ? { code: r.code } : {}),
      level: r.level,
      ...(r.parent ? { parent: r.parent } : {}),
      total: r.total,
      cell: r.labelAddress,
      figures: Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, { cents: f.cents, cell: f.address }])),
      ...(r.texts ? { texts: r.texts } : {}),
    })),
    ...(view.note ? { note: view.note.text.replace(NOTE_PREFIX, "") } : {}),
  };
}

/** The JSON form: figures as numbers in the display unit ({"value": 101820.73, "cell": "B6"}). */
export function tableModelToJson(model: TableModel): Record<string, unknown> {
  return {
    format: TABLE_MODEL_FORMAT,
    formatVersion: TABLE_MODEL_VERSION,
    source: model.source,
    pack: model.pack,
    ...(model.department ? { department: model.department } : {}),
    ...(model.fiscalYear ? { fiscalYear: model.fiscalYear } : {}),
    notRecoverable: NOT_RECOVERABLE.en,
    tables: model.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => ({ ...r, figures: Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, { value: f.cents / 100, cell: f.cell }])) })),
    })),
  };
}

/** The file `budget-tables import -o tables.json` writes and the pane's 导出表格数据 downloads. */
export function tableModelJsonText(model: TableModel): string {
  return `${JSON.stringify(tableModelToJson(model), null, 2)}\n`;
}

/** How many figures the model states, for the "n tables, m figures" lines of the CLI and the pane. */
export function figureCount(model: TableModel): number {
  return model.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.figures).length, 0), 0);
}

type Json = Record<string, unknown>;
type Fail = (path: string, message: string, zh: string) => void;

/** Reads the JSON form back, checking what compare and export rely on; problems carry their JSON path. */
export function tableModelFromJson(json: unknown, file: string): { ok: true; model: TableModel } | { ok: false; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const fail: Fail = (path, message, zh) => void problems.push({ path: `${file}: ${path}`, message, zh });
  const root = isObject(json) ? json : undefined;
  if (!root || root.format !== TABLE_MODEL_FORMAT) {
    fail("format", `expected "${TABLE_MODEL_FORMAT}" (a file written by budget-tables import)`, `应为 "${TABLE_MODEL_FORMAT}"（budget-tables import 写出的文件）`);
    return { ok: false, problems };
  }
  if (root.formatVersion !== TABLE_MODEL_VERSION) fail("formatVersion", `expected ${TABLE_MODEL_VERSION}`, `应为 ${TABLE_MODEL_VERSION}`);
  checkFields(root, ROOT_FIELDS, "", fail);
  const tables = Array.isArray(root.tables) && root.tables.length > 0 ? root.tables : (fail("tables", "expected an array of at least one table", "应为至少含一张表的数组"), []);
  const read = tables.map((t: unknown, i: number) => readTable(t, `tables[${i}]`, fail));
  checkListedOnce(read, fail);
  if (problems.length > 0) return { ok: false, problems };
  const pack = isObject(root.pack) ? { id: String(root.pack.id), version: String(root.pack.version) } : { id: "", version: "" };
  return {
    ok: true,
    model: {
      source: String(root.source ?? file),
      pack,
      ...(typeof root.department === "string" ? { department: root.department } : {}),
      ...(typeof root.fiscalYear === "number" ? { fiscalYear: root.fiscalYear } : {}),
      tables: read as StatedTable[],
    },
  };
}

/** A table listed twice has no one meaning (which figures are its?), so it is refused at both places. */
function checkListedOnce(tables: ReadonlyArray<StatedTable | undefined>, fail: Fail): void {
  const first = new Map<string, number>();
  tables.forEach((t, i) => {
    if (!t) return;
    const at = first.get(t.table);
    if (at === undefined) first.set(t.table, i);
    else fail(`tables[${i}].table`, `${t.table} is listed twice (also tables[${at}]); keep one of them`, `${t.table} 出现两次（另见 tables[${at}]），请只保留一处`);
  });
}

function readTable(t: unknown, path: string, fail: Fail): StatedTable | undefined {
  if (!isObject(t) || typeof t.table !== "string" || !Array.isArray(t.rows)) return void fail(path, "expected a table with a table id and rows", "应为含 table（表号）和 rows（行）的表");
  checkFields(t, TABLE_FIELDS, path, fail);
  const rows = t.rows.map((r: unknown, i: number) => readRow(r, `${path}.rows[${i}]`, fail));
  return { ...(t as unknown as StatedTable), rows: rows as StatedRow[] };
}

function readRow(r: unknown, path: string, fail: Fail): StatedRow | undefined {
  if (!isObject(r) || !isText(r.key) || !isObject(r.figures)) return void fail(path, "expected a row with a key and figures", "应为含 key 和 figures 的行");
  checkFields(r, ROW_FIELDS, path, fail);
  const figures: Record<string, StatedFigure> = {};
  for (const [key, f] of Object.entries(r.figures)) {
    const amount = isObject(f) ? parseYuan(f.value) : undefined;
    if (!amount?.ok || !isObject(f) || !isA1(f.cell)) fail(`${path}.figures.${key}`, "expected {value: a number with at most 2 decimals, cell: an A1 address}", "应为 {value: 不超过 2 位小数的数, cell: A1 格式的单元格地址}");
    else figures[key] = { cents: amount.fen, cell: f.cell };
  }
  return { ...(r as unknown as StatedRow), figures };
}

const isObject = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v !== "";
const isString = (v: unknown) => typeof v === "string";
const isA1 = (v: unknown): v is string => typeof v === "string" && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(v);

/**
 * What each field holds, as the writer above writes it, so that a hand-edited file is refused
 * at its place rather than failing later inside compare or export. A name ending in ? may be absent.
 */
type Fields = Record<string, [check: (v: unknown) => boolean, what: Bilingual]>;
const TEXT: Fields[string] = [isString, { en: "a text", zh: "文字" }];
const ROOT_FIELDS: Fields = {
  "department?": TEXT,
  "fiscalYear?": [(v) => Number.isInteger(v) && (v as number) >= 1990 && (v as number) <= 2100, { en: "a year such as 2024", zh: "年份（如 2024）" }],
};
const TABLE_FIELDS: Fields = {
  title: TEXT,
  sheet: TEXT,
  displayUnit: [(v) => v === "万元" || v === "元", { en: "万元 or 元", zh: "万元 或 元" }],
  columns: [(v) => Array.isArray(v) && v.every((c) => isObject(c) && isText(c.key) && isString(c.label)), { en: "an array of {key, label}", zh: "{key, label} 的数组" }],
  "note?": TEXT,
};
const ROW_FIELDS: Fields = {
  name: TEXT,
  "code?": TEXT,
  level: [(v) => Number.isInteger(v) && (v as number) >= 0, { en: "a whole number, 0 or more", zh: "0 或更大的整数" }],
  "parent?": TEXT,
  total: [(v) => typeof v === "boolean", { en: "true or false", zh: "true 或 false" }],
  cell: [isA1, { en: "an A1 address", zh: "A1 格式的单元格地址" }],
  "texts?": [(v) => isObject(v) && Object.values(v).every(isString), { en: "texts by column key", zh: "按列 key 给出的文字" }],
};

function checkFields(o: Json, fields: Fields, path: string, fail: Fail): void {
  for (const [spec, [check, what]] of Object.entries(fields)) {
    const name = spec.replace(/\?$/, "");
    if (o[name] === undefined ? !spec.endsWith("?") : !check(o[name])) fail(path ? `${path}.${name}` : name, `expected ${what.en}`, `应为${what.zh}`);
  }
}
