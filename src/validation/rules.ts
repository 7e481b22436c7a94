/**
 * Every rule the validator applies, in one place: a stable id, a severity and a one-line
 * description in Chinese and English. The identities between tables are declared below as
 * data (table, row key, column key); identities within a table come from the table
 * definitions themselves (rows with sumOf, columns with sumOf, code and unit hierarchies).
 * See docs/validation.md. An identity rule's severity applies when rounding cannot explain
 * the difference; a difference rounding can explain is always info (尾差).
 */
import type { TableId } from "../model/types";
import type { Severity } from "./findings";

export interface RuleDef {
  severity: Severity;
  zh: string;
  en: string;
}

const rule = (severity: Severity, zh: string, en: string): RuleDef => ({ severity, zh, en });
const hierarchy = (t: string, zh: string, en: string) => rule("error", `${t}：${zh}`, `${t}: ${en}`);
const columns = (t: string, zh: string, en: string) => rule("error", `${t}：${zh}`, `${t}: ${en}`);
const CODE_ROWS = ["上级行等于其下级行之和（合计=Σ类，类=Σ款，款=Σ项）", "each parent row equals the sum of its children (合计 = Σ类, 类 = Σ款, 款 = Σ项)"] as const;
const FUND_COLUMNS = ["小计 = 基本支出 + 项目支出", "小计 = 基本支出 + 项目支出"] as const;
const UNIT_ROWS = ["合计 = Σ各单位，单位 = Σ其下各行", "合计 = Σ units, each unit = Σ its rows"] as const;
const UNIT_COLUMNS = ["总计 = 财政拨款合计 + 财政专户拨款 + 其他资金；财政拨款合计 = 三项财政拨款之和", "总计 = 财政拨款合计 + 财政专户拨款 + 其他资金; 财政拨款合计 = its three funds"] as const;

export const RULES = {
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
  "X.T1-T2.income": rule("error", "表1 本年收入合计 = 表2 合计", "表1 本年收入合计 = 表2 合计"),
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

  // Codes and names
  "code.malformed": rule("error", "科目编码格式不对（功能分类 3/5/7 位，经济分类 3/5 位）", "malformed classification code (function 3/5/7 digits, economic 3/5)"),
  "code.parent": rule("error", "科目挂在错误的上级之下，或缺少其上级科目行", "code sits under the wrong parent, or its parent row is missing"),
  "code.catalogName": rule("warning", "科目名称与科目目录不符", "code name differs from the catalogue"),
  "code.inconsistentName": rule("warning", "同一科目在不同表中名称不同", "the same code carries different names in different tables"),
  "code.unknown": rule("info", "科目目录中没有此编码", "code not in the catalogue"),

  // Rows and cells
  "row.duplicate": rule("error", "同一科目或行在表中重复出现", "the same code or row appears twice in a table"),
  "row.duplicateProject": rule("warning", "同一单位下项目名称重复", "the same project name appears twice under one unit"),
  "amount.negative": rule("warning", "金额为负数", "negative amount"),
  "amount.decimals": rule("warning", "金额存有超过显示位数（两位）的小数", "amount stores more decimals than the two it shows"),
  "amount.asText": rule("info", "金额以文本形式存储（Excel 求和会忽略它）", "amount stored as text (Excel's SUM ignores it)"),
  "amount.invalid": rule("error", "金额单元格中是无法识别为金额的内容", "text where an amount belongs"),

  // Tables and layout
  "table.missing": rule("error", "工作簿中找不到此表", "the table is missing from the workbook"),
  "table.duplicate": rule("warning", "同一张表出现多次，只检查第一张", "the table appears more than once; only the first is checked"),
  "table.emptyNote": rule("warning", "空表没有“本表本年无发生额”的注", "an empty table lacks the note 本表本年无发生额"),
  "read.title": rule("warning", "表名与标准表名不符", "the title differs from the standard title"),
  "read.tableNumber": rule("warning", "表号与表名不一致", "the table number disagrees with the title"),
  "read.header": rule("error", "找不到表头", "header rows not found"),
  "read.column": rule("error", "表头中找不到应有的列", "an expected column is missing from the header"),
  "read.row": rule("error", "无法识别的行", "a row the reader cannot identify"),
  "read.unit": rule("info", "未注明金额单位，按万元处理", "no display unit stated; 万元 assumed"),
} satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

/** A figure in another table: its row key (`{c}` is replaced by each key of `over`, `*` matches any unit) and column key. */
export interface Ref {
  table: TableId;
  row: string;
  column: string;
  /** Subtracted instead of added. */
  negate?: true;
}

/** The sets of keys a per-classification identity runs over. */
export type KeySet = "functionClasses25" | "functionClasses24" | "economicClasses";

export interface CrossIdentity {
  rule: RuleId;
  total: Ref;
  parts: Ref[];
  over?: KeySet;
}

const at = (table: TableId, row: string, column: string): Ref => ({ table, row, column });
const less = (ref: Ref): Ref => ({ ...ref, negate: true });
const BELOW_THE_LINE = ["对附属单位补助支出", "上缴上级支出", "结转下年"];
const inYear = (row: string): Ref[] => [at("表3", row, "合计"), ...BELOW_THE_LINE.map((c) => less(at("表3", row, c)))];
const t2 = (...cols: string[]) => cols.map((c) => at("表2", "合计", c));
const t67 = (code: string) => [at("表6", `e:${code}`, "预算"), at("表7", `e:${code}`, "预算")];
const pair = (rule: RuleId, fn: string, economic: string): CrossIdentity => ({
  rule,
  total: at("表5", `f:${fn}`, "小计"),
  parts: t67(economic),
});

/** The reconciliation a reviewing finance bureau does (tables.md, "Across tables"). */
export const CROSS_TABLE_IDENTITIES: CrossIdentity[] = [
  { rule: "X.T1-T2.income", total: at("表1", "本年收入合计", "income"), parts: t2("合计") },
  { rule: "X.T1-T2.appropriation", total: at("表1", "预算拨款", "income"), parts: t2("一般公共预算", "政府性基金预算", "国有资本经营预算") },
  { rule: "X.T1-T2.specialAccount", total: at("表1", "财政专户拨款", "income"), parts: t2("教育收费", "其他专户收入拨款") },
  { rule: "X.T1-T2.otherFunds", total: at("表1", "其他资金", "income"), parts: t2("事业收入", "经营收入", "其他收入") },
  { rule: "X.T1-T2.superiorSubsidy", total: at("表1", "上级补助收入", "income"), parts: t2("上级补助收入") },
  { rule: "X.T1-T2.subordinateRemit", total: at("表1", "附属单位上缴收入", "income"), parts: t2("附属单位上缴收入") },
  { rule: "X.T1-T2.reserveFund", total: at("表1", "用事业基金弥补收支差额", "income"), parts: t2("用事业基金弥补收支差额") },
  { rule: "X.T1-T3.expenditure", total: at("表1", "本年支出合计", "expenditure"), parts: inYear("合计") },
  { rule: "X.T1-T3.class", over: "functionClasses25", total: at("表1", "类:{c}", "expenditure"), parts: inYear("f:{c}") },
  { rule: "X.T1-T3.subsidy", total: at("表1", "对附属单位补助支出", "expenditure"), parts: [at("表3", "合计", "对附属单位补助支出")] },
  { rule: "X.T1-T3.remit", total: at("表1", "上缴上级支出", "expenditure"), parts: [at("表3", "合计", "上缴上级支出")] },
  { rule: "X.T1-T3.carryover", total: at("表1", "结转下年", "expenditure"), parts: [at("表3", "合计", "结转下年")] },
  { rule: "X.T4-T2.general", total: at("表4", "一般公共预算", "income"), parts: t2("一般公共预算") },
  { rule: "X.T4-T5.general", total: at("表4", "一般公共预算", "income"), parts: [at("表5", "合计", "小计")] },
  { rule: "X.T4-T9.fund", total: at("表4", "政府性基金预算", "income"), parts: [at("表9", "合计", "小计")] },
  { rule: "X.T4-T10.capital", total: at("表4", "国有资本经营预算", "income"), parts: [at("表10", "合计", "小计")] },
  {
    rule: "X.T4-T5T9T10.class",
    over: "functionClasses24",
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
