/** The Jiangsu pack's rules: each table's own identities and those its tables state between them, as data. */
import { at, rule } from "../tables/declare";
import type { IdentityDef, RuleSetting, TableDef } from "../tables/types";
import { withinTableRules } from "./tableRules";

const ACROSS: Record<string, RuleSetting> = {
  "T1.balance": rule("error", "公开表一：收入合计 = 支出合计", "公开表一: 收入合计 = 支出合计"),
  "T4.balance": rule("error", "公开表四：收入合计 = 支出合计", "公开表四: 收入合计 = 支出合计"),
  "X.T1-T2.income": rule("error", "公开表一 收入合计 = 公开表二 收入总计", "公开表一 收入合计 = 公开表二 收入总计"),
  "X.T1-T3.expenditure": rule("error", "公开表一 支出合计 = 公开表三 合计", "公开表一 支出合计 = 公开表三 合计"),
  "X.T1-T3.uses": rule("error", "公开表一 基本支出、项目支出、单位预留机动经费 = 公开表三 同名列", "公开表一 基本支出, 项目支出 and 单位预留机动经费 = the 公开表三 columns of the same name"),
  "X.T1-T4.funds": rule("error", "公开表一 各项财政拨款 = 公开表四 同名收入项", "公开表一 each 财政拨款 fund = the 公开表四 income item of the same name"),
  "X.T4-T5.appropriation": rule("error", "公开表四 支出合计 = 公开表五 合计", "公开表四 支出合计 = 公开表五 合计"),
  "X.T4-T6.basic": rule("error", "公开表四 基本支出 = 公开表六 合计", "公开表四 基本支出 = 公开表六 合计"),
  "X.T4-T7.general": rule("error", "公开表四 一般公共预算 = 公开表七 合计", "公开表四 一般公共预算 = 公开表七 合计"),
  "X.T4-T10.fund": rule("error", "公开表四 政府性基金预算 = 公开表十 合计", "公开表四 政府性基金预算 = 公开表十 合计"),
  "X.T11-T8.runningCosts": rule("error", "公开表十一 机关运行经费不超过公开表八 合计（行政、参公单位的一般公共预算基本支出中的公用经费）", "公开表十一 机关运行经费 does not exceed 公开表八 合计 (it is part of the 一般公共预算 基本支出 of 行政 and 参公 units)"),
};

const USES = ["基本支出", "项目支出", "单位预留机动经费"];

export const jiangsuRules = (tables: readonly TableDef[]): Record<string, RuleSetting> => ({ ...withinTableRules(tables), ...ACROSS });

export const JIANGSU_IDENTITIES: IdentityDef[] = [
  { rule: "T1.balance", total: at("表1", "收入合计", "income"), parts: [at("表1", "支出合计", "expenditure")] },
  { rule: "T4.balance", total: at("表4", "收入合计", "income"), parts: [at("表4", "支出合计", "expenditure")] },
  { rule: "X.T1-T2.income", total: at("表1", "收入合计", "income"), parts: [at("表2", "收入总计", "金额")] },
  { rule: "X.T1-T3.expenditure", total: at("表1", "支出合计", "expenditure"), parts: [at("表3", "预算数", "合计")] },
  ...USES.map((use) => ({ rule: "X.T1-T3.uses", total: at("表1", use, "expenditure"), parts: [at("表3", "预算数", use)] })),
  ...["一般公共预算", "政府性基金预算", "国有资本经营预算"].map((row) => ({ rule: "X.T1-T4.funds", total: at("表1", row, "income"), parts: [at("表4", row, "income")] })),
  { rule: "X.T4-T5.appropriation", total: at("表4", "支出合计", "expenditure"), parts: [at("表5", "合计", "金额")] },
  { rule: "X.T4-T6.basic", total: at("表4", "基本支出", "expenditure"), parts: [at("表6", "合计", "金额")] },
  { rule: "X.T4-T7.general", total: at("表4", "一般公共预算", "income"), parts: [at("表7", "合计", "金额")] },
  { rule: "X.T4-T10.fund", total: at("表4", "政府性基金预算", "income"), parts: [at("表10", "合计", "金额")] },
  { rule: "X.T11-T8.runningCosts", total: at("表11", "合计", "金额"), parts: [at("表8", "合计", "金额")], atMost: true },
];
