/**
 * What a model must satisfy for the tables generated from it to agree with their own identities
 * (docs/model.md, "What the tables need"). The tables add up line items exactly, so within a
 * table they always foot; what can fail is an identity between two figures that add up different
 * items: 收入总计 (revenues) against 支出总计 (expenditures), 表4's 财政拨款 against 表5/表9/表10,
 * which show 基本支出 and 项目支出 only, and the paired classifications. Each condition is an error
 * when a built-in pack's tables would break an error-level identity for every model that fails
 * it, and a warning when only a warning-level identity breaks, or one pack only (the loader does
 * not know which pack the tables will be made with).
 */
import { FUNCTION_CLASSES } from "../catalog/functionClasses";
import { formatCents } from "../validation/amountText";
import type { Fen } from "./money";
import { APPROPRIATION_FUNDS, BudgetModel, ExpenditureItem, ExpenditureKind, Fund, InputProblem, REVENUE_SOURCES, RevenueSource } from "./types";

/** A condition one pack's tables need: the tables will show the findings of `rules` under `pack`. */
export interface ModelWarning extends InputProblem {
  pack: string;
  rules: string[];
}

export interface ModelConditions {
  errors: InputProblem[];
  warnings: ModelWarning[];
}

const GUANGZHOU = "guangzhou-department-12";
const SHANGHAI = "shanghai-unit-9";
const JIANGSU = "jiangsu-department-11";
const IN_BUDGET: readonly ExpenditureKind[] = ["基本支出", "项目支出"];
/** The 25 function 类 表1 lists; 表4 lists the first 24 (转移性支出 is not 财政拨款). */
const TABLE1_CLASSES = new Set(FUNCTION_CLASSES.map((c) => c.code));
const TABLE4_CLASSES = new Set(FUNCTION_CLASSES.slice(0, 24).map((c) => c.code));
/** Revenue sources Shanghai's 表1 shows (财政拨款, 事业收入, 事业单位经营收入, 其他收入). */
const SHANGHAI_SOURCES: readonly RevenueSource[] = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "事业收入", "经营收入", "其他收入"];
/** Function 项 and economic 款 the tables pair, and the packs that check each pair. */
const PAIRS: Array<{ fn: string; economic: string; packs: string[] }> = [
  { fn: "2080505", economic: "30108", packs: [GUANGZHOU, SHANGHAI] },
  { fn: "2080506", economic: "30109", packs: [GUANGZHOU, SHANGHAI] },
  { fn: "2210201", economic: "30113", packs: [GUANGZHOU, SHANGHAI] },
  { fn: "2080801", economic: "30304", packs: [GUANGZHOU] },
];

const yuan = (fen: Fen) => `${formatCents(fen)} 元`;
const gap = (a: Fen, b: Fen) => `相差 ${yuan(Math.abs(a - b))}`;
const gapEn = (a: Fen, b: Fen) => `${yuan(Math.abs(a - b))} apart`;
const isAppropriation = (f: Fund) => APPROPRIATION_FUNDS.includes(f);
const sum = <T>(items: readonly T[], amount: (item: T) => Fen) => items.reduce((s, item) => s + amount(item), 0);

/** Checks a model whose items are all well-formed. */
export function modelConditions(model: BudgetModel): ModelConditions {
  const errors = [...itemErrors(model.expenditures), ...balanceErrors(model)];
  const warnings = [...shanghaiWarnings(model), ...jiangsuWarnings(model.expenditures), ...pairWarnings(model.expenditures)];
  return { errors, warnings };
}

/** Items no table can place consistently. */
function itemErrors(expenditures: readonly ExpenditureItem[]): InputProblem[] {
  const out: InputProblem[] = [];
  expenditures.forEach((e, i) => {
    const at = `expenditures[${i}]`;
    const cls = e.function.slice(0, 3);
    if (!TABLE1_CLASSES.has(cls)) {
      out.push({
        path: `${at}.function`,
        zh: `功能分类类 ${cls} 不在表1所列25个类之中，其支出不会计入表1本年支出合计（表1 收入总计 = 支出总计 将不成立）`,
        message: `function class ${cls} is not one of the 25 classes 表1 lists: its spending would not count in 表1's total (表1 收入总计 = 支出总计 would fail)`,
      });
    } else if (isAppropriation(e.fund) && !TABLE4_CLASSES.has(cls)) {
      out.push({
        path: `${at}.function`,
        zh: `财政拨款（${e.fund}）不能列在 ${cls} 转移性支出：表4 不列该类（表4 收入总计 = 支出总计 将不成立）`,
        message: `财政拨款 (${e.fund}) cannot be spent under ${cls} 转移性支出: 表4 does not list that class (表4 收入总计 = 支出总计 would fail)`,
      });
    }
    if (isAppropriation(e.fund) && !IN_BUDGET.includes(e.kind)) {
      out.push({
        path: `${at}.kind`,
        zh: `财政拨款（${e.fund}）只能安排基本支出和项目支出，此项为${e.kind}：表5/表9/表10、表6/表7 无此列，与表4、表8 不符`,
        message: `财政拨款 (${e.fund}) pays only 基本支出 and 项目支出, this is ${e.kind}: 表5/表9/表10 and 表6/表7 have no such column, so they would disagree with 表4 and 表8`,
      });
    }
  });
  return out;
}

/** 收支平衡: in total (表1) and per 财政拨款 fund (表4 against 表5, 表9, 表10). */
function balanceErrors(model: BudgetModel): InputProblem[] {
  const out: InputProblem[] = [];
  const revenue = sum(model.revenues, (r) => r.amount);
  const expenditure = sum(model.expenditures, (e) => e.amount);
  if (revenue !== expenditure) {
    out.push({
      path: "$",
      zh: `收入合计 ${yuan(revenue)}，支出合计 ${yuan(expenditure)}，${gap(revenue, expenditure)}：表1 收入总计 = 支出总计 要求收支平衡`,
      message: `revenues total ${yuan(revenue)}, expenditures ${yuan(expenditure)}, ${gapEn(revenue, expenditure)}: 表1 收入总计 = 支出总计 needs them to balance`,
    });
  }
  for (const fund of APPROPRIATION_FUNDS) {
    const r = sum(model.revenues, (x) => (x.source === fund ? x.amount : 0));
    const e = sum(model.expenditures, (x) => (x.fund === fund ? x.amount : 0));
    if (r !== e) {
      out.push({
        path: "$",
        zh: `${fund} 收入 ${yuan(r)}，支出 ${yuan(e)}，${gap(r, e)}：表4 每项财政拨款的收入须等于其支出`,
        message: `${fund}: revenues ${yuan(r)}, expenditures ${yuan(e)}, ${gapEn(r, e)}: in 表4 each 财政拨款 fund's revenues must equal its expenditures`,
      });
    }
  }
  return out;
}

/**
 * What Shanghai's nine tables need beyond the above: its 表1 shows less than the model holds.
 * (表9 机关运行经费 is checked only as not exceeding 表8 公用经费, so 事业 units need nothing.)
 */
function shanghaiWarnings(model: BudgetModel): ModelWarning[] {
  const out: ModelWarning[] = [];
  const shown = sum(model.revenues, (r) => (SHANGHAI_SOURCES.includes(r.source) ? r.amount : 0));
  const inBudget = sum(model.expenditures, (e) => (IN_BUDGET.includes(e.kind) ? e.amount : 0));
  if (shown !== inBudget) {
    const hidden = REVENUE_SOURCES.filter((s) => !SHANGHAI_SOURCES.includes(s)).join("、");
    out.push({
      path: "$",
      pack: SHANGHAI,
      rules: ["T1.balance"],
      zh: `按上海格式生成时，表1 收入总计（财政拨款、事业收入、经营收入、其他收入）${yuan(shown)}，支出总计（基本支出、项目支出）${yuan(inBudget)}，${gap(shown, inBudget)}：上海格式不列示${hidden}及其他支出类型`,
      message: `in the Shanghai layout, 表1 收入总计 (财政拨款, 事业收入, 经营收入, 其他收入) is ${yuan(shown)} and 支出总计 (基本支出, 项目支出) ${yuan(inBudget)}, ${gapEn(shown, inBudget)}: the Shanghai layout does not show ${hidden.replace(/、/g, ", ")} nor other kinds of spending`,
    });
  }
  return out;
}

/** Kinds of spending Jiangsu's 公开表一 and 公开表三 show (支出用途 and 结转下年资金). */
const JIANGSU_KINDS: readonly ExpenditureKind[] = [...IN_BUDGET, "结转下年"];

/**
 * Jiangsu's 支出用途 are 基本支出, 项目支出 and 单位预留机动经费: 事业单位经营支出, 对附属单位补助支出
 * and 上缴上级支出 have no row in 公开表一 nor column in 公开表三, so their revenues are left
 * without the spending that balances them.
 */
function jiangsuWarnings(expenditures: readonly ExpenditureItem[]): ModelWarning[] {
  const hidden = expenditures.filter((e) => !JIANGSU_KINDS.includes(e.kind));
  if (hidden.length === 0) return [];
  const amount = sum(hidden, (e) => e.amount);
  const kinds = [...new Set(hidden.map((e) => e.kind))];
  return [
    {
      path: "$",
      pack: JIANGSU,
      rules: ["T1.balance"],
      zh: `按江苏格式生成时，公开表一、公开表三只列基本支出、项目支出、单位预留机动经费和结转下年资金，不列${kinds.join("、")}（${hidden.length} 项，${yuan(amount)}）：公开表一 支出合计将比收入合计少 ${yuan(amount)}`,
      message: `in the Jiangsu layout, 公开表一 and 公开表三 show only 基本支出, 项目支出, 单位预留机动经费 and 结转下年资金, not ${kinds.join(", ")} (${hidden.length} item(s), ${yuan(amount)}): 公开表一's 支出合计 will fall ${yuan(amount)} short of its 收入合计`,
    },
  ];
}

/** Paired classifications: 一般公共预算 spent under the function 项 must equal that spent on the economic 款. */
function pairWarnings(expenditures: readonly ExpenditureItem[]): ModelWarning[] {
  const general = expenditures.filter((e) => e.fund === "一般公共预算" && IN_BUDGET.includes(e.kind));
  const basic = general.filter((e) => e.kind === "基本支出");
  const out: ModelWarning[] = [];
  for (const { fn, economic, packs } of PAIRS) {
    const rule = `X.pair.${fn}-${economic}`;
    for (const pack of packs) {
      // Guangzhou pairs 表5 小计 with 表6 + 表7; Shanghai 表5 基本支出 with 表8.
      const items = pack === GUANGZHOU ? general : basic;
      const byFunction = sum(items, (e) => (e.function === fn ? e.amount : 0));
      const byEconomic = sum(items, (e) => (e.economic === economic ? e.amount : 0));
      if (byFunction === byEconomic) continue;
      const what = pack === GUANGZHOU ? "一般公共预算" : "一般公共预算基本支出";
      const where = pack === GUANGZHOU ? "" : "按上海格式生成时，";
      out.push({
        path: "$",
        pack,
        rules: [rule],
        zh: `${where}${what}中功能科目 ${fn} ${yuan(byFunction)}，经济科目 ${economic} ${yuan(byEconomic)}，${gap(byFunction, byEconomic)}（两者通常相等）`,
        message: `${pack === GUANGZHOU ? "" : "in the Shanghai layout, "}${what}: function ${fn} ${yuan(byFunction)}, economic ${economic} ${yuan(byEconomic)}, ${gapEn(byFunction, byEconomic)} (the two are usually equal)`,
      });
    }
  }
  return out;
}
