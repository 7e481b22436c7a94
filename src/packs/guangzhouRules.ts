/**
 * The built-in pack's rules: what each identity of the twelve Guangzhou tables says (within a
 * table, read off the definitions, and across tables, declared below as data), with severities.
 */
import { at, less, rule } from "../tables/declare";
import type { IdentityDef, RefDef, RuleSetting } from "../tables/types";

const hierarchy = (t: string, zh: string, en: string) => rule("error", `${t}：${zh}`, `${t}: ${en}`);
const columns = (t: string, zh: string, en: string) => rule("error", `${t}：${zh}`, `${t}: ${en}`);
const CODE_ROWS = ["上级行等于其下级行之和（合计=Σ类，类=Σ款，款=Σ项）", "each parent row equals the sum of its children (合计 = Σ类, 类 = Σ款, 款 = Σ项)"] as const;
const FUND_COLUMNS = ["小计 = 基本支出 + 项目支出", "小计 = 基本支出 + 项目支出"] as const;
const UNIT_ROWS = ["合计 = Σ各单位，单位 = Σ其下各行", "合计 = Σ units, each unit = Σ its rows"] as const;
const UNIT_COLUMNS = ["总计 = 财政拨款合计 + 财政专户拨款 + 其他资金；财政拨款合计 = 三项财政拨款之和", "总计 = 财政拨款合计 + 财政专户拨款 + 其他资金; 财政拨款合计 = its three funds"] as const;

export const GUANGZHOU_RULES: Record<string, RuleSetting> = {
  // Within tables
  "T1.totals": rule("error", "表1：本年收入合计、收入总计、本年支出合计、支出总计等于其所含各行之和", "表1: 本年收入合计, 收入总计, 本年支出合计 and 支出总计 equal the rows they add up"),
  "T1.balance": rule("error", "表1：收入总计 = 支出总计", "表1: 收入总计 = 支出总计"),
  "T2.hierarchy": hierarchy("表2", ...CODE_ROWS),
  "T2.columns": columns("表2", "合计 = 其后11列之和", "合计 = the sum of the other 11 columns"),
  "T3.hierarchy": hierarchy("表3", ...CODE_ROWS),
  "T3.columns": columns("表3", "合计 = 其后6列之和", "合计 = the sum of the other 6 columns"),
  "T4.totals": rule("error", "表4：本年收入合计、收入总计、本年支出合计、支出总计等于其所含各行之和", "表4: 本年收入合计, 收入总计, 本年支出合计 and 支出总计 equal the rows they add up"),
  "T4.balance": rule("error", "表4：收入总计 = 支出总计", "表4: 收入总计 = 支出总计"),
  "T5.hierarchy": hierarchy("表5", ...CODE_ROWS),
  "T5.columns": columns("表5", ...FUND_COLUMNS),
  "T6.hierarchy": hierarchy("表6", "合计 = Σ类，类 = Σ款", "合计 = Σ类, each 类 = Σ its 款"),
  "T7.hierarchy": hierarchy("表7", "合计 = Σ类，类 = Σ款", "合计 = Σ类, each 类 = Σ its 款"),
  "T8.hierarchy": hierarchy("表8", "“三公”经费 = (一)+(二)+(三)，(二) = 1.+2.", "“三公”经费 = (一)+(二)+(三), (二) = 1.+2."),
  "T8.columns": columns("表8", "合计 = 三项财政拨款之和", "合计 = the sum of the three funds"),
  "T9.hierarchy": hierarchy("表9", ...CODE_ROWS),
  "T9.columns": columns("表9", ...FUND_COLUMNS),
  "T10.hierarchy": hierarchy("表10", ...CODE_ROWS),
  "T10.columns": columns("表10", ...FUND_COLUMNS),
  "T11.hierarchy": hierarchy("表11", ...UNIT_ROWS),
  "T11.columns": columns("表11", ...UNIT_COLUMNS),
  "T12.hierarchy": hierarchy("表12", ...UNIT_ROWS),
  "T12.columns": columns("表12", ...UNIT_COLUMNS),

  // Across tables
  "X.T1-T2.income": rule("error", "表1 本年收入合计 = 表2 合计（减上级补助收入、附属单位上缴收入、用事业基金弥补收支差额）", "表1 本年收入合计 = 表2 合计 less 上级补助收入, 附属单位上缴收入 and 用事业基金弥补收支差额"),
  "X.T1-T2.appropriation": rule("error", "表1 一、预算拨款 = 表2 财政拨款收入三列之和", "表1 预算拨款 = 表2 财政拨款收入 (three columns)"),
  "X.T1-T2.specialAccount": rule("error", "表1 二、财政专户拨款 = 表2 财政专户拨款收入", "表1 财政专户拨款 = 表2 财政专户拨款收入"),
  "X.T1-T2.otherFunds": rule("error", "表1 三、其他资金 = 表2 其他资金收入", "表1 其他资金 = 表2 其他资金收入"),
  "X.T1-T2.superiorSubsidy": rule("error", "表1 四、上级补助收入 = 表2 上级补助收入", "表1 上级补助收入 = 表2 上级补助收入"),
  "X.T1-T2.subordinateRemit": rule("error", "表1 五、附属单位上缴收入 = 表2 附属单位上缴收入", "表1 附属单位上缴收入 = 表2 附属单位上缴收入"),
  "X.T1-T2.reserveFund": rule("error", "表1 六、用事业基金弥补收支差额 = 表2 同名列", "表1 用事业基金弥补收支差额 = 表2 column of the same name"),
  "X.T1-T3.expenditure": rule("error", "表1 本年支出合计 = 表3 合计（减对附属单位补助、上缴上级、结转下年）", "表1 本年支出合计 = 表3 合计 less 对附属单位补助, 上缴上级 and 结转下年"),
  "X.T1-T3.class": rule("error", "表1 各功能类 = 表3 同类（减对附属单位补助、上缴上级、结转下年）", "表1 each function 类 = 表3 of that 类 less the three below-the-line columns"),
  "X.T1-T3.subsidy": rule("error", "表1 二十六、对附属单位补助支出 = 表3 同名列合计", "表1 对附属单位补助支出 = 表3 column total"),
  "X.T1-T3.remit": rule("error", "表1 二十七、上缴上级支出 = 表3 同名列合计", "表1 上缴上级支出 = 表3 column total"),
  "X.T1-T3.carryover": rule("error", "表1 二十八、结转下年 = 表3 同名列合计", "表1 结转下年 = 表3 column total"),
  "X.T4-T2.general": rule("error", "表4 一、一般公共预算 = 表2 一般公共预算列合计", "表4 一般公共预算 = 表2 一般公共预算 column total"),
  "X.T4-T5.general": rule("error", "表4 一、一般公共预算 = 表5 合计 小计", "表4 一般公共预算 = 表5 合计 小计"),
  "X.T4-T9.fund": rule("error", "表4 二、政府性基金预算 = 表9 合计 小计", "表4 政府性基金预算 = 表9 合计 小计"),
  "X.T4-T10.capital": rule("error", "表4 三、国有资本经营预算 = 表10 合计 小计", "表4 国有资本经营预算 = 表10 合计 小计"),
  "X.T4-T5T9T10.class": rule("error", "表4 各功能类 = 表5 + 表9 + 表10 同类小计", "表4 each function 类 = 表5 + 表9 + 表10 of that 类 (小计)"),
  "X.T5-T6.basic": rule("error", "表5 基本支出合计 = 表6 合计", "表5 基本支出 合计 = 表6 合计"),
  "X.T5-T7.project": rule("error", "表5 项目支出合计 = 表7 合计", "表5 项目支出 合计 = 表7 合计"),
  "X.T3-T11.basic": rule("error", "表3 基本支出合计 = 表11 总计", "表3 基本支出 合计 = 表11 总计"),
  "X.T3-T12.project": rule("error", "表3 项目支出合计 = 表12 总计", "表3 项目支出 合计 = 表12 总计"),
  "X.T6-T11.class": rule("error", "表6 各经济分类类 = 表11 各单位同类之和（一般公共预算列）", "表6 each economic 类 = Σ units' same 类 in 表11 (一般公共预算 column)"),
  "X.T8-T6T7.abroad": rule("error", "表8 因公出国（境）支出 = 表6 + 表7 的 30212", "表8 因公出国（境） = 30212 in 表6 + 表7"),
  "X.T8-T6T7.vehiclePurchase": rule("error", "表8 公务用车购置费 = 表6 + 表7 的 31013", "表8 公务用车购置费 = 31013 in 表6 + 表7"),
  "X.T8-T6T7.vehicleRunning": rule("error", "表8 公务用车运行维护费 = 表6 + 表7 的 30231", "表8 公务用车运行维护费 = 30231 in 表6 + 表7"),
  "X.T8-T6T7.reception": rule("error", "表8 公务接待费支出 = 表6 + 表7 的 30217", "表8 公务接待费 = 30217 in 表6 + 表7"),
  "X.pair.2080505-30108": rule("warning", "功能 2080505 机关事业单位基本养老保险缴费支出 = 经济 30108 养老保险缴费", "function 2080505 = economic 30108 (pension contributions)"),
  "X.pair.2080506-30109": rule("warning", "功能 2080506 机关事业单位职业年金缴费支出 = 经济 30109 职业年金缴费", "function 2080506 = economic 30109 (occupational annuity)"),
  "X.pair.2210201-30113": rule("warning", "功能 2210201 住房公积金 = 经济 30113 住房公积金", "function 2210201 = economic 30113 (housing provident fund)"),
  "X.pair.2080801-30304": rule("warning", "功能 2080801 死亡抚恤 = 经济 30304 抚恤金", "function 2080801 = economic 30304 (death benefits)"),
};

const BELOW_THE_LINE = ["对附属单位补助支出", "上缴上级支出", "结转下年"];
const inYear = (row: string): RefDef[] => [at("表3", row, "合计"), ...BELOW_THE_LINE.map((c) => less(at("表3", row, c)))];
const t2 = (...cols: string[]) => cols.map((c) => at("表2", "合计", c));
/** Income 表1 shows as 四–六 below 本年收入合计, though 表2 合计 includes it. */
const BELOW_THE_LINE_INCOME = ["上级补助收入", "附属单位上缴收入", "用事业基金弥补收支差额"];
const t67 = (code: string) => [at("表6", `e:${code}`, "预算"), at("表7", `e:${code}`, "预算")];
const pair = (id: string, fn: string, economic: string): IdentityDef => ({
  rule: id,
  total: at("表5", `f:${fn}`, "小计"),
  parts: t67(economic),
});

/** 收入总计 = 支出总计, and the reconciliation a reviewing finance bureau does (tables.md, "Across tables"). */
export const GUANGZHOU_IDENTITIES: IdentityDef[] = [
  { rule: "T1.balance", total: at("表1", "收入总计", "income"), parts: [at("表1", "支出总计", "expenditure")] },
  { rule: "T4.balance", total: at("表4", "收入总计", "income"), parts: [at("表4", "支出总计", "expenditure")] },
  { rule: "X.T1-T2.income", total: at("表1", "本年收入合计", "income"), parts: [...t2("合计"), ...t2(...BELOW_THE_LINE_INCOME).map(less)] },
  { rule: "X.T1-T2.appropriation", total: at("表1", "预算拨款", "income"), parts: t2("一般公共预算", "政府性基金预算", "国有资本经营预算") },
  { rule: "X.T1-T2.specialAccount", total: at("表1", "财政专户拨款", "income"), parts: t2("教育收费", "其他专户收入拨款") },
  { rule: "X.T1-T2.otherFunds", total: at("表1", "其他资金", "income"), parts: t2("事业收入", "经营收入", "其他收入") },
  { rule: "X.T1-T2.superiorSubsidy", total: at("表1", "上级补助收入", "income"), parts: t2("上级补助收入") },
  { rule: "X.T1-T2.subordinateRemit", total: at("表1", "附属单位上缴收入", "income"), parts: t2("附属单位上缴收入") },
  { rule: "X.T1-T2.reserveFund", total: at("表1", "用事业基金弥补收支差额", "income"), parts: t2("用事业基金弥补收支差额") },
  { rule: "X.T1-T3.expenditure", total: at("表1", "本年支出合计", "expenditure"), parts: inYear("合计") },
  { rule: "X.T1-T3.class", over: "functionClasses", total: at("表1", "类:{c}", "expenditure"), parts: inYear("f:{c}") },
  { rule: "X.T1-T3.subsidy", total: at("表1", "对附属单位补助支出", "expenditure"), parts: [at("表3", "合计", "对附属单位补助支出")] },
  { rule: "X.T1-T3.remit", total: at("表1", "上缴上级支出", "expenditure"), parts: [at("表3", "合计", "上缴上级支出")] },
  { rule: "X.T1-T3.carryover", total: at("表1", "结转下年", "expenditure"), parts: [at("表3", "合计", "结转下年")] },
  { rule: "X.T4-T2.general", total: at("表4", "一般公共预算", "income"), parts: t2("一般公共预算") },
  { rule: "X.T4-T5.general", total: at("表4", "一般公共预算", "income"), parts: [at("表5", "合计", "小计")] },
  { rule: "X.T4-T9.fund", total: at("表4", "政府性基金预算", "income"), parts: [at("表9", "合计", "小计")] },
  { rule: "X.T4-T10.capital", total: at("表4", "国有资本经营预算", "income"), parts: [at("表10", "合计", "小计")] },
  {
    rule: "X.T4-T5T9T10.class",
    over: "functionClasses",
    total: at("表4", "类:{c}", "expenditure"),
    parts: [at("表5", "f:{c}", "小计"), at("表9", "f:{c}", "小计"), at("表10", "f:{c}", "小计")],
  },
  { rule: "X.T5-T6.basic", total: at("表6", "合计", "预算"), parts: [at("表5", "合计", "基本支出")] },
  { rule: "X.T5-T7.project", total: at("表7", "合计", "预算"), parts: [at("表5", "合计", "项目支出")] },
  { rule: "X.T3-T11.basic", total: at("表11", "合计", "总计"), parts: [at("表3", "合计", "基本支出")] },
  { rule: "X.T3-T12.project", total: at("表12", "合计", "总计"), parts: [at("表3", "合计", "项目支出")] },
  { rule: "X.T6-T11.class", over: "economicClasses", total: at("表6", "e:{c}", "预算"), parts: [at("表11", "u:*/e:{c}", "一般公共预算")] },
  { rule: "X.T8-T6T7.abroad", total: at("表8", "因公出国", "一般公共预算"), parts: t67("30212") },
  { rule: "X.T8-T6T7.vehiclePurchase", total: at("表8", "公务用车购置", "一般公共预算"), parts: t67("31013") },
  { rule: "X.T8-T6T7.vehicleRunning", total: at("表8", "公务用车运行维护", "一般公共预算"), parts: t67("30231") },
  { rule: "X.T8-T6T7.reception", total: at("表8", "公务接待", "一般公共预算"), parts: t67("30217") },
  pair("X.pair.2080505-30108", "2080505", "30108"),
  pair("X.pair.2080506-30109", "2080506", "30109"),
  pair("X.pair.2210201-30113", "2210201", "30113"),
  pair("X.pair.2080801-30304", "2080801", "30304"),
];
