/**
 * The built-in template pack: the twelve tables as Guangzhou's 2024 department budgets print
 * them (see shared/spec/tables.md), with the rules that check them (guangzhouRules.ts). Pure
 * data; nothing here computes.
 */
import { APPROPRIATION_FUNDS, EXPENDITURE_KINDS, ExpenditureKind, Fund, RevenueSource } from "../model/types";
import { GUANGZHOU_IDENTITIES, GUANGZHOU_RULES } from "./guangzhouRules";
import { ColumnDef, FixedRowDef, ItemFilter, PACK_FORMAT, PrintDef, TableDef, TemplatePack } from "../tables/types";

const PRINT: PrintDef = { orientation: "landscape", paperSize: "A4", fitToWidth: true };
const NO_NOTE = "无。";
const NUMBER_FORMAT = "#,##0.00";
const AMOUNT_WIDTH = 14;
const funds = [...APPROPRIATION_FUNDS];

const amount = (key: string, header: string[], filter?: ItemFilter): ColumnDef => ({
  key,
  header,
  role: "amount",
  width: AMOUNT_WIDTH,
  ...(filter ? { filter } : {}),
});
const total = (key: string, header: string[], sumOf: string[]): ColumnDef => ({
  key,
  header,
  role: "amount",
  width: AMOUNT_WIDTH,
  sumOf,
});
const label = (key: string, header: string[], width: number): ColumnDef => ({ key, header, role: "label", width });
const codeColumns = (group: string): ColumnDef[] => [
  { key: "code", header: [group, "科目编码"], role: "code", width: 11 },
  label("name", [group, "科目名称"], 36),
];
const source = (s: RevenueSource): ItemFilter => ({ stream: "revenue", sources: [s] });
const kind = (k: ExpenditureKind): ItemFilter => ({ kinds: [k] });
const fund = (f: Fund): ItemFilter => ({ funds: [f] });

/** 表1/表4 income and expenditure item rows. */
const revenueRow = (key: string, text: string, sources: RevenueSource[]): FixedRowDef => ({
  key,
  label: text,
  filter: { stream: "revenue", sources },
});
const expenditureRow = (key: string, text: string, filter: ItemFilter): FixedRowDef => ({
  key,
  label: text,
  filter: { stream: "expenditure", ...filter },
});
const sumRow = (key: string, text: string, sumOf: string[]): FixedRowDef => ({ key, label: text, sumOf, total: true });
const twoSidedColumns: ColumnDef[] = [
  label("incomeItem", ["收入", "项目"], 30),
  amount("income", ["收入", "预算"]),
  label("expenditureItem", ["支出", "项目"], 34),
  amount("expenditure", ["支出", "预算"]),
];

/** Expenditure kinds 表1 shows as 二十六–二十八 below 本年支出合计 instead of under a function 类. */
const BELOW_THE_LINE: ExpenditureKind[] = ["对附属单位补助支出", "上缴上级支出", "结转下年"];
const IN_THE_YEAR = EXPENDITURE_KINDS.filter((k) => !BELOW_THE_LINE.includes(k));

const T1: TableDef = {
  id: "表1",
  sheetName: "表1",
  title: "收支总体情况表",
  filter: {},
  columns: twoSidedColumns,
  rows: {
    type: "twoSided",
    sections: [
      {
        left: [
          revenueRow("预算拨款", "一、预算拨款", ["一般公共预算", "政府性基金预算", "国有资本经营预算"]),
          revenueRow("财政专户拨款", "二、财政专户拨款", ["教育收费", "其他专户收入拨款"]),
          revenueRow("其他资金", "三、其他资金", ["事业收入", "经营收入", "其他收入"]),
        ],
        right: [
          { key: "类", label: "", functionClasses: { count: 25 }, filter: { stream: "expenditure", kinds: IN_THE_YEAR } },
        ],
      },
      {
        left: [sumRow("本年收入合计", "本年收入合计", ["预算拨款", "财政专户拨款", "其他资金"])],
        right: [sumRow("本年支出合计", "本年支出合计", ["类"])],
      },
      {
        left: [
          revenueRow("上级补助收入", "四、上级补助收入", ["上级补助收入"]),
          revenueRow("附属单位上缴收入", "五、附属单位上缴收入", ["附属单位上缴收入"]),
          revenueRow("用事业基金弥补收支差额", "六、用事业基金弥补收支差额", ["用事业基金弥补收支差额"]),
        ],
        right: [
          expenditureRow("对附属单位补助支出", "二十六、对附属单位补助支出", kind("对附属单位补助支出")),
          expenditureRow("上缴上级支出", "二十七、上缴上级支出", kind("上缴上级支出")),
          expenditureRow("结转下年", "二十八、结转下年", kind("结转下年")),
        ],
      },
      {
        left: [sumRow("收入总计", "收入总计", ["本年收入合计", "上级补助收入", "附属单位上缴收入", "用事业基金弥补收支差额"])],
        right: [sumRow("支出总计", "支出总计", ["本年支出合计", "对附属单位补助支出", "上缴上级支出", "结转下年"])],
      },
    ],
  },
  defaultNote: NO_NOTE,
  numberFormat: NUMBER_FORMAT,
  print: PRINT,
};

const T2: TableDef = {
  id: "表2",
  sheetName: "表2",
  title: "收入总体情况表",
  filter: { stream: "revenue" },
  columns: [
    ...codeColumns("功能分类科目"),
    total("合计", ["合计"], ["一般公共预算", "政府性基金预算", "国有资本经营预算", "教育收费", "其他专户收入拨款", "事业收入", "经营收入", "其他收入", "上级补助收入", "附属单位上缴收入", "用事业基金弥补收支差额"]),
    amount("一般公共预算", ["财政拨款收入", "一般公共预算"], source("一般公共预算")),
    amount("政府性基金预算", ["财政拨款收入", "政府性基金预算"], source("政府性基金预算")),
    amount("国有资本经营预算", ["财政拨款收入", "国有资本经营预算"], source("国有资本经营预算")),
    amount("教育收费", ["财政专户拨款收入", "教育收费"], source("教育收费")),
    amount("其他专户收入拨款", ["财政专户拨款收入", "其他专户收入拨款"], source("其他专户收入拨款")),
    amount("事业收入", ["其他资金收入", "事业收入"], source("事业收入")),
    amount("经营收入", ["其他资金收入", "经营收入"], source("经营收入")),
    amount("其他收入", ["其他资金收入", "其他收入"], source("其他收入")),
    amount("上级补助收入", ["上级补助收入"], source("上级补助收入")),
    amount("附属单位上缴收入", ["附属单位上缴收入"], source("附属单位上缴收入")),
    amount("用事业基金弥补收支差额", ["用事业基金弥补收支差额"], source("用事业基金弥补收支差额")),
  ],
  rows: { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  defaultNote: NO_NOTE,
  numberFormat: NUMBER_FORMAT,
  print: PRINT,
};

const T3: TableDef = {
  id: "表3",
  sheetName: "表3",
  title: "支出总体情况表",
  filter: { stream: "expenditure" },
  columns: [
    ...codeColumns("功能分类科目"),
    total("合计", ["合计"], [...EXPENDITURE_KINDS]),
    ...EXPENDITURE_KINDS.map((k) => amount(k, [k], kind(k))),
  ],
  rows: { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  defaultNote: NO_NOTE,
  numberFormat: NUMBER_FORMAT,
  print: PRINT,
};

const T4: TableDef = {
  id: "表4",
  sheetName: "表4",
  title: "财政拨款收支总体情况表",
  filter: {},
  columns: twoSidedColumns,
  rows: {
    type: "twoSided",
    sections: [
      {
        left: [
          revenueRow("一般公共预算", "一、一般公共预算", ["一般公共预算"]),
          revenueRow("政府性基金预算", "二、政府性基金预算", ["政府性基金预算"]),
          revenueRow("国有资本经营预算", "三、国有资本经营预算", ["国有资本经营预算"]),
        ],
        right: [
          {
            key: "类",
            label: "",
            functionClasses: { count: 24 },
            filter: { stream: "expenditure", funds, kinds: EXPENDITURE_KINDS.filter((k) => k !== "结转下年") },
          },
        ],
      },
      {
        left: [sumRow("本年收入合计", "本年收入合计", ["一般公共预算", "政府性基金预算", "国有资本经营预算"])],
        right: [sumRow("本年支出合计", "本年支出合计", ["类"])],
      },
      {
        left: [],
        right: [expenditureRow("结转下年支出", "二十五、结转下年支出", { funds, kinds: ["结转下年"] })],
      },
      {
        left: [sumRow("收入总计", "收入总计", ["本年收入合计"])],
        right: [sumRow("支出总计", "支出总计", ["本年支出合计", "结转下年支出"])],
      },
    ],
  },
  defaultNote: NO_NOTE,
  numberFormat: NUMBER_FORMAT,
  print: PRINT,
};

/** 表5, 表9, 表10: one 财政拨款 fund's 基本/项目 expenditure by function. */
function fundByFunction(id: "表5" | "表9" | "表10", title: string, f: Fund, labels: "codeColumns" | "bracketed"): TableDef {
  const group = `${f}支出`;
  return {
    id,
    sheetName: id,
    title,
    filter: { stream: "expenditure", funds: [f], kinds: ["基本支出", "项目支出"] },
    columns: [
      ...(labels === "codeColumns" ? codeColumns("功能分类科目") : [label("name", ["功能科目名称"], 44)]),
      total("小计", [group, "小计"], ["基本支出", "项目支出"]),
      amount("基本支出", [group, "其中：基本支出"], kind("基本支出")),
      amount("项目支出", [group, "项目支出"], kind("项目支出")),
    ],
    rows: { type: "codeHierarchy", dimension: "function", labels },
    defaultNote: NO_NOTE,
    numberFormat: NUMBER_FORMAT,
    print: PRINT,
  };
}

/** 表6, 表7: 一般公共预算 基本 or 项目 expenditure by economic classification. */
function generalByEconomic(id: "表6" | "表7", title: string, k: ExpenditureKind): TableDef {
  return {
    id,
    sheetName: id,
    title,
    filter: { stream: "expenditure", funds: ["一般公共预算"], kinds: [k] },
    columns: [label("name", ["部门预算支出经济科目"], 44), amount("预算", ["预算"])],
    rows: { type: "codeHierarchy", dimension: "economic", labels: "bracketed" },
    defaultNote: NO_NOTE,
    numberFormat: NUMBER_FORMAT,
    print: PRINT,
  };
}

/** 机关运行经费: the economic 款 that count towards 表8's 行政经费 (第四部分 名词解释). */
export const ADMINISTRATIVE_RUNNING_COSTS = [
  "30201", "30202", "30205", "30206", "30207", "30208", "30209", "30211", "30212", "30213", "30214", "30215",
  "30216", "30217", "30218", "30224", "30229", "30231", "30239", "30307", "31002", "31003", "31007", "31013",
  "31019",
];

const economicRow = (key: string, text: string, indent: number, codes: string[]): FixedRowDef => ({
  key,
  label: text,
  indent,
  filter: { economic: codes },
});

const T8: TableDef = {
  id: "表8",
  sheetName: "表8",
  title: "财政拨款安排的行政经费及“三公”经费预算表",
  filter: { stream: "expenditure", funds },
  columns: [
    label("item", ["项目"], 40),
    total("合计", ["合计"], [...funds]),
    ...funds.map((f) => amount(f, [f], fund(f))),
  ],
  rows: {
    type: "fixed",
    rows: [
      { key: "行政经费", label: "行政经费", filter: { unitKinds: ["行政", "参公"], economic: ADMINISTRATIVE_RUNNING_COSTS } },
      { key: "三公经费", label: "“三公”经费", sumOf: ["因公出国", "公务用车", "公务接待"] },
      economicRow("因公出国", "其中：（一）因公出国（境）支出", 2, ["30212"]),
      { key: "公务用车", label: "（二）公务用车购置及运行维护支出", indent: 5, sumOf: ["公务用车购置", "公务用车运行维护"] },
      economicRow("公务用车购置", "1.公务用车购置费", 8, ["31013"]),
      economicRow("公务用车运行维护", "2.公务用车运行维护费", 8, ["30231"]),
      economicRow("公务接待", "（三）公务接待费支出", 5, ["30217"]),
    ],
  },
  defaultNote: NO_NOTE,
  numberFormat: NUMBER_FORMAT,
  print: PRINT,
};

/** 表11, 表12: expenditure of one kind by unit, in 总计 / 财政拨款 / 财政专户拨款 / 其他资金 columns. */
function byUnit(id: "表11" | "表12", title: string, kinds: ExpenditureKind[], children: "economicClass" | "project"): TableDef {
  const columns: ColumnDef[] = [
    label("item", ["支出项目类别（资金使用单位）"], 44),
    total("总计", ["总计"], ["财政拨款合计", "财政专户拨款", "其他资金"]),
    total("财政拨款合计", ["财政拨款", "合计"], [...funds]),
    ...funds.map((f) => amount(f, ["财政拨款", f], fund(f))),
    amount("财政专户拨款", ["财政专户拨款"], fund("财政专户拨款")),
    amount("其他资金", ["其他资金"], fund("其他资金")),
  ];
  if (children === "project") columns.push({ key: "绩效目标", header: ["绩效目标"], role: "text", width: 60 });
  return {
    id,
    sheetName: id,
    title,
    filter: { stream: "expenditure", kinds },
    columns,
    rows: { type: "unitBreakdown", children },
    defaultNote: NO_NOTE,
    numberFormat: NUMBER_FORMAT,
    print: PRINT,
  };
}

export const GUANGZHOU_PACK: TemplatePack = {
  packFormat: PACK_FORMAT,
  id: "guangzhou-department-12",
  name: "部门预算公开表（12张表，广州格式）",
  version: "2024.1",
  tables: [
    T1,
    T2,
    T3,
    T4,
    fundByFunction("表5", "一般公共预算支出情况表（按功能分类科目）", "一般公共预算", "bracketed"),
    generalByEconomic("表6", "一般公共预算基本支出情况表（按经济分类科目）", "基本支出"),
    generalByEconomic("表7", "一般公共预算项目支出情况表（按经济分类科目）", "项目支出"),
    T8,
    fundByFunction("表9", "政府性基金预算支出情况表", "政府性基金预算", "codeColumns"),
    fundByFunction("表10", "国有资本经营预算支出情况表", "国有资本经营预算", "codeColumns"),
    byUnit("表11", "部门预算基本支出预算表", ["基本支出"], "economicClass"),
    byUnit("表12", "部门预算项目支出及其他支出预算表", ["项目支出"], "project"),
  ],
  rules: GUANGZHOU_RULES,
  identities: GUANGZHOU_IDENTITIES,
};
