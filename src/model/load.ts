/**
 * Reads a budget model from its JSON form, checking everything and reporting every problem at
 * once with its JSON path, so that an officer can fix a file in one pass.
 */
import { codeLineage, codeName, ECONOMIC_CODE, FUNCTION_CODE } from "../catalog/codeNames";
import { overlongTexts } from "./cellLimit";
import { modelConditions, ModelWarning } from "./conditions";
import { parseJsonText } from "./jsonText";
import { DISPLAY_UNITS, DisplayUnit, formatYuan, parseYuan } from "./money";
import {
  BudgetModel,
  BudgetUnit,
  CodeNames,
  EXPENDITURE_KINDS,
  ExpenditureItem,
  FUNDS,
  InputProblem,
  MODEL_FORMAT_VERSION,
  Project,
  REVENUE_SOURCES,
  RevenueItem,
  TABLE_IDS,
  StandardTableId,
  UNIT_KINDS,
} from "./types";

/** A model is loaded with the warnings of conditions only some tables need (conditions.ts), or refused. */
export type LoadResult = { ok: true; model: BudgetModel; warnings: ModelWarning[] } | { ok: false; problems: InputProblem[] };

type Json = Record<string, unknown>;

/** Collects problems while reading one document. */
class Reader {
  readonly problems: InputProblem[] = [];

  fail(path: string, message: string, zh: string): undefined {
    this.problems.push({ path, message, zh });
    return undefined;
  }

  object(value: unknown, path: string): Json | undefined {
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Json;
    return this.fail(path, `expected an object, found ${describe(value)}`, `应为对象，实为${describeZh(value)}`);
  }

  /** An object whose fields are all known: a misspelt field must not be silently ignored. */
  record(value: unknown, path: string, fields: readonly string[]): Json | undefined {
    const obj = this.object(value, path);
    for (const key of Object.keys(obj ?? {})) {
      if (!fields.includes(key)) this.fail(`${path}.${key}`, `unknown field (expected ${fields.join(", ")})`, `未知字段（应为 ${fields.join("、")} 之一）`);
    }
    return obj;
  }

  array(value: unknown, path: string): unknown[] | undefined {
    if (Array.isArray(value)) return value;
    return this.fail(path, `expected an array, found ${describe(value)}`, `应为数组，实为${describeZh(value)}`);
  }

  text(obj: Json, key: string, path: string): string | undefined {
    const v = obj[key];
    if (typeof v === "string" && v.trim() !== "") return v;
    if (v === undefined) return this.fail(`${path}.${key}`, "is missing", "缺少此项");
    return this.fail(`${path}.${key}`, `expected a non-empty string, found ${describe(v)}`, `应为非空文字，实为${describeZh(v)}`);
  }

  optionalText(obj: Json, key: string, path: string): string | undefined {
    if (obj[key] === undefined || obj[key] === null) return undefined;
    return this.text(obj, key, path);
  }

  oneOf<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T | undefined {
    const v = this.text(obj, key, path);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    return this.fail(`${path}.${key}`, `"${v}" is not one of ${allowed.join(" / ")}`, `“${v}”不是 ${allowed.join(" / ")} 之一`);
  }

  code(obj: Json, key: string, path: string, pattern: RegExp, what: { en: string; zh: string }): string | undefined {
    const v = this.text(obj, key, path);
    if (v === undefined) return undefined;
    if (pattern.test(v)) return v;
    return this.fail(`${path}.${key}`, `"${v}" is not a ${what.en}`, `“${v}”不是${what.zh}`);
  }

  amount(obj: Json, path: string): number | undefined {
    if (obj.amount === undefined) return this.fail(`${path}.amount`, "is missing", "缺少此项");
    const r = parseYuan(obj.amount);
    if (!r.ok) return this.fail(`${path}.amount`, r.reason, r.zh);
    if (r.fen < 0) return this.fail(`${path}.amount`, `${formatYuan(r.fen)} is negative`, `${formatYuan(r.fen)} 是负数`);
    return r.fen;
  }
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"`;
  return typeof v === "object" ? "an object" : `${typeof v} ${String(v)}`;
}

const TYPE_ZH: Record<string, string> = { number: "数字", boolean: "布尔值" };

function describeZh(v: unknown): string {
  if (v === undefined) return "空";
  if (v === null) return " null";
  if (Array.isArray(v)) return "数组";
  if (typeof v === "string") return `“${v.length > 40 ? v.slice(0, 40) + "…" : v}”`;
  return typeof v === "object" ? "对象" : `${TYPE_ZH[typeof v] ?? "值"} ${String(v)}`;
}

/** Parses JSON text and loads the model; syntax errors name the file, line and column. */
export function loadModelText(text: string, fileName: string): LoadResult {
  const read = parseJsonText(text, fileName);
  return read.ok ? loadModel(read.value) : { ok: false, problems: [read.problem] };
}

const ROOT_FIELDS = ["$schema", "formatVersion", "department", "fiscalYear", "displayUnit", "units", "projects", "revenues", "expenditures", "notes", "codeNames"];

/** Checks a parsed JSON value and returns the model, or every problem found in it. */
export function loadModel(json: unknown): LoadResult {
  const r = new Reader();
  const root = r.record(json, "$", ROOT_FIELDS);
  if (!root) return { ok: false, problems: r.problems };
  r.problems.push(...overlongTexts(json));
  if (root.formatVersion !== MODEL_FORMAT_VERSION) {
    r.fail("formatVersion", `expected ${MODEL_FORMAT_VERSION}, found ${describe(root.formatVersion)}`, `应为 ${MODEL_FORMAT_VERSION}，实为${describeZh(root.formatVersion)}`);
  }
  const department = r.text(root, "department", "$")?.trim();
  const fiscalYear = readYear(r, root.fiscalYear);
  const displayUnit = readDisplayUnit(r, root.displayUnit);
  const codeNames = readCodeNames(r, root.codeNames);
  const units = readList(r, root.units, "units", readUnit);
  const unitIds = uniqueIds(r, units, "units");
  const projects = readList(r, root.projects ?? [], "projects", (r2, v, p) => readProject(r2, v, p, unitIds));
  const projectUnits = new Map<string, string>();
  uniqueIds(r, projects, "projects").forEach((id) => projectUnits.set(id, projects.find((p) => p?.id === id)!.unit));
  const ctx: ItemContext = { unitIds, projectUnits, codeNames };
  const revenues = readList(r, root.revenues ?? [], "revenues", (r2, v, p) => readRevenue(r2, v, p, ctx));
  const expenditures = readList(r, root.expenditures, "expenditures", (r2, v, p) => readExpenditure(r2, v, p, ctx));
  const notes = readNotes(r, root.notes);
  if (r.problems.length > 0) return { ok: false, problems: r.problems };
  const model: BudgetModel = {
    department: department!,
    fiscalYear: fiscalYear!,
    displayUnit,
    units: units as BudgetUnit[],
    projects: projects as Project[],
    revenues: revenues as RevenueItem[],
    expenditures: expenditures as ExpenditureItem[],
    notes,
    codeNames,
  };
  // What the tables need is checked once every item is well-formed, so that its sums mean something.
  const { errors, warnings } = modelConditions(model);
  return errors.length > 0 ? { ok: false, problems: errors } : { ok: true, model, warnings };
}

function readYear(r: Reader, v: unknown): number | undefined {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100) return v;
  return r.fail("fiscalYear", `expected a year such as 2024, found ${describe(v)}`, `应为年份（如 2024），实为${describeZh(v)}`);
}

function readDisplayUnit(r: Reader, v: unknown): DisplayUnit {
  if (v === undefined) return "万元";
  if (typeof v === "string" && Object.prototype.hasOwnProperty.call(DISPLAY_UNITS, v)) return v as DisplayUnit;
  r.fail("displayUnit", `expected 万元 or 元, found ${describe(v)}`, `应为 万元 或 元，实为${describeZh(v)}`);
  return "万元";
}

function readCodeNames(r: Reader, v: unknown): CodeNames {
  const out: CodeNames = { function: {}, economic: {} };
  if (v === undefined) return out;
  const obj = r.record(v, "codeNames", ["function", "economic"]);
  if (!obj) return out;
  for (const kind of ["function", "economic"] as const) {
    if (obj[kind] === undefined) continue;
    const names = r.object(obj[kind], `codeNames.${kind}`);
    for (const [code, name] of Object.entries(names ?? {})) {
      const path = `codeNames.${kind}["${code}"]`;
      if (!/^\d{3}(\d{2}){0,2}$/.test(code)) r.fail(path, `"${code}" is not a 3-, 5- or 7-digit code`, `“${code}”不是 3、5 或 7 位编码`);
      else if (typeof name !== "string" || !name.trim()) r.fail(path, `expected a name, found ${describe(name)}`, `应为名称，实为${describeZh(name)}`);
      else out[kind][code] = name.trim();
    }
  }
  return out;
}

function readList<T>(
  r: Reader,
  v: unknown,
  path: string,
  readItem: (r: Reader, v: unknown, path: string) => T | undefined,
): Array<T | undefined> {
  const arr = r.array(v, path) ?? [];
  return arr.map((item, i) => readItem(r, item, `${path}[${i}]`));
}

/** Reports repeated ids and returns the set of ids seen. */
function uniqueIds(r: Reader, items: Array<{ id: string } | undefined>, path: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!item) return;
    if (seen.has(item.id)) r.fail(`${path}[${i}].id`, `duplicate id "${item.id}"`, `id “${item.id}”重复`);
    seen.add(item.id);
  });
  return seen;
}

function readUnit(r: Reader, v: unknown, path: string): BudgetUnit | undefined {
  const o = r.record(v, path, ["id", "name", "kind"]);
  if (!o) return undefined;
  const id = r.text(o, "id", path);
  const name = r.text(o, "name", path);
  const kind = r.oneOf(o, "kind", path, UNIT_KINDS);
  return id && name && kind ? { id, name: name.trim(), kind } : undefined;
}

function readProject(r: Reader, v: unknown, path: string, unitIds: Set<string>): Project | undefined {
  const o = r.record(v, path, ["id", "unit", "name", "performanceGoal"]);
  if (!o) return undefined;
  const id = r.text(o, "id", path);
  const unit = readReference(r, o, "unit", path, unitIds, UNIT);
  const name = r.text(o, "name", path);
  const goal = o.performanceGoal === undefined ? "" : o.performanceGoal;
  if (typeof goal !== "string") r.fail(`${path}.performanceGoal`, `expected a string, found ${describe(goal)}`, `应为文字，实为${describeZh(goal)}`);
  return id && unit && name && typeof goal === "string" ? { id, unit, name: name.trim(), performanceGoal: goal } : undefined;
}

const UNIT = { en: "unit", zh: "单位" };

function readReference(r: Reader, o: Json, key: string, path: string, ids: Set<string>, what: { en: string; zh: string }) {
  const v = r.text(o, key, path);
  if (v === undefined || ids.has(v)) return v;
  return r.fail(`${path}.${key}`, `"${v}" is not the id of a ${what.en}`, `“${v}”不是任何${what.zh}的 id`);
}

interface ItemContext {
  unitIds: Set<string>;
  projectUnits: Map<string, string>;
  codeNames: CodeNames;
}

/** A function 项 code, checked for shape and for names of itself and its 类 and 款. */
function readFunctionCode(r: Reader, o: Json, path: string, codeNames: CodeNames): string | undefined {
  const code = r.code(o, "function", path, FUNCTION_CODE, { en: "7-digit function code (支出功能分类 项)", zh: "7 位支出功能分类（项）编码" });
  return code && namedLineage(r, code, "function", `${path}.function`, codeNames);
}

function readEconomicCode(r: Reader, o: Json, path: string, codeNames: CodeNames): string | undefined {
  const code = r.code(o, "economic", path, ECONOMIC_CODE, { en: "5-digit economic code (经济分类 款)", zh: "5 位经济分类（款）编码" });
  return code && namedLineage(r, code, "economic", `${path}.economic`, codeNames);
}

const KIND_ZH = { function: "功能分类", economic: "经济分类" };

function namedLineage(
  r: Reader,
  code: string,
  kind: "function" | "economic",
  path: string,
  codeNames: CodeNames,
): string | undefined {
  const unnamed = codeLineage(code).filter((c) => codeName(kind, c, codeNames) === undefined);
  if (unnamed.length === 0) return code;
  return r.fail(path, `no name known for ${kind} code ${unnamed.join(", ")}: add it to codeNames.${kind}`, `${KIND_ZH[kind]}编码 ${unnamed.join("、")} 没有已知名称：请在 codeNames.${kind} 中补充`);
}

function readRevenue(r: Reader, v: unknown, path: string, ctx: ItemContext): RevenueItem | undefined {
  const o = r.record(v, path, ["unit", "source", "function", "amount"]);
  if (!o) return undefined;
  const unit = readReference(r, o, "unit", path, ctx.unitIds, UNIT);
  const source = r.oneOf(o, "source", path, REVENUE_SOURCES);
  const fn = readFunctionCode(r, o, path, ctx.codeNames);
  const amount = r.amount(o, path);
  if (!unit || !source || !fn || amount === undefined) return undefined;
  return { unit, source, function: fn, amount };
}

function readExpenditure(r: Reader, v: unknown, path: string, ctx: ItemContext): ExpenditureItem | undefined {
  const o = r.record(v, path, ["unit", "function", "economic", "kind", "fund", "project", "amount"]);
  if (!o) return undefined;
  const unit = readReference(r, o, "unit", path, ctx.unitIds, UNIT);
  const fn = readFunctionCode(r, o, path, ctx.codeNames);
  const economic = readEconomicCode(r, o, path, ctx.codeNames);
  const kind = r.oneOf(o, "kind", path, EXPENDITURE_KINDS);
  const fund = r.oneOf(o, "fund", path, FUNDS);
  const project = r.optionalText(o, "project", path);
  const amount = r.amount(o, path);
  if (kind && !checkProject(r, path, kind, project, unit, ctx.projectUnits)) return undefined;
  if (!unit || !fn || !economic || !kind || !fund || amount === undefined) return undefined;
  const item: ExpenditureItem = { unit, function: fn, economic, kind, fund, amount };
  if (project) item.project = project;
  return item;
}

/** 项目支出 must name a project of the same unit; other kinds must not name one. */
function checkProject(
  r: Reader,
  path: string,
  kind: string,
  project: string | undefined,
  unit: string | undefined,
  projectUnits: Map<string, string>,
): boolean {
  const at = `${path}.project`;
  if (kind !== "项目支出") return project === undefined || !r.fail(at, `only 项目支出 names a project, this is ${kind}`, `只有项目支出才指明项目，此项为${kind}`);
  if (project === undefined) return !r.fail(at, "项目支出 needs a project id", "项目支出须填写项目 id");
  const owner = projectUnits.get(project);
  if (owner === undefined) return !r.fail(at, `"${project}" is not the id of a project`, `“${project}”不是任何项目的 id`);
  if (unit !== undefined && owner !== unit) return !r.fail(at, `project "${project}" belongs to unit "${owner}", not "${unit}"`, `项目“${project}”属于单位“${owner}”，不属于“${unit}”`);
  return true;
}

function readNotes(r: Reader, v: unknown): Partial<Record<StandardTableId, string>> {
  const out: Partial<Record<StandardTableId, string>> = {};
  if (v === undefined) return out;
  const obj = r.object(v, "notes") ?? {};
  for (const [key, text] of Object.entries(obj)) {
    if (!(TABLE_IDS as readonly string[]).includes(key)) r.fail(`notes["${key}"]`, `"${key}" is not one of 表1 … 表12`, `“${key}”不是 表1 … 表12 之一`);
    else if (typeof text !== "string") r.fail(`notes["${key}"]`, `expected a string, found ${describe(text)}`, `应为文字，实为${describeZh(text)}`);
    else out[key as StandardTableId] = text;
  }
  return out;
}
