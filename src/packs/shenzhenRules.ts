/** The Shenzhen pack's rules: each table's own identities and those its tables state between them, as data. */
import { at, rule } from "../tables/declare";
import type { IdentityDef, RuleSetting, TableDef } from "../tables/types";
import { withinTableRules } from "./tableRules";

const ACROSS: Record<string, RuleSetting> = {
  "T1.balance": rule("error", "表1：收入总计 = 支出总计", "表1: 收入总计 = 支出总计"),
  "T6.balance": rule("error", "表6：收入总计 = 支出总计", "表6: 收入总计 = 支出总计"),
  "X.T1-T2.income": rule("error", "表1 收入总计 = 表2 收入总计", "表1 收入总计 = 表2 收入总计"),
  "X.T1-T2.appropriation": rule("error", "表1 各项财政拨款 = 表2 同名列", "表1 each 财政拨款 fund = the 表2 column of the same name"),
  "X.T1-T3.expenditure": rule("error", "表1 本年支出合计 = 表3 支出总计", "表1 本年支出合计 = 表3 支出总计"),
  "X.T1-T3.class": rule("error", "表1 各功能类 = 表3 同类支出总计", "表1 each function 类 = 表3 支出总计 of that 类"),
  "X.T3-T4.basic": rule("error", "表3 基本支出 = 表4 总计", "表3 基本支出 = 表4 总计"),
  "X.T3-T5.project": rule("error", "表3 项目支出 = 表5 总计", "表3 项目支出 = 表5 总计"),
  "X.T1-T6.appropriation": rule("error", "表1 一、财政拨款 = 表6 财政拨款", "表1 财政拨款 = 表6 财政拨款"),
  "X.T6-T7T10T11.expenditure": rule("error", "表6 本年支出合计 = 表7 + 表10 + 表11 支出总计", "表6 本年支出合计 = 表7 + 表10 + 表11 支出总计"),
  "X.T6-T7T10T11.class": rule("error", "表6 各功能类 = 表7 + 表10 + 表11 同类支出总计", "表6 each function 类 = 表7 + 表10 + 表11 of that 类"),
  "X.T7-T8.columns": rule("error", "表7 与表8 的支出总计、基本支出、项目支出合计相等", "表7 and 表8 agree on 支出总计, 基本支出 and 项目支出"),
  "X.T4-T8.basic": rule("error", "表4 一般公共预算拨款 = 表8 基本支出合计", "表4 一般公共预算拨款 = 表8 基本支出 合计"),
  "X.T9-T8.economic": rule("error", "表9 一般公共预算的因公出国(境)费、公务接待费、公务用车购置费、运行维护费 = 表8 的 30212、30217、31013、30231", "表9 一般公共预算 abroad, reception, vehicle purchase and running = 30212, 30217, 31013, 30231 in 表8"),
};

export const shenzhenRules = (tables: readonly TableDef[]): Record<string, RuleSetting> => ({ ...withinTableRules(tables), ...ACROSS });

const FUND_TABLES = ["表7", "表10", "表11"];
const THREE_PUBLIC_CODES: Array<[string, string]> = [
  ["因公出国", "30212"],
  ["公务接待", "30217"],
  ["公务用车购置", "31013"],
  ["公务用车运行", "30231"],
];

export const SHENZHEN_IDENTITIES: IdentityDef[] = [
  { rule: "T1.balance", total: at("表1", "收入总计", "income"), parts: [at("表1", "支出总计", "expenditure")] },
  { rule: "T6.balance", total: at("表6", "收入总计", "income"), parts: [at("表6", "支出总计", "expenditure")] },
  { rule: "X.T1-T2.income", total: at("表1", "收入总计", "income"), parts: [at("表2", "合计", "收入总计")] },
  ...["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"].map((f) => ({ rule: "X.T1-T2.appropriation", total: at("表1", f, "income"), parts: [at("表2", "合计", f)] })),
  { rule: "X.T1-T3.expenditure", total: at("表1", "本年支出合计", "expenditure"), parts: [at("表3", "合计", "支出总计")] },
  { rule: "X.T1-T3.class", over: "functionClasses", total: at("表1", "类:{c}", "expenditure"), parts: [at("表3", "f:{c}", "支出总计")] },
  { rule: "X.T3-T4.basic", total: at("表3", "合计", "基本支出"), parts: [at("表4", "合计", "总计")] },
  { rule: "X.T3-T5.project", total: at("表3", "合计", "项目支出"), parts: [at("表5", "合计", "总计")] },
  { rule: "X.T1-T6.appropriation", total: at("表1", "财政拨款", "income"), parts: [at("表6", "财政拨款", "income")] },
  { rule: "X.T6-T7T10T11.expenditure", total: at("表6", "本年支出合计", "expenditure"), parts: FUND_TABLES.map((t) => at(t, "合计", "支出总计")) },
  { rule: "X.T6-T7T10T11.class", over: "functionClasses", total: at("表6", "类:{c}", "expenditure"), parts: FUND_TABLES.map((t) => at(t, "f:{c}", "支出总计")) },
  ...["支出总计", "基本支出", "项目支出"].map((c) => ({ rule: "X.T7-T8.columns", total: at("表7", "合计", c), parts: [at("表8", "合计", c)] })),
  { rule: "X.T4-T8.basic", total: at("表4", "合计", "一般公共预算"), parts: [at("表8", "合计", "基本支出")] },
  ...THREE_PUBLIC_CODES.map(([key, code]) => ({ rule: "X.T9-T8.economic", total: at("表9", "本年", `${key}:一般公共预算`), parts: [at("表8", `e:${code}`, "支出总计")] })),
];
