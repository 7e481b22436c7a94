/**
 * The Shanghai pack's rules: each table's own identities (read off its definition) and the
 * identities the nine tables state between them, declared as data.
 */
import { APPROPRIATION_FUNDS } from "../model/types";
import { at, rule } from "../tables/declare";
import type { IdentityDef, RuleSetting } from "../tables/types";

const CODE_ROWS = ["上级行等于其下级行之和（合计=Σ类，类=Σ款，款=Σ项）", "each parent row equals the sum of its children (合计 = Σ类, 类 = Σ款, 款 = Σ项)"] as const;
const FUND_COLUMNS = ["合计 = 基本支出 + 项目支出", "合计 = 基本支出 + 项目支出"] as const;
const within = (t: string, zh: string, en: string) => rule("error", `${t}：${zh}`, `${t}: ${en}`);

const RULES: Record<string, RuleSetting> = {
  // Within tables
  "T1.totals": within("表1", "一、财政拨款收入 = 1+2+3；收入总计 = 一至四之和；支出总计 = Σ各功能类", "一、财政拨款收入 = 1 + 2 + 3; 收入总计 = 一 … 四; 支出总计 = Σ function 类"),
  "T1.columns": within("表1", "支出合计 = 人员经费 + 公用经费 + 项目支出", "合计 = 人员经费 + 公用经费 + 项目支出"),
  "T1.balance": within("表1", "收入总计 = 支出总计", "收入总计 = 支出总计"),
  "T2.hierarchy": within("表2", ...CODE_ROWS),
  "T2.columns": within("表2", "合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入", "合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入"),
  "T3.hierarchy": within("表3", ...CODE_ROWS),
  "T3.columns": within("表3", ...FUND_COLUMNS),
  "T4.totals": within("表4", "收入总计 = 三项财政拨款之和；支出总计 = Σ各功能类", "收入总计 = the three funds; 支出总计 = Σ function 类"),
  "T4.columns": within("表4", "合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算", "合计 = the sum of the three funds"),
  "T4.balance": within("表4", "收入总计 = 支出总计", "收入总计 = 支出总计"),
  "T5.hierarchy": within("表5", ...CODE_ROWS),
  "T5.columns": within("表5", ...FUND_COLUMNS),
  "T6.hierarchy": within("表6", ...CODE_ROWS),
  "T6.columns": within("表6", ...FUND_COLUMNS),
  "T7.hierarchy": within("表7", ...CODE_ROWS),
  "T7.columns": within("表7", ...FUND_COLUMNS),
  "T8.hierarchy": within("表8", "合计 = Σ类，类 = Σ款", "合计 = Σ类, each 类 = Σ its 款"),
  "T8.columns": within("表8", "合计 = 人员经费 + 公用经费", "合计 = 人员经费 + 公用经费"),
  "T9.columns": within("表9", "“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；小计 = 购置费 + 运行费", "“三公”经费 合计 = abroad + reception + vehicles; 小计 = 购置费 + 运行费"),

  // Across tables
  "X.T1-T2.income": rule("error", "表1 收入总计 = 表2 合计", "表1 收入总计 = 表2 合计"),
  "X.T1-T2.sources": rule("error", "表1 各收入项 = 表2 同名列合计", "表1 each income item = the 表2 column of the same name"),
  "X.T1-T3.expenditure": rule("error", "表1 支出总计 = 表3 合计", "表1 支出总计 = 表3 合计"),
  "X.T1-T3.kinds": rule("error", "表1 支出总计的基本支出（人员经费 + 公用经费）、项目支出 = 表3 同名列合计", "表1 基本支出 (人员经费 + 公用经费) and 项目支出 = 表3 column totals"),
  "X.T1-T3.class": rule("error", "表1 各功能类（合计、基本支出、项目支出）= 表3 同类", "表1 each function 类 (合计, 基本支出, 项目支出) = 表3 of that 类"),
  "X.T1-T4.funds": rule("error", "表1 一般公共预算资金、政府性基金、国有资本经营预算 = 表4 同名收入项", "表1 fund income items = 表4 items of the same name"),
  "X.T4-T5T6T7.fund": rule("error", "表4 各项财政拨款收入 = 表5、表6、表7 合计", "表4 each fund's income = 表5, 表6, 表7 合计"),
  "X.T4-T5T6T7.class": rule("error", "表4 各功能类各项资金 = 表5、表6、表7 同类合计", "表4 each function 类 and fund = 表5, 表6, 表7 of that 类"),
  "X.T5-T8.basic": rule("error", "表5 基本支出合计 = 表8 合计", "表5 基本支出 合计 = 表8 合计"),
  "X.T9-T8.runningCosts": rule("error", "表9 机关运行经费不超过表8 公用经费合计（行政、参公单位的公用经费；全为行政或参公单位时两者相等，但表中不载单位性质）", "表9 机关运行经费 does not exceed 表8's 公用经费 total (it is the 公用经费 of 行政 and 参公 units; equal when every unit is one, which the tables do not show)"),
  "X.pair.2080505-30108": rule("warning", "功能 2080505 机关事业单位基本养老保险缴费支出 = 经济 30108 机关事业单位基本养老保险缴费（基本支出）", "function 2080505 = economic 30108 (pension contributions, 基本支出)"),
  "X.pair.2080506-30109": rule("warning", "功能 2080506 机关事业单位职业年金缴费支出 = 经济 30109 职业年金缴费（基本支出）", "function 2080506 = economic 30109 (occupational annuity, 基本支出)"),
  "X.pair.2210201-30113": rule("warning", "功能 2210201 住房公积金 = 经济 30113 住房公积金（基本支出）", "function 2210201 = economic 30113 (housing provident fund, 基本支出)"),
};

const INCOME_ITEMS = ["事业收入", "事业单位经营收入", "其他收入"];
const FUND_TABLES = ["表5", "表6", "表7"];
const FUND_ROWS = ["一般公共预算资金", "政府性基金", "国有资本经营预算"];
const pair = (fn: string, economic: string): IdentityDef => ({
  rule: `X.pair.${fn}-${economic}`,
  total: at("表5", `f:${fn}`, "基本支出"),
  parts: [at("表8", `e:${economic}`, "合计")],
});

const IDENTITIES: IdentityDef[] = [
  { rule: "T1.balance", total: at("表1", "收入总计", "income"), parts: [at("表1", "支出总计", "合计")] },
  { rule: "T4.balance", total: at("表4", "收入总计", "income"), parts: [at("表4", "支出总计", "合计")] },
  { rule: "X.T1-T2.income", total: at("表1", "收入总计", "income"), parts: [at("表2", "合计", "合计")] },
  ...["财政拨款收入", ...INCOME_ITEMS].map((item) => ({ rule: "X.T1-T2.sources", total: at("表1", item, "income"), parts: [at("表2", "合计", item)] })),
  { rule: "X.T1-T3.expenditure", total: at("表1", "支出总计", "合计"), parts: [at("表3", "合计", "合计")] },
  { rule: "X.T1-T3.kinds", total: at("表3", "合计", "基本支出"), parts: [at("表1", "支出总计", "人员经费"), at("表1", "支出总计", "公用经费")] },
  { rule: "X.T1-T3.kinds", total: at("表3", "合计", "项目支出"), parts: [at("表1", "支出总计", "项目支出")] },
  { rule: "X.T1-T3.class", over: "functionClasses", total: at("表1", "类:{c}", "合计"), parts: [at("表3", "f:{c}", "合计")] },
  { rule: "X.T1-T3.class", over: "functionClasses", total: at("表3", "f:{c}", "基本支出"), parts: [at("表1", "类:{c}", "人员经费"), at("表1", "类:{c}", "公用经费")] },
  { rule: "X.T1-T3.class", over: "functionClasses", total: at("表3", "f:{c}", "项目支出"), parts: [at("表1", "类:{c}", "项目支出")] },
  ...FUND_ROWS.map((row) => ({ rule: "X.T1-T4.funds", total: at("表1", row, "income"), parts: [at("表4", row, "income")] })),
  ...FUND_ROWS.map((row, i) => ({ rule: "X.T4-T5T6T7.fund", total: at("表4", row, "income"), parts: [at(FUND_TABLES[i], "合计", "合计")] })),
  ...APPROPRIATION_FUNDS.map((f, i): IdentityDef => ({ rule: "X.T4-T5T6T7.class", over: "functionClasses", total: at("表4", "类:{c}", f), parts: [at(FUND_TABLES[i], "f:{c}", "合计")] })),
  { rule: "X.T5-T8.basic", total: at("表8", "合计", "合计"), parts: [at("表5", "合计", "基本支出")] },
  { rule: "X.T9-T8.runningCosts", total: at("表9", "预算数", "机关运行经费"), parts: [at("表8", "合计", "公用经费")], atMost: true },
  pair("2080505", "30108"),
  pair("2080506", "30109"),
  pair("2210201", "30113"),
];

/** 表1 columns that only the 单位 layouts print (the 区级部门 表1 has one 预算数 column). */
const KIND_COLUMNS = ["人员经费", "公用经费", "项目支出"];
const KIND_COLUMN_RULES = ["T1.columns", "X.T1-T3.kinds"];
const usesKindColumns = (d: IdentityDef) => [d.total, ...d.parts].some((r) => r.table === "表1" && KIND_COLUMNS.includes(r.column));

/** The rules of a layout: those of 表1's kind columns only where 表1 prints them. */
export function shanghaiRules(kindColumns: boolean): Record<string, RuleSetting> {
  if (kindColumns) return RULES;
  return Object.fromEntries(Object.entries(RULES).filter(([id]) => !KIND_COLUMN_RULES.includes(id)));
}

export const shanghaiIdentities = (kindColumns: boolean): IdentityDef[] => (kindColumns ? IDENTITIES : IDENTITIES.filter((d) => !usesKindColumns(d)));
