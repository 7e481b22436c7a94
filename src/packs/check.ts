/**
 * Checks a template pack before anything uses it and lists every problem with its JSON path
 * (tables[4].columns[2].sumOf[1], rules["T1.totals"].severity, identities[3].parts[0].row).
 * A pack with any problem is refused whole: generation, reading and validation trust a
 * checked pack.
 */
import { parseYuan } from "../model/money";
import type { Bilingual, InputProblem } from "../model/types";
import { IDENTITY_KEY_SETS, PACK_FORMAT, SEVERITY_LEVELS, TableDef, TemplatePack } from "../tables/types";
import { isGenericRule } from "../validation/rules";
import { WITHIN_TABLE_KINDS, WithinTableKind, withinTableKinds, withinTableRule } from "../validation/withinTable";
import { Checker, Json } from "./checker";
import { CheckedTable, checkTable } from "./checkTables";
import { parseJsonText } from "../model/jsonText";

export type PackResult = { ok: true; pack: TemplatePack } | { ok: false; problems: InputProblem[] };

/** The pack in a JSON text, checked. */
export function parsePack(text: string): PackResult {
  const read = parseJsonText(text, "(JSON)");
  return read.ok ? checkPack(read.value) : { ok: false, problems: [read.problem] };
}

export function checkPack(value: unknown): PackResult {
  const c = new Checker();
  const pack = c.object(value, "(pack)", ["packFormat", "id", "name", "version", "tables", "rules", "identities"], ["$schema", "departmentPattern"]);
  if (pack) {
    if (pack.packFormat !== undefined && pack.packFormat !== PACK_FORMAT) c.fail("packFormat", `${JSON.stringify(pack.packFormat)} is not a pack format this program reads (${PACK_FORMAT})`, `${JSON.stringify(pack.packFormat)} 不是本程序能读的模板包格式（${PACK_FORMAT}）`);
    ["id", "name", "version"].forEach((k) => c.text(pack[k], k));
    if (pack.departmentPattern !== undefined) checkPattern(c, pack.departmentPattern, "departmentPattern");
    const tables = c.array(pack.tables, "tables").flatMap((t, i) => checkTable(c, t, `tables[${i}]`) ?? []);
    const rawTables = c.array(pack.tables, "tables", false);
    c.unique(rawTables.map((t, i) => ({ value: (t as Json | null)?.id, path: `tables[${i}].id` })), { en: "id", zh: " id" });
    c.unique(rawTables.map((t, i) => ({ value: (t as Json | null)?.sheetName, path: `tables[${i}].sheetName` })), { en: "sheet name", zh: "工作表名" });
    const tablesSound = c.problems.length === 0;
    const identityRules = checkIdentities(c, pack.identities, new Map(tables.map((t) => [t.id, t])));
    // Which table rules a definition needs can be told only from sound definitions; any table rule id is known.
    const tableRules = tablesSound ? (pack.tables as TableDef[]).flatMap((t) => withinTableKinds(t).map((k) => ({ id: withinTableRule(t.id, k), why: { en: `${t.id}'s ${k}`, zh: `${t.id} 的${KIND_ZH[k]}` } }))) : [];
    const known = tables.flatMap((t) => WITHIN_TABLE_KINDS.map((k) => withinTableRule(t.id, k)));
    checkRules(c, pack.rules, [...tableRules, ...identityRules], new Set([...known, ...identityRules.map((r) => r.id)]));
  }
  return c.problems.length > 0 ? { ok: false, problems: c.problems } : { ok: true, pack: value as TemplatePack };
}

function checkPattern(c: Checker, value: unknown, path: string): void {
  const text = c.text(value, path);
  if (text === undefined) return;
  try {
    new RegExp(text, "u");
  } catch (e) {
    c.fail(path, `is not a regular expression: ${(e as Error).message}`, "不是有效的正则表达式");
  }
}

interface NeededRule {
  id: string;
  why: Bilingual;
}

const KIND_ZH: Record<WithinTableKind, string> = { hierarchy: "层级合计", totals: "合计行", columns: "合计列" };

function checkIdentities(c: Checker, v: unknown, tables: Map<string, CheckedTable>): NeededRule[] {
  return c.array(v, "identities", false).flatMap((item, i) => {
    const at = `identities[${i}]`;
    const identity = c.object(item, at, ["rule", "total", "parts"], ["over", "atMost"]);
    if (!identity) return [];
    if (identity.atMost !== undefined && identity.atMost !== true) c.fail(`${at}.atMost`, "is true (total ≤ Σ parts) or left out", "应为 true（合计 ≤ Σ 各项）或省略");
    const over = c.oneOf(identity.over, `${at}.over`, IDENTITY_KEY_SETS);
    checkRef(c, identity.total, `${at}.total`, tables, !!over);
    c.array(identity.parts, `${at}.parts`).forEach((p, j) => checkRef(c, p, `${at}.parts[${j}]`, tables, !!over));
    const rule = c.text(identity.rule, `${at}.rule`);
    return rule ? [{ id: rule, why: { en: at, zh: at } }] : [];
  });
}

function checkRef(c: Checker, v: unknown, at: string, tables: Map<string, CheckedTable>, over: boolean): void {
  const ref = c.object(v, at, ["table", "row", "column"], ["negate"]);
  if (!ref) return;
  if (ref.negate !== undefined && ref.negate !== true) c.fail(`${at}.negate`, "is true (the figure is subtracted) or left out", "应为 true（减去该数）或省略");
  const table = typeof ref.table === "string" ? tables.get(ref.table) : undefined;
  if (!table) return void c.fail(`${at}.table`, `${JSON.stringify(ref.table)} is not a table of this pack (${[...tables.keys()].join(", ")})`, `${JSON.stringify(ref.table)} 不是本模板包的表（${[...tables.keys()].join("、")}）`);
  if (typeof ref.column !== "string" || !table.amountColumns.has(ref.column)) c.fail(`${at}.column`, `${JSON.stringify(ref.column)} is not an amount column of ${table.id} (${[...table.amountColumns].join(", ")})`, `${JSON.stringify(ref.column)} 不是 ${table.id} 的金额列（${[...table.amountColumns].join("、")}）`);
  const row = typeof ref.row === "string" ? ref.row : "";
  if (row.includes("{c}") && !over) c.fail(`${at}.row`, `"{c}" stands for each 类 of an identity's "over", which this identity lacks`, `"{c}" 代表恒等式 "over" 中的每个类，此恒等式没有 "over"`);
  else if (!table.hasRow(row)) c.fail(`${at}.row`, `${JSON.stringify(ref.row)} is not a row of ${table.id} (rows: ${table.rowsHint})`, `${JSON.stringify(ref.row)} 不是 ${table.id} 的行（行：${table.rowsHint}）`);
}

/** Read through its decimal text (as model amounts are), so 0.29 is 29 分 and not 28.999… 分. */
const isTolerance = (n: number) => {
  const r = parseYuan(n);
  return r.ok && r.fen >= 0;
};

function checkRules(c: Checker, v: unknown, needed: NeededRule[], own: Set<string>): void {
  const rules = c.map(v, "rules");
  if (!rules) return;
  for (const [id, setting] of Object.entries(rules)) {
    const at = `rules[${JSON.stringify(id)}]`;
    const generic = isGenericRule(id);
    if (!generic && !own.has(id)) c.fail(at, "not a generic rule, nor the rule of a table or identity of this pack", "既不是通用规则，也不是本模板包某表或某恒等式的规则");
    const s = c.object(setting, at, ["severity"], ["zh", "en", "tolerance"]);
    if (!s) continue;
    c.oneOf(s.severity, `${at}.severity`, SEVERITY_LEVELS);
    c.text(s.zh, `${at}.zh`);
    c.text(s.en, `${at}.en`);
    if (!generic && (s.zh === undefined || s.en === undefined)) c.fail(at, "a pack's own rule needs its description, zh and en", "模板包自有的规则须有中英文说明（zh 和 en）");
    if (s.tolerance !== undefined && generic) c.fail(`${at}.tolerance`, "only identity rules compare amounts", "只有恒等式规则比较金额");
    c.number(s.tolerance, `${at}.tolerance`, isTolerance, { en: "a non-negative amount in 元 with at most 2 decimals", zh: "以元计、不超过 2 位小数的非负金额" });
  }
  const missing = new Map<string, Bilingual>();
  for (const n of needed) if (!rules[n.id] && !missing.has(n.id)) missing.set(n.id, n.why);
  missing.forEach((why, id) => c.fail("rules", `${JSON.stringify(id)} is missing (${why.en} needs it)`, `缺少 ${JSON.stringify(id)}（${why.zh} 需要它）`));
}
