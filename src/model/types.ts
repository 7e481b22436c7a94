/** The canonical budget model: every table figure is an aggregation of its line items. */
import type { DisplayUnit, Fen } from "./money";

export const MODEL_FORMAT_VERSION = 1;

export const UNIT_KINDS = ["行政", "参公", "事业"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const EXPENDITURE_KINDS = [
  "基本支出",
  "项目支出",
  "事业单位经营支出",
  "对附属单位补助支出",
  "上缴上级支出",
  "结转下年",
] as const;
export type ExpenditureKind = (typeof EXPENDITURE_KINDS)[number];

/** 资金性质 of an expenditure: the three 财政拨款 funds, then 财政专户拨款 and 其他资金. */
export const FUNDS = ["一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户拨款", "其他资金"] as const;
export type Fund = (typeof FUNDS)[number];
export const APPROPRIATION_FUNDS: readonly Fund[] = ["一般公共预算", "政府性基金预算", "国有资本经营预算"];

/** 收入来源: one per numeric column of 表2 after 合计. */
export const REVENUE_SOURCES = [
  "一般公共预算",
  "政府性基金预算",
  "国有资本经营预算",
  "教育收费",
  "其他专户收入拨款",
  "事业收入",
  "经营收入",
  "其他收入",
  "上级补助收入",
  "附属单位上缴收入",
  "用事业基金弥补收支差额",
] as const;
export type RevenueSource = (typeof REVENUE_SOURCES)[number];

/** The standard table numbers a model's notes may name. */
export const TABLE_IDS = ["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11", "表12"] as const;
export type StandardTableId = (typeof TABLE_IDS)[number];
/** A table of a template pack: 表1 … 表12 in the built-in pack, any name a pack gives. */
export type TableId = string;

export interface BudgetUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

export interface Project {
  id: string;
  unit: string;
  name: string;
  /** 绩效目标, printed under the project in 表12. */
  performanceGoal: string;
}

export interface RevenueItem {
  unit: string;
  source: RevenueSource;
  /** 支出功能分类 项 (7 digits) the revenue is budgeted for. */
  function: string;
  amount: Fen;
}

export interface ExpenditureItem {
  unit: string;
  /** 支出功能分类 项, 7 digits. */
  function: string;
  /** 部门预算支出经济分类 款, 5 digits. */
  economic: string;
  kind: ExpenditureKind;
  fund: Fund;
  /** The project id; required for 项目支出 and only allowed there. */
  project?: string;
  amount: Fen;
}

export interface CodeNames {
  function: Record<string, string>;
  economic: Record<string, string>;
}

export interface BudgetModel {
  department: string;
  fiscalYear: number;
  displayUnit: DisplayUnit;
  units: BudgetUnit[];
  projects: Project[];
  revenues: RevenueItem[];
  expenditures: ExpenditureItem[];
  /** The 注 text printed under each table; absent means the table's default. */
  notes: Partial<Record<StandardTableId, string>>;
  /** Names of codes the built-in catalogues do not hold (function 款 and 项, mostly). */
  codeNames: CodeNames;
}

/** A phrase in both languages, for messages built from parts. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A problem found in an input, with the place it was found (a JSON path, or sheet!cell). */
export interface InputProblem {
  path: string;
  /** In English. */
  message: string;
  /** The same in Chinese. */
  zh: string;
}

/** "path: message" in the language asked for (the task pane's). */
export function formatProblem(p: InputProblem, lang: "zh" | "en"): string {
  return `${p.path}: ${lang === "zh" ? p.zh : p.message}`;
}

/** "path: 中文" then the English on the next line, indented, as the CLI prints every message. */
export function formatProblemBoth(p: InputProblem, indent = ""): string {
  return `${indent}${p.path}: ${p.zh}\n${indent}  ${p.message}`;
}
