/**
 * Deterministic synthetic budget models of any size, shaped like a real department's: up to 200
 * units, each spending under a few function 项 and a few dozen economic 款 of its own; one
 * project per ~200 line items, each under one or two 项 and a few 款; real codes; revenues
 * that balance the expenditures. Line items thus repeat combinations, as real ledgers do
 * (salary lines per person, contract lines per vendor). Used by benchmarks and scale tests.
 * The model satisfies what the tables need (docs/model.md), so its tables validate clean.
 */
import { ECONOMIC_NAMES } from "../src/catalog/economic";
import type { Fen } from "../src/model/money";
import { APPROPRIATION_FUNDS, BudgetModel, ExpenditureItem, ExpenditureKind, Fund, RevenueItem, RevenueSource } from "../src/model/types";

const FUNCTION_NAMES: Record<string, string> = {
  "20101": "人大事务",
  "2010101": "行政运行",
  "2010102": "一般行政管理事务",
  "20103": "政府办公厅（室）及相关机构事务",
  "2010301": "行政运行",
  "2010302": "一般行政管理事务",
  "2010350": "事业运行",
  "2010399": "其他政府办公厅（室）及相关机构事务支出",
  "20106": "财政事务",
  "2010601": "行政运行",
  "2010650": "事业运行",
  "20502": "普通教育",
  "2050201": "学前教育",
  "2050202": "小学教育",
  "2050203": "初中教育",
  "20605": "科技条件与服务",
  "2060503": "科技条件专项",
  "20805": "行政事业单位养老支出",
  "2080501": "行政单位离退休",
  "2080502": "事业单位离退休",
  "2080505": "机关事业单位基本养老保险缴费支出",
  "2080506": "机关事业单位职业年金缴费支出",
  "20808": "抚恤",
  "2080801": "死亡抚恤",
  "21011": "行政事业单位医疗",
  "2101101": "行政单位医疗",
  "2101102": "事业单位医疗",
  "21201": "城乡社区管理事务",
  "2120101": "行政运行",
  "2120104": "城管执法",
  "22102": "住房改革支出",
  "2210201": "住房公积金",
  "2210203": "购房补贴",
};
const FUNCTIONS = Object.keys(FUNCTION_NAMES).filter((c) => c.length === 7);
const ECONOMICS = Object.keys(ECONOMIC_NAMES).filter((c) => c.length === 5);

/** Small, fast, seedable PRNG (mulberry32), so every run builds the same model. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: Array<[ExpenditureKind, number]> = [
  ["基本支出", 0.68],
  ["项目支出", 0.28],
  ["事业单位经营支出", 0.02],
  ["对附属单位补助支出", 0.01],
  ["结转下年", 0.01],
];
const FUNDS: Array<[Fund, number]> = [
  ["一般公共预算", 0.85],
  ["政府性基金预算", 0.06],
  ["国有资本经营预算", 0.02],
  ["财政专户拨款", 0.03],
  ["其他资金", 0.04],
];
/** What 财政拨款 may pay (the others have no column in 表5/表9/表10) and what else pays the rest. */
const IN_BUDGET: ExpenditureKind[] = ["基本支出", "项目支出"];
const OTHER_FUNDS: Fund[] = ["财政专户拨款", "其他资金"];
/** Function 项 and economic 款 the tables pair (2080505 = 30108 …): 一般公共预算 keeps them paired. */
const PAIRS: Record<string, string> = { "2080505": "30108", "2080506": "30109", "2210201": "30113", "2080801": "30304" };
const PAIRED_FUNCTION = Object.fromEntries(Object.entries(PAIRS).map(([fn, economic]) => [economic, fn]));

/**
 * The revenue source that finances an expenditure, so that a model balances per fund: 财政拨款
 * its own; 基本/项目支出 of other funds 事业收入 (a source every pack's 表1 shows); the other
 * kinds sources only the packs that show those kinds show (Shanghai shows neither).
 */
export function sourceOf(e: ExpenditureItem): RevenueSource {
  if (APPROPRIATION_FUNDS.includes(e.fund)) return e.fund as RevenueSource;
  if (IN_BUDGET.includes(e.kind)) return "事业收入";
  return e.fund === "财政专户拨款" ? "其他专户收入拨款" : "上级补助收入";
}

function weighted<T>(rand: () => number, choices: Array<[T, number]>): T {
  let x = rand();
  for (const [value, weight] of choices) if ((x -= weight) < 0) return value;
  return choices[choices.length - 1][0];
}

/** A few distinct elements of a list, at random. */
function sample<T>(rand: () => number, list: T[], min: number, max: number): T[] {
  const count = min + Math.floor(rand() * (max - min + 1));
  return Array.from({ length: count }, () => list[Math.floor(rand() * list.length)]);
}

/** A balanced model with `lineItems` expenditure items (plus the revenues that finance them). */
export function syntheticModel(lineItems: number, seed = 1): BudgetModel {
  const rand = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const unitCount = Math.min(200, Math.max(2, Math.round(lineItems / 5000)));
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `u${i}`,
    name: `${i === 0 ? "示例局本级" : `示例局下属单位${i}`}`,
    kind: i === 0 ? ("行政" as const) : i % 5 === 0 ? ("参公" as const) : ("事业" as const),
    functions: sample(rand, FUNCTIONS, 2, 8),
    economics: sample(rand, ECONOMICS, 10, 40),
  }));
  const projects = Array.from({ length: Math.max(1, Math.round(lineItems / 200)) }, (_, i) => ({
    id: `p${i}`,
    unit: units[i % unitCount],
    name: `示例项目${i}`,
    performanceGoal: `完成示例项目${i}的年度目标。`,
    functions: sample(rand, FUNCTIONS, 1, 2),
    economics: sample(rand, ECONOMICS, 2, 5),
  }));
  const expenditures: ExpenditureItem[] = [];
  for (let i = 0; i < lineItems; i++) {
    const kind = weighted(rand, KINDS);
    const project = kind === "项目支出" ? pick(projects) : undefined;
    const spender = project ?? pick(units);
    const unit = project ? project.unit.id : (spender as (typeof units)[number]).id;
    const amount: Fen = Math.floor(rand() * 5_000_000) + 1;
    const item: ExpenditureItem = { unit, function: pick(spender.functions), economic: pick(spender.economics), kind, fund: weighted(rand, FUNDS), amount };
    // Chosen without drawing, so that every other item stays as it was.
    if (!IN_BUDGET.includes(kind) && APPROPRIATION_FUNDS.includes(item.fund)) item.fund = OTHER_FUNDS[amount % 2];
    if (item.fund === "一般公共预算") keepPaired(item);
    if (project) item.project = project.id;
    expenditures.push(item);
  }
  return {
    department: "示例局",
    fiscalYear: 2025,
    displayUnit: "万元",
    units: units.map(({ id, name, kind }) => ({ id, name, kind })),
    projects: projects.map(({ id, unit, name, performanceGoal }) => ({ id, unit: unit.id, name, performanceGoal })),
    revenues: balancingRevenues(expenditures),
    expenditures,
    notes: {},
    codeNames: { function: { ...FUNCTION_NAMES }, economic: {} },
  };
}

/** A paired function 项 takes its economic 款, and a paired 款 its 项. */
function keepPaired(item: ExpenditureItem): void {
  if (PAIRS[item.function]) item.economic = PAIRS[item.function];
  else if (PAIRED_FUNCTION[item.economic]) item.function = PAIRED_FUNCTION[item.economic];
}

/** One revenue item per unit, function and source, equal to the expenditures it finances. */
function balancingRevenues(expenditures: ExpenditureItem[]): RevenueItem[] {
  const sums = new Map<string, RevenueItem>();
  for (const e of expenditures) {
    const source = sourceOf(e);
    const key = `${e.unit}|${e.function}|${source}`;
    const r = sums.get(key);
    if (r) r.amount += e.amount;
    else sums.set(key, { unit: e.unit, source, function: e.function, amount: e.amount });
  }
  return [...sums.values()];
}
