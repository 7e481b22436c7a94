/**
 * The 明细 sheet: the model as one flat worksheet an officer can type or paste into.
 *
 * Layout: a settings block on top (部门, 预算年度, 金额单位, one 单位 / 项目 / 科目 / 注 row
 * each), a blank row, then the line-item table headed 收支 | 单位编码 | … | 金额（元）, one row
 * per revenue or expenditure item. Both directions are lossless; reading runs the model loader
 * and reports each problem at its sheet cell. The reader also takes the column names and orders
 * of other systems' exports (mingxiColumns.ts) and skips the blank template's explanation row.
 */
import { cellAddress } from "../generation/grid";
import { codeName } from "../catalog/codeNames";
import type { ModelWarning } from "./conditions";
import { loadModel, LoadResult } from "./load";
import { COLUMN_NAMES, findItemHeader, GOVERNMENT_ECONOMIC_CODE, headerProblems, ITEM_FIELDS, ItemField, ItemHeader, SheetValue, splitCode } from "./mingxiColumns";
import { yuanNumber } from "./toJson";
import { BudgetModel, InputProblem, MODEL_FORMAT_VERSION } from "./types";
import type { SheetCells } from "../reading/sheetCells";

export type { SheetValue } from "./mingxiColumns";
export const MINGXI_SHEET = "明细";

/** The line-item table's columns as the writer prints them; the reader also takes aliases (mingxiColumns.ts). */
export const ITEM_COLUMNS = ITEM_FIELDS.map((field) => ({ header: COLUMN_NAMES[field][0], field }));

export const REVENUE = "收入";
export const EXPENDITURE = "支出";
export const SETTINGS = { department: "部门", year: "预算年度", unit: "金额单位", budgetUnit: "单位", project: "项目", code: "科目", note: "注" };
/** An item row whose first cell starts with this explains the columns (the blank template's second header row). */
export const EXPLANATION_MARK = "填写说明";

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
const CLASSIFICATION = { 功能: "function", 经济: "economic" } as const;
const LIST_SETTINGS = [SETTINGS.budgetUnit, SETTINGS.project, SETTINGS.code, SETTINGS.note];

/** Where each JSON list entry came from, so loader problems can name sheet cells. */
interface Origins {
  settings: Map<string, number>;
  lists: Record<string, number[]>;
  columns: Map<ItemField, number>;
}

/**
 * The 明细 sheet read leniently: rows that cannot be used are left out and listed in badRows
 * (each problem at its cell), so the rest can still generate tables. Problems outside the
 * line items (settings, header) leave nothing usable and fail the whole sheet.
 */
export type MingxiRead = { ok: true; model: BudgetModel; badRows: InputProblem[]; warnings?: ModelWarning[] } | { ok: false; problems: InputProblem[] };

export function readMingxi(rows: SheetValue[][], sheet = MINGXI_SHEET): MingxiRead {
  const header = findItemHeader(rows);
  if (!header) {
    return {
      ok: false,
      problems: [
        {
          path: sheet,
          message: `no line-item header row was found (a row naming at least 金额 and 功能科目编码 or 收支; see docs/data.md for the names recognised)`,
          zh: "未找到明细表头行（至少写有 金额 和 功能科目编码 或 收支 的一行；可识别的列名见 docs/data.md）",
        },
      ],
    };
  }
  const sheetProblems = headerProblems(rows, header, sheet);
  const origins: Origins = { settings: new Map(), lists: { units: [], projects: [], revenues: [], expenditures: [] }, columns: header.columns };
  const json = readSettings(rows.slice(0, header.row), sheet, origins, sheetProblems);
  const rowProblems: InputProblem[] = [];
  if (sheetProblems.length === 0) readItems(rows, header, json, origins, sheet, rowProblems);
  const loaded = loadModel(json);
  if (loaded.ok && sheetProblems.length === 0) return { ok: true, model: loaded.model, badRows: rowProblems, warnings: loaded.warnings };
  const translated = loaded.ok ? [] : loaded.problems.map((p) => ({ item: itemOf(p.path), problem: { ...p, path: cellOf(p.path, origins, sheet) } }));
  const fatal = [...sheetProblems, ...translated.filter((t) => !t.item).map((t) => t.problem)];
  if (fatal.length > 0) return { ok: false, problems: [...fatal, ...rowProblems, ...translated.filter((t) => t.item).map((t) => t.problem)] };
  const bad = new Set(translated.map((t) => t.item!));
  const again = loadModel(withoutItems(json, bad));
  if (!again.ok) return { ok: false, problems: again.problems.map((p) => ({ ...p, path: cellOf(p.path, origins, sheet) })) };
  return { ok: true, model: again.model, badRows: [...rowProblems, ...translated.map((t) => t.problem)], warnings: again.warnings };
}

/** The 明细 sheet's rows → the model, or every problem with its cell (明细!F12): no row may be bad. */
export function mingxiToModel(rows: SheetValue[][], sheet = MINGXI_SHEET): LoadResult {
  const read = readMingxi(rows, sheet);
  if (!read.ok) return read;
  return read.badRows.length > 0 ? { ok: false, problems: read.badRows } : { ok: true, model: read.model, warnings: read.warnings ?? [] };
}

/** "revenues[3].amount" → "revenues[3]": the line item a loader problem belongs to, if any. */
function itemOf(path: string): string | undefined {
  return /^(revenues|expenditures)\[\d+\]/.exec(path)?.[0];
}

function withoutItems(json: Json, bad: Set<string>): Json {
  const keep = (list: string) => (_: unknown, i: number) => !bad.has(`${list}[${i}]`);
  return { ...json, revenues: json.revenues.filter(keep("revenues")), expenditures: json.expenditures.filter(keep("expenditures")) };
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
    // The blank template leaves room for several 单位/项目/科目/注 rows; those left empty are skipped.
    if (LIST_SETTINGS.includes(text(key)) && [a, b, c, d].every((v) => text(v) === "")) return;
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
        if (!kind) problems.push({ path: at(1), message: `expected 功能 or 经济, found “${text(a)}”`, zh: `应为 功能 或 经济，实为“${text(a)}”` });
        else json.codeNames[kind][text(b)] = text(c);
        return;
      }
      case SETTINGS.note:
        json.notes[text(a)] = b === undefined ? "" : String(b);
        return;
      default:
        problems.push({
          path: at(0),
          message: `unknown setting “${text(key)}”: expected one of ${Object.values(SETTINGS).join(" / ")}`,
          zh: `未知设置“${text(key)}”：应为 ${Object.values(SETTINGS).join(" / ")} 之一`,
        });
    }
  });
  return json;
}

/** Reads one line-item row's cells by field, wherever the header put each column. */
class ItemRow {
  constructor(
    private readonly row: SheetValue[],
    private readonly r: number,
    private readonly columns: Map<ItemField, number>,
    private readonly sheet: string,
  ) {}

  value(field: ItemField): SheetValue | undefined {
    const c = this.columns.get(field);
    return c === undefined ? undefined : this.row[c];
  }

  text(field: ItemField): string {
    return text(this.value(field));
  }

  at(field: ItemField): string {
    return `${this.sheet}!${cellAddress(this.r, this.columns.get(field) ?? 0)}`;
  }

  /** A code column, with the name written beside it in the code cell or in its name column. */
  code(field: "function" | "economic" | "unit" | "project", nameField: ItemField): { code: string; name: string } {
    const split = splitCode(this.value(field) ?? this.value(nameField));
    const name = this.text(nameField);
    return { code: split.code, name: this.columns.has(field) ? name || split.name : split.name || name };
  }
}

function readItems(rows: SheetValue[][], header: ItemHeader, json: Json, origins: Origins, sheet: string, problems: InputProblem[]): void {
  const units = json.units as Array<{ id: string; name: string }>;
  const unitIds = new Map(units.flatMap((u) => [[u.name, u.id], [u.id, u.id]]));
  const projects = json.projects as Array<{ id: string; name: string; unit: string }>;
  const projectIds = new Map(projects.flatMap((p) => [[p.name, p.id], [p.id, p.id]]));
  for (let r = header.row + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (cells.every((v) => text(v) === "") || text(cells[0]).startsWith(EXPLANATION_MARK)) continue;
    const row = new ItemRow(cells, r, header.columns, sheet);
    const unitCell = row.code("unit", "unitName");
    const unit = unitIds.get(unitCell.code) ?? unitIds.get(unitCell.name) ?? (unitCell.code || unitCell.name);
    const fn = row.code("function", "functionName");
    const amount = typeof row.value("amount") === "number" ? row.value("amount") : row.text("amount");
    nameUnnamedCode(json, "function", fn.code, fn.name);
    const stream = header.columns.has("stream") ? row.text("stream") : EXPENDITURE;
    if (stream === REVENUE) {
      for (const field of ["economic", "kind", "project"] as const) {
        if (row.text(field) !== "") problems.push({ path: row.at(field), message: "a 收入 row leaves this column empty", zh: "收入行此列应留空" });
      }
      origins.lists.revenues.push(r);
      json.revenues.push({ unit, source: row.text("fund"), function: fn.code, amount });
    } else if (stream === EXPENDITURE) {
      const economic = row.code("economic", "economicName");
      if (GOVERNMENT_ECONOMIC_CODE.test(economic.code)) {
        problems.push({
          path: row.at("economic"),
          message: `"${economic.code}" is a 政府预算支出经济分类 code; the tables need the 部门预算支出经济分类 款 (5 digits starting with 3)`,
          zh: `“${economic.code}”是政府预算支出经济分类编码；各表需要部门预算支出经济分类的款（以 3 开头的 5 位编码）`,
        });
        continue;
      }
      nameUnnamedCode(json, "economic", economic.code, economic.name);
      const project = projectOf(row, unit, json, projectIds);
      origins.lists.expenditures.push(r);
      json.expenditures.push({ unit, function: fn.code, economic: economic.code, kind: row.text("kind"), fund: row.text("fund"), ...(project ? { project } : {}), amount });
    } else {
      problems.push({ path: row.at("stream"), message: `expected 收入 or 支出, found “${stream}”`, zh: `应为 收入 或 支出，实为“${stream}”` });
    }
  }
}

/**
 * The row's project id. Exports list projects only on their rows, so a project the settings do
 * not declare is added from the row (its 绩效目标 left empty) rather than refused.
 */
function projectOf(row: ItemRow, unit: string, json: Json, projectIds: Map<string, string>): string {
  const cell = row.code("project", "projectName");
  const known = projectIds.get(cell.code) ?? projectIds.get(cell.name);
  if (known || (!cell.code && !cell.name)) return known ?? "";
  const id = cell.code || cell.name;
  json.projects.push({ id, unit, name: cell.name || cell.code, performanceGoal: "" });
  projectIds.set(id, id).set(cell.name || cell.code, id);
  return id;
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
  // The model as a whole (收支平衡): the sheet.
  if (path === "$") return sheet;
  const m = LIST_PATH.exec(path);
  if (m) {
    const row = origins.lists[m[1]][Number(m[2])];
    if (row === undefined) return `${sheet} (${path}, a project added from a line-item row)`;
    const field = m[3] === "source" ? "fund" : (m[3] ?? "");
    const column = SETTING_COLUMNS[m[1]]?.[field] ?? origins.columns.get(field as ItemField) ?? 0;
    return `${sheet}!${cellAddress(row, column)}`;
  }
  const setting = /^(?:\$\.)?(\w+)/.exec(path)?.[1] ?? "";
  const row = origins.settings.get(setting);
  return row === undefined ? `${sheet} (${path}: add a ${settingKey(setting)} row above the line items)` : `${sheet}!${cellAddress(row, 1)}`;
}

function settingKey(field: string): string {
  return { department: SETTINGS.department, fiscalYear: SETTINGS.year, displayUnit: SETTINGS.unit }[field] ?? field;
}

/** A sheet read by any host, as the rows the 明细 readers take (an empty row stays an empty row). */
export function sheetValueRows(sheet: SheetCells): SheetValue[][] {
  return Array.from(sheet.rows, (row) => row ?? []);
}
