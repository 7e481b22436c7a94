/**
 * Identifies a body row: its key (compatible with the generator's FigureRow keys), code, name,
 * level and parent, from a code column, a [code]name label, a code written as a number, a
 * fixed label, or full-width indentation.
 */
import { ECONOMIC_NAMES } from "../catalog/economic";
import { FUNCTION_CLASSES } from "../catalog/functionClasses";
import { functionClassByName } from "../catalog/nameStatus";
import type { FixedRowDef, RowsDef } from "../tables/types";
import { displayText, fundItemCore, indentLevel, labelCore, normalizeLabel } from "./normalize";
import { madeOnce } from "./madeOnce";
import type { CellValue } from "./sheetCells";

export const TOTAL_KEY = "合计";
const TOTAL_LABELS = new Set(["合计", "总计"]);
/** 合计, 总计, or 总计： as some regions print it. */
export const isTotalLabel = (core: string) => TOTAL_LABELS.has(core.replace(/:$/, ""));
const LABELLED_CODE = /^\[(\d+)\](.*)$|^(\d{3,})(.*)$/;
/** Function codes 类/款/项; economic codes 类/款, and a 款 subdivided locally (重庆: 3010201 规范性津补贴 under 30102 津贴补贴). */
const CODE_SHAPE = { function: /^\d{3}(\d{2}){0,2}$/, economic: /^\d{3}(\d{2}){0,2}$/ };

export type RowIdentity =
  | { ok: true; key: string; name: string; code?: string; level: number; parent?: string; total: boolean }
  | { ok: false; problem: "malformedCode" | "unknown" | "orphan"; text: string };

/** Codes like 201 or 2010301 may be stored as numbers; anything else is read as text. */
function codeText(value: CellValue): string {
  return typeof value === "number" ? String(value) : normalizeLabel(value).replace(/^\[(.*)\]$/, "$1");
}

export function identifyCodeRow(dimension: "function" | "economic", codeCell: CellValue, labelCell: CellValue): RowIdentity {
  const label = displayText(labelCell);
  const codeValue = codeText(codeCell);
  if (isTotalLabel(codeValue) || isTotalLabel(labelCore(labelCell))) return { ok: true, key: TOTAL_KEY, name: TOTAL_KEY, level: 0, total: true };
  let code = codeValue;
  let name = label;
  if (!code) {
    const m = LABELLED_CODE.exec(normalizeLabel(labelCell));
    if (!m) return { ok: false, problem: "unknown", text: label };
    code = m[1] ?? m[3];
    name = displayText(label.replace(/^[\s\u3000]*[[【［]?\s*\d+\s*[\]】］]?/, ""));
  }
  if (!CODE_SHAPE[dimension].test(code)) return { ok: false, problem: "malformedCode", text: code };
  const level = (code.length - 3) / 2;
  const prefix = dimension === "function" ? "f:" : "e:";
  return { ok: true, key: prefix + code, code, name, level, total: false, parent: level === 0 ? TOTAL_KEY : prefix + code.slice(0, -2) };
}

/** The economic codes of each name (a 款's name may recur under other 类). */
const ECONOMIC_CODES_BY_NAME = new Map<string, string[]>();
for (const [code, name] of Object.entries(ECONOMIC_NAMES)) ECONOMIC_CODES_BY_NAME.set(labelCore(name), [...(ECONOMIC_CODES_BY_NAME.get(labelCore(name)) ?? []), code]);

/**
 * The economic code a name printed without it stands for (深圳's 基本支出总表): a 类 by its name, a 款
 * by its name under the 类 above it (`within`).
 */
export function economicCodeByName(labelCell: CellValue, within: string | undefined): string | undefined {
  const codes = ECONOMIC_CODES_BY_NAME.get(labelCore(labelCell)) ?? [];
  return codes.find((c) => c.length === 5 && within !== undefined && c.startsWith(within)) ?? economicClassByName(labelCore(labelCell));
}

/** The economic 类 of a name (类 names are unique). */
const economicClassByName = (core: string) => ECONOMIC_CODES_BY_NAME.get(core)?.find((c) => c.length === 3);

/** Tracks the current unit while reading 表11/表12 from top to bottom. */
export class UnitRowReader {
  private unit: string | undefined;
  /** Whether the first row is to come: the total, when it names the department (totalLabel). */
  private first: boolean;

  constructor(
    private readonly children: "economicClass" | "project",
    private readonly namesDepartment = false,
  ) {
    this.first = namesDepartment;
  }

  identify(labelCell: CellValue): RowIdentity {
    const raw = labelCell === null ? "" : String(labelCell);
    const name = displayText(labelCell);
    const core = labelCore(labelCell);
    const departmentTotal = this.first;
    this.first = false;
    if (isTotalLabel(core) || departmentTotal) return { ok: true, key: TOTAL_KEY, name: TOTAL_KEY, level: 0, total: true };
    const classCode = this.children === "economicClass" ? economicClassOf(core) : undefined;
    const isChild = indentLevel(raw) > 0 || classCode !== undefined;
    if (!isChild) {
      this.unit = `u:${core}`;
      return { ok: true, key: this.unit, name, level: 0, total: false, parent: TOTAL_KEY };
    }
    // Under a total that names the department, before any unit's row: the children of its one unit.
    const parent = this.unit ?? (this.namesDepartment ? TOTAL_KEY : undefined);
    if (!parent) return { ok: false, problem: "orphan", text: name };
    const prefix = this.unit ? `${this.unit}/` : "";
    if (this.children === "project") return { ok: true, key: `${prefix}p:${core}`, name, level: 1, total: false, parent };
    if (!classCode) return { ok: false, problem: "unknown", text: name };
    return { ok: true, key: `${prefix}e:${classCode}`, name: name.replace(/^\[\d+\]/, ""), code: classCode, level: 1, total: false, parent };
  }
}

function economicClassOf(core: string): string | undefined {
  const m = /^\[(\d{3})\](.*)$/.exec(core);
  return m ? m[1] : economicClassByName(core);
}

export interface FixedRowKey {
  key: string;
  code?: string;
  total: boolean;
}

/** Finds the fixed row a label names: by its words, else by the words every layout shares (一般公共预算资金 = 一般公共预算). */
export type FixedRowLookup = (label: CellValue) => FixedRowKey | undefined;

/** Label → row key for a fixed list (表8) or one side of a two-sided table (表1, 表4); made once per list (a header's end is found by trying rows against it). */
export const fixedRowKeys = madeOnce(makeFixedRowKeys);

function makeFixedRowKeys(defs: readonly FixedRowDef[]): FixedRowLookup {
  const keys = new Map<string, FixedRowKey>();
  for (const d of defs) {
    if (d.functionClasses) {
      for (const c of FUNCTION_CLASSES.slice(0, d.functionClasses.count)) keys.set(labelCore(c.name), { key: `${d.key}:${c.code}`, code: c.code, total: false });
    } else keys.set(labelCore(d.label), { key: d.key, total: !!d.total });
  }
  const loose = uniqueBy(keys, fundItemCore);
  const classRows = defs.find((d) => d.functionClasses);
  const lookup = (core: string) => keys.get(core) ?? loose.get(fundItemCore(core)) ?? (classRows ? formerClassName(classRows, core) : undefined);
  return (label) => {
    const core = labelCore(label);
    // A group's name beside its 小计 (江苏 收入预算总表: 一般公共预算资金 | 小计) names the group's row.
    return lookup(core) ?? (GROUP_TOTAL.test(core) ? lookup(core.replace(GROUP_TOTAL, "")) : undefined);
  };
}

const GROUP_TOTAL = /(?<=.)小计$/;

/** A function 类 printed under a former name (医疗卫生与计划生育支出 for 210): the row of its code; the name is checked later. */
function formerClassName(def: FixedRowDef, core: string): FixedRowKey | undefined {
  const code = functionClassByName(core);
  const listed = code && FUNCTION_CLASSES.slice(0, def.functionClasses!.count).some((c) => c.code === code);
  return listed ? { key: `${def.key}:${code}`, code, total: false } : undefined;
}

/** The entries re-keyed by `f`, leaving out keys that two entries share (they would be guesses). */
function uniqueBy<T>(entries: Map<string, T>, f: (key: string) => string): Map<string, T> {
  const out = new Map<string, T>();
  const shared = new Set<string>();
  for (const [key, value] of entries) {
    const k = f(key);
    if (out.has(k)) shared.add(k);
    else out.set(k, value);
  }
  shared.forEach((k) => out.delete(k));
  return out;
}

function makeFixedSides(rows: RowsDef): FixedRowDef[][] {
  if (rows.type === "fixed") return [rows.rows];
  if (rows.type === "twoSided") return [rows.sections.flatMap((s) => s.left), rows.sections.flatMap((s) => s.right)];
  return [];
}

/** The fixed rows of each side of a table: one list for 表8, left and right for 表1/表4; the same lists each time, so that their lookups are made once. */
export const fixedSides = madeOnce(makeFixedSides);
