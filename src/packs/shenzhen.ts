/**
 * The Shenzhen pack: the eleven tables of a 深圳市 department's 部门预算 as the 2026 documents
 * print them (深圳市交通运输局, 信访局, 发展和改革委员会; shared/real/shenzhen-*-2026.pdf): 表1–表11
 * in 万元, 部门名称： above each table, a 注 below, 单位资金 beside 财政拨款 and 财政专户管理资金,
 * and the department's name on the row of each table's total (in a 预算单位 column, or in place of
 * 合计). Where a document prints more than the model holds, the pack keeps the column and
 * leaves it empty: 上年结余、结转 by fund, 表3's 政府采购 columns, 表9's last year. The model
 * holds 单位资金 expenditure as one 其他资金, shown under 其他收入. 表1 and 表6 list function 类
 * (the document nests 款 and 项 under them), 表2 is the department's row. Pure data; the
 * rules are in shenzhenRules.ts.
 */
import type { ExpenditureKind, Fund, RevenueSource } from "../model/types";
import { ColumnDef, ItemFilter, PACK_FORMAT, PRIOR_YEAR_PLACEHOLDER, TableDef, TemplatePack, YEAR_PLACEHOLDER } from "../tables/types";
import { amount, codeAndName, expenditureRow, functionClassRows, label, revenueRow, sumRow, tableMaker, total } from "./columns";
import { shenzhenRules, SHENZHEN_IDENTITIES } from "./shenzhenRules";

/** The three 财政拨款, each a fund of expenditure and a source of revenue. */
const funds: Array<Fund & RevenueSource> = ["一般公共预算", "政府性基金预算", "国有资本经营预算"];
const IN_YEAR: ExpenditureKind[] = ["基本支出", "项目支出", "事业单位经营支出", "对附属单位补助支出", "上缴上级支出"];
const IN_BUDGET: ExpenditureKind[] = ["基本支出", "项目支出"];
/** How Shenzhen names the three 财政拨款 funds in its headers and rows. */
const FUND_NAMES: Record<string, string> = { 一般公共预算: "一般公共预算拨款", 政府性基金预算: "政府性基金预算拨款", 国有资本经营预算: "国有资本经营预算拨款" };

/** What the model does not hold (上年结余、结转 by fund, 政府采购, last year's figures): no item is of it. */
const NOTHING: ItemFilter = { kinds: [] };
/** The department's name on the first row, as Shenzhen prints it beside each table's total. */
const UNIT: ColumnDef = { key: "unit", header: ["预算单位"], role: "unit", width: 24 };

const shenzhenTable = tableMaker({
  defaultNote: "本套报表金额单位转换时可能存在尾数误差。",
  numberFormat: "#,##0.00",
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  displayUnit: "万元",
  departmentLabel: "部门名称",
});

const twoSidedColumns = [label("incomeItem", ["收入", "项目"], 28), amount("income", ["收入", "预算数"]), label("expenditureItem", ["支出", "项目"], 30), amount("expenditure", ["支出", "预算数"])];
const appropriationRows = (prefix: string) => funds.map((f, i) => revenueRow(FUND_NAMES[f], ` ${i + 1}.${FUND_NAMES[f]}${prefix}`, [f]));
const UNIT_FUNDS = [
  revenueRow("事业收入", " 1.事业收入", ["事业收入"]),
  revenueRow("事业单位经营收入", " 2.事业单位经营收入", ["经营收入"]),
  revenueRow("上级补助收入", " 3.上级补助收入", ["上级补助收入"]),
  revenueRow("附属单位上缴收入", " 4.附属单位上缴收入", ["附属单位上缴收入"]),
  revenueRow("其他收入", " 5.其他收入", ["其他收入"]),
];
const CARRIED = "用事业基金弥补收支差额";

const T1 = shenzhenTable("表1", "收支总表", {}, twoSidedColumns, {
  type: "twoSided",
  sections: [
    {
      left: [
        sumRow("财政拨款", "一、财政拨款", funds.map((f) => FUND_NAMES[f])),
        ...appropriationRows(""),
        revenueRow("财政专户管理资金", "二、财政专户管理资金", ["教育收费", "其他专户收入拨款"]),
        sumRow("单位资金", "三、单位资金", UNIT_FUNDS.map((r) => r.key)),
        ...UNIT_FUNDS,
      ],
      right: [functionClassRows({ kinds: IN_YEAR }, { omitEmpty: true, nested: true })],
    },
    {
      left: [sumRow("本年收入合计", "本年收入合计", ["财政拨款", "财政专户管理资金", "单位资金"])],
      right: [sumRow("本年支出合计", "本年支出合计", ["类"])],
    },
    {
      left: [
        sumRow("上年结余、结转", "上年结余、结转", ["财政拨款结余、结转", "非财政拨款结余、结转"]),
        revenueRow("财政拨款结余、结转", " 1.财政拨款结余、结转", []),
        revenueRow("非财政拨款结余、结转", " 2.非财政拨款结余、结转", [CARRIED]),
      ],
      right: [expenditureRow("结转下年", "结转下年", { kinds: ["结转下年"] })],
    },
    {
      left: [sumRow("收入总计", "收入总计", ["本年收入合计", "上年结余、结转"])],
      right: [sumRow("支出总计", "支出总计", ["本年支出合计", "结转下年"])],
    },
  ],
});

const INCOME = "本年收入";
const CARRIED_OVER = "上年结余、结转";
const T2 = shenzhenTable(
  "表2",
  "收入总表",
  { stream: "revenue" },
  [
    UNIT,
    total("收入总计", ["收入总计"], [...funds.map((f) => FUND_NAMES[f]), "财政专户管理资金", ...UNIT_FUNDS.map((r) => r.key), CARRIED_OVER]),
    ...funds.map((f) => amount(FUND_NAMES[f], [INCOME, "财政拨款", FUND_NAMES[f]], { sources: [f] })),
    amount("财政专户管理资金", [INCOME, "财政专户管理资金"], { sources: ["教育收费", "其他专户收入拨款"] }),
    ...UNIT_FUNDS.map((r) => amount(r.key, [INCOME, "单位资金", r.key], { sources: r.filter!.sources })),
    amount(CARRIED_OVER, [CARRIED_OVER], { sources: [CARRIED] }),
  ],
  { type: "singleRow", key: "合计" },
);

/** 表3's 政府采购 columns: what of the year's expenditure is bought through 政府采购, and of that what is kept for small firms. */
const PROCUREMENT = "政府采购项目";
const T3 = shenzhenTable(
  "表3",
  "支出总表",
  { stream: "expenditure", kinds: IN_YEAR },
  [
    UNIT,
    ...codeAndName("科目编码", "科目名称"),
    total("支出总计", ["支出总计"], IN_YEAR),
    ...IN_YEAR.map((k) => amount(k, [k], { kinds: [k] })),
    amount("政府采购", [PROCUREMENT, "小计"], NOTHING),
    amount("中小企业", [PROCUREMENT, "其中：政府采购项目中预留给中小企业的项目资金规模"], NOTHING),
    amount("小型微型企业", [PROCUREMENT, "其中：政府采购项目中预留给小型、微型企业的项目资金规模"], NOTHING),
  ],
  { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  "department",
);

/** 表4, 表5: expenditure of one kind by the funds that pay for it (财政拨款, 财政专户管理资金, 单位资金, 上年结余、结转). */
const byFunds = (group: string[], subtotal: boolean): ColumnDef[] => [
  total("总计", [...group, "总计"], [...(subtotal ? ["财政拨款小计"] : funds), "财政专户管理资金", ...UNIT_FUNDS.map((r) => r.key), CARRIED_OVER]),
  ...(subtotal ? [total("财政拨款小计", [...group, "财政拨款", "小计"], funds)] : []),
  ...funds.map((f) => amount(f, [...group, "财政拨款", FUND_NAMES[f]], { funds: [f] })),
  amount("财政专户管理资金", [...group, "财政专户管理资金"], { funds: ["财政专户拨款"] }),
  ...UNIT_FUNDS.map((r) => amount(r.key, [...group, "单位资金", r.key], r.key === "其他收入" ? { funds: ["其他资金"] } : NOTHING)),
  amount(CARRIED_OVER, [...group, CARRIED_OVER], NOTHING),
];

const T4 = shenzhenTable("表4", "基本支出总表", { stream: "expenditure", kinds: ["基本支出"] }, [label("name", ["支出项目类别"], 36), ...byFunds([], true)], {
  type: "codeHierarchy",
  dimension: "economic",
  labels: "names",
}, "department");

const T5 = shenzhenTable(
  "表5",
  "项目支出总表",
  { stream: "expenditure", kinds: ["项目支出"] },
  [label("item", ["支出项目类别"], 40), ...byFunds(["预算"], false)],
  { type: "unitBreakdown", children: "project" },
  "department",
);

const T6 = shenzhenTable("表6", "财政拨款收支总表", {}, twoSidedColumns, {
  type: "twoSided",
  sections: [
    {
      left: [sumRow("财政拨款", "财政拨款", funds.map((f) => FUND_NAMES[f])), ...appropriationRows("")],
      right: [functionClassRows({ funds, kinds: IN_YEAR }, { omitEmpty: true, nested: true })],
    },
    {
      left: [sumRow("本年收入合计", "本年收入合计", ["财政拨款"])],
      right: [sumRow("本年支出合计", "本年支出合计", ["类"])],
    },
    {
      left: [sumRow("上年结余、结转", "上年结余、结转", funds.map((f) => `${f}结余`)), ...funds.map((f, i) => revenueRow(`${f}结余`, ` ${i + 1}.${FUND_NAMES[f]}结余、结转`, []))],
      right: [expenditureRow("结转下年", "结转下年", { funds, kinds: ["结转下年"] })],
    },
    {
      left: [sumRow("收入总计", "收入总计", ["本年收入合计", "上年结余、结转"])],
      right: [sumRow("支出总计", "支出总计", ["本年支出合计", "结转下年"])],
    },
  ],
});

/** 表7, 表8, 表10, 表11: one fund's 基本 and 项目 expenditure by function or economic code. */
const fundTable = (id: string, title: string, fund: Fund, dimension: "function" | "economic"): TableDef =>
  shenzhenTable(
    id,
    title,
    { stream: "expenditure", funds: [fund], kinds: IN_BUDGET },
    [UNIT, ...codeAndName("科目编码", "科目名称"), total("支出总计", ["支出总计"], IN_BUDGET), ...IN_BUDGET.map((k) => amount(k, [k], { kinds: [k] }))],
    { type: "codeHierarchy", dimension, labels: "codeColumns" },
    "department",
  );

/**
 * 表9: each “三公” figure by fund, for last year, this year and the change; 总计 = 因公出国(境)费
 * + 公务接待费 + 公务用车 小计 in each fund. The model holds this year's: last year is empty.
 */
const VEHICLES = "公务用车购置及运行维护费";
const THREE_PUBLIC: Array<{ key: string; header: string[]; economic?: string; sumOf?: string[] }> = [
  { key: "总计", header: ["总计"], sumOf: ["因公出国", "公务接待", "公务用车"] },
  { key: "因公出国", header: ["因公出国(境)费"], economic: "30212" },
  { key: "公务接待", header: ["公务接待费"], economic: "30217" },
  { key: "公务用车", header: [VEHICLES, "小计"], sumOf: ["公务用车购置", "公务用车运行"] },
  { key: "公务用车购置", header: [VEHICLES, "公务用车购置费"], economic: "31013" },
  { key: "公务用车运行", header: [VEHICLES, "公务用车运行维护费"], economic: "30231" },
];
const T9 = shenzhenTable(
  "表9",
  "财政拨款“三公”经费支出表",
  { stream: "expenditure", funds },
  [
    UNIT,
    label("year", ["年度"], 14),
    ...THREE_PUBLIC.flatMap((c) =>
      funds.map((f) => {
        const header = [...c.header, f];
        return c.sumOf ? total(`${c.key}:${f}`, header, c.sumOf.map((k) => `${k}:${f}`)) : amount(`${c.key}:${f}`, header, { funds: [f], economic: [c.economic!] });
      }),
    ),
  ],
  {
    type: "fixed",
    rows: [
      { key: "上年", label: `${PRIOR_YEAR_PLACEHOLDER}年`, filter: NOTHING },
      { key: "本年", label: `${YEAR_PLACEHOLDER}年`, filter: {} },
      // This year less last year, which the model does not hold.
      { key: "增减变化金额", label: "增减变化金额", filter: {}, signed: true },
    ],
  },
);

const TABLES = [
  T1,
  T2,
  T3,
  T4,
  T5,
  T6,
  fundTable("表7", "一般公共预算支出表（按功能分类）", "一般公共预算", "function"),
  fundTable("表8", "一般公共预算支出表（按经济分类）", "一般公共预算", "economic"),
  T9,
  fundTable("表10", "政府性基金预算支出表", "政府性基金预算", "function"),
  fundTable("表11", "国有资本经营预算支出表", "国有资本经营预算", "function"),
];

export const SHENZHEN_PACK: TemplatePack = {
  packFormat: PACK_FORMAT,
  id: "shenzhen-department-11",
  name: "深圳市部门预算公开表（11张表）",
  version: "2026.1",
  departmentPattern: "^深圳市",
  tables: TABLES,
  rules: shenzhenRules(TABLES),
  identities: SHENZHEN_IDENTITIES,
};
