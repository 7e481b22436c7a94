/**
 * The 明细 sheet: the model as one flat worksheet an officer can type or paste into.
 *
 * Layout: a settings block on top (部门, 预算年度, 金额单位, one 单位 / 项目 / 科目 / 注 row
 * each), a blank row, then the line-item table headed 收支 | 单位编码 | … | 金额（元）, one row
 * per revenue or expenditure item. Both directions are lossless; reading runs the model loader
 * and reports each problem at its sheet cell.
 */
import { cellAddress } from "../generation/grid";
import { codeName } from "../catalog/codeNames";
import { loadModel, LoadResult } from "./load";
import { yuanNumber } from "./toJson";
import { BudgetModel, InputProblem, MODEL_FORMAT_VERSION } from "./types";

export const MINGXI_SHEET = "明细";
export type SheetValue = string | number | boolean | null;

/** The line-item table's columns, in order; `field` is the model field a column fills. */
export const ITEM_COLUMNS = [
  { header: "收支", field: "stream" },
  { header: "单位编码", field: "unit" },
  { header: "单位名称", field: "unitName" },
  { header: "功能科目编码", field: "function" },
  { header: "功能科目名称", field: "functionName" },
  { header: "经济科目编码", field: "economic" },
  { header: "经济科目名称", field: "economicName" },
  { header: "支出类型", field: "kind" },
  { header: "资金性质/收入来源", field: "fund" },
  { header: "项目编码", field: "project" },
  { header: "项目名称", field: "projectName" },
  { header: "金额（元）", field: "amount" },
] as const;
type ItemField = (typeof ITEM_COLUMNS)[number]["field"];
const COLUMN_OF = new Map<string, number>(ITEM_COLUMNS.map((c, i) => [c.field, i]));
COLUMN_OF.set("source", COLUMN_OF.get("fund")!);

const REVENUE = "收入";
const EXPENDITURE = "支出";
const SETTINGS = { department: "部门", year: "预算年度", unit: "金额单位", budgetUnit: "单位", project: "项目", code: "科目", note: "注" };
const CLASSIFICATION = { 功能: "function", 经济: "economic" } as const;

/** Model → the 明细 sheet's rows. */
export function modelToMingxi(model: BudgetModel): SheetValue[][] {
  const rows: SheetValue[][] = [
    [SETTINGS.department, model.department],
    [SETTINGS.year, model.fiscalYear],
    [SETTINGS.unit, model.displayUnit],
    ...model.units.map((u) => [SETTINGS.budgetUnit, u.id, u.name, u.kind]),
    ...model.projects.map((p) => [SETTINGS.project, p.id, p.unit, p.name, p.performanceGoal]),
    ...(["function", "economic"] as const).flatMap((kind) =>
      Object.entries(model.codeNames[kind]).map(([code, name]) => [SETTINGS.code, kind === "function" ? "功能" : "经济", code, name]),
    ),
    ...Object.entries(model.notes).map(([table, text]) => [SETTINGS.note, table, text ?? ""]),
    [],
    ITEM_COLUMNS.map((c) => c.header),
  ];
  const unitNames = new Map(model.units.map((u) => [u.id, u.name]));
  const projectNames = new Map(model.projects.map((p) => [p.id, p.name]));
  const fname = (code: string) => codeName("function", code, model.codeNames) ?? "";
  for (const r of model.revenues) {
    rows.push(itemRow({ stream: REVENUE, unit: r.unit, unitName: unitNames.get(r.unit)!, function: r.function, functionName: fname(r.function), fund: r.source, amount: yuanNumber(r.amount) }));
  }
  for (const e of model.expenditures) {
    rows.push(
      itemRow({
        stream: EXPENDITURE,
        unit: e.unit,
        unitName: unitNames.get(e.unit)!,
        function: e.function,
        functionName: fname(e.function),
        economic: e.economic,
        economicName: codeName("economic", e.economic, model.codeNames) ?? "",
        kind: e.kind,
        fund: e.fund,
        project: e.project ?? null,
        projectName: e.project ? projectNames.get(e.project)! : null,
        amount: yuanNumber(e.amount),
      }),
    );
  }
  return rows;
}

function itemRow(values: Partial<Record<ItemField, SheetValue>>): SheetValue[] {
  return ITEM_COLUMNS.map((c) => values[c.field] ?? null);
}

const text = (v: SheetValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/** Where each JSON list entry came from, so loader problems can name sheet cells. */
interface Origins {
  settings: Map<string, number>;
  lists: Record<string, number[]>;
}

/** The 明细 sheet's rows → the model, or every problem with its cell (明细!F12). */
export function mingxiToModel(rows: SheetValue[][], sheet = MINGXI_SHEET): LoadResult {
  const headerRow = rows.findIndex((r) => text(r?.[0]) === ITEM_COLUMNS[0].header);
  if (headerRow < 0) {
    return { ok: false, problems: [{ path: sheet, message: `no line-item header row starting with “${ITEM_COLUMNS[0].header}” was found` }] };
  }
  const problems: InputProblem[] = [];
  const origins: Origins = { settings: new Map(), lists: { units: [], projects: [], revenues: [], expenditures: [] } };
  const json = readSettings(rows.slice(0, headerRow), sheet, origins, problems);
  checkHeader(rows[headerRow], headerRow, sheet, problems);
  readItems(rows, headerRow + 1, json, origins, sheet, problems);
  const loaded = loadModel(json);
  if (loaded.ok && problems.length === 0) return loaded;
  const translated = loaded.ok ? [] : loaded.problems.map((p) => ({ path: cellOf(p.path, origins, sheet), message: p.message }));
  return { ok: false, problems: [...problems, ...translated] };
}

function checkHeader(row: SheetValue[], r: number, sheet: string, problems: InputProblem[]): void {
  ITEM_COLUMNS.forEach((c, i) => {
    if (text(row[i]) !== c.header) problems.push({ path: `${sheet}!${cellAddress(r, i)}`, message: `expected the column header “${c.header}”, found “${text(row[i])}”` });
  });
}

type Json = Record<string, unknown> & {
  units: unknown[];
  projects: unknown[];
  revenues: unknown[];
  expenditures: unknown[];
  notes: Record<string, string>;
  codeNames: { function: Record<string, string>; economic: Record<string, string> };
};

function readSettings(rows: SheetValue[][], sheet: string, origins: Origins, problems: InputProblem[]): Json {
  const json: Json = { formatVersion: MODEL_FORMAT_VERSION, units: [], projects: [], revenues: [], expenditures: [], notes: {}, codeNames: { function: {}, economic: {} } };
  rows.forEach((row, r) => {
    const [key, a, b, c, d] = (row ?? []).map((v) => v ?? undefined);
    const at = (col: number) => `${sheet}!${cellAddress(r, col)}`;
    switch (text(key)) {
      case "":
        return;
      case SETTINGS.department:
        origins.settings.set("department", r);
        json.department = text(a);
        return;
      case SETTINGS.year:
        origins.settings.set("fiscalYear", r);
        json.fiscalYear = typeof a === "number" ? a : Number(text(a)) || text(a);
        return;
      case SETTINGS.unit:
        origins.settings.set("displayUnit", r);
        json.displayUnit = text(a);
        return;
      case SETTINGS.budgetUnit:
        origins.lists.units.push(r);
        json.units.push({ id: text(a), name: text(b), kind: text(c) });
        return;
      case SETTINGS.project:
        origins.lists.projects.push(r);
        json.projects.push({ id: text(a), unit: text(b), name: text(c), performanceGoal: d === undefined ? "" : String(d) });
        return;
      case SETTINGS.code: {
        const kind = CLASSIFICATION[text(a) as keyof typeof CLASSIFICATION];
        if (!kind) problems.push({ path: at(1), message: `expected 功能 or 经济, found “${text(a)}”` });
        else json.codeNames[kind][text(b)] = text(c);
        return;
      }
      case SETTINGS.note:
        json.notes[text(a)] = b === undefined ? "" : String(b);
        return;
      default:
        problems.push({ path: at(0), message: `unknown setting “${text(key)}”: expected one of ${Object.values(SETTINGS).join(" / ")}` });
    }
  });
  return json;
}

function readItems(rows: SheetValue[][], first: number, json: Json, origins: Origins, sheet: string, problems: InputProblem[]): void {
  const unitIdsByName = new Map((json.units as Array<{ id: string; name: string }>).map((u) => [u.name, u.id]));
  const projectIdsByName = new Map((json.projects as Array<{ id: string; name: string }>).map((p) => [p.name, p.id]));
  for (let r = first; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((v) => text(v) === "")) continue;
    const cell = (field: ItemField) => row[COLUMN_OF.get(field)!];
    const at = (field: ItemField) => `${sheet}!${cellAddress(r, COLUMN_OF.get(field)!)}`;
    const unit = text(cell("unit")) || unitIdsByName.get(text(cell("unitName"))) || text(cell("unitName"));
    const stream = text(cell("stream"));
    const amount = typeof cell("amount") === "number" ? cell("amount") : text(cell("amount"));
    nameUnnamedCode(json, "function", text(cell("function")), text(cell("functionName")));
    nameUnnamedCode(json, "economic", text(cell("economic")), text(cell("economicName")));
    if (stream === REVENUE) {
      for (const field of ["economic", "kind", "project"] as const) {
        if (text(cell(field)) !== "") problems.push({ path: at(field), message: "a 收入 row leaves this column empty" });
      }
      origins.lists.revenues.push(r);
      json.revenues.push({ unit, source: text(cell("fund")), function: text(cell("function")), amount });
    } else if (stream === EXPENDITURE) {
      const project = text(cell("project")) || projectIdsByName.get(text(cell("projectName"))) || text(cell("projectName"));
      origins.lists.expenditures.push(r);
      json.expenditures.push({ unit, function: text(cell("function")), economic: text(cell("economic")), kind: text(cell("kind")), fund: text(cell("fund")), ...(project ? { project } : {}), amount });
    } else {
      problems.push({ path: at("stream"), message: `expected 收入 or 支出, found “${stream}”` });
    }
  }
}

/** A name typed beside a code the settings and catalogues do not name becomes that code's name. */
function nameUnnamedCode(json: Json, kind: "function" | "economic", code: string, name: string): void {
  if (code && name && codeName(kind, code, json.codeNames) === undefined) json.codeNames[kind][code] = name;
}

const LIST_PATH = /^(units|projects|revenues|expenditures)\[(\d+)\](?:\.(\w+))?/;
const SETTING_COLUMNS: Record<string, Record<string, number>> = {
  units: { id: 1, name: 2, kind: 3 },
  projects: { id: 1, unit: 2, name: 3, performanceGoal: 4 },
};

/** Maps a loader path (expenditures[3].economic) to the sheet cell it came from. */
function cellOf(path: string, origins: Origins, sheet: string): string {
  const m = LIST_PATH.exec(path);
  if (m) {
    const row = origins.lists[m[1]][Number(m[2])];
    const field = m[3] ?? "";
    const column = SETTING_COLUMNS[m[1]]?.[field] ?? COLUMN_OF.get(field) ?? 0;
    return `${sheet}!${cellAddress(row, column)}`;
  }
  const setting = /^(\w+)/.exec(path)?.[1] ?? "";
  const row = origins.settings.get(setting);
  return row === undefined ? `${sheet} (${path})` : `${sheet}!${cellAddress(row, 1)}`;
}
