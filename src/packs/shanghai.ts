/**
 * The Shanghai pack: the nine tables of a 上海市市级单位预算 as 上海市财政局 published them for
 * 2025 (shared/seed/shanghai-2025-finance-bureau-budget.txt): whole 元 except 表9 in 万元, codes
 * split into 类/款/项 columns, 合计 at the bottom, zeros left blank, no 表N line and no 注. Pure
 * data, like the built-in pack; its rules are in shanghaiRules.ts.
 */
import { APPROPRIATION_FUNDS, ExpenditureKind, Fund, RevenueSource } from "../model/types";
import { CodeSegment, ColumnDef, FixedRowDef, ItemFilter, PACK_FORMAT, TableDef, TemplatePack, YEAR_PLACEHOLDER } from "../tables/types";
import { SHANGHAI_IDENTITIES, SHANGHAI_RULES } from "./shanghaiRules";

const AMOUNT_WIDTH = 15;
const funds = [...APPROPRIATION_FUNDS];
const IN_BUDGET: ExpenditureKind[] = ["基本支出", "项目支出"];

/** 人员经费 are 工资福利支出 and 对个人和家庭的补助; 公用经费 the rest of 基本支出 (表1 and 表8 agree on it). */
const PERSONNEL = ["301", "303"];
const personnel: ItemFilter = { kinds: ["基本支出"], economic: PERSONNEL };
const publicCosts: ItemFilter = { kinds: ["基本支出"], notEconomic: PERSONNEL };

/** What every Shanghai table shares: print setup, whole 元, blank zeros, 编制单位, no 表N line, no 注. */
const shanghaiTable = (id: string, title: string, filter: ItemFilter, columns: ColumnDef[], rows: TableDef["rows"]): TableDef => ({
  id,
  sheetName: id,
  title: `${YEAR_PLACEHOLDER}年${title}`,
  filter,
  columns,
  rows,
  defaultNote: "",
  numberFormat: "#,##0",
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  displayUnit: "元",
  blankZeros: true,
  totalRow: "bottom",
  tableNumberLine: false,
  noteLine: false,
  departmentLabel: "编制单位",
});

const amount = (key: string, header: string[], filter?: ItemFilter): ColumnDef => ({ key, header, role: "amount", width: AMOUNT_WIDTH, ...(filter ? { filter } : {}) });
const total = (key: string, header: string[], sumOf: string[]): ColumnDef => ({ key, header, role: "amount", width: AMOUNT_WIDTH, sumOf });
const label = (key: string, header: string[], width: number): ColumnDef => ({ key, header, role: "label", width });

/** 类 | 款 | 项 code columns and the name column, under 项目. */
function splitCode(codeHeader: string, nameHeader: string, segments: CodeSegment[]): ColumnDef[] {
  return [
    ...segments.map((s): ColumnDef => ({ key: s, header: ["项目", codeHeader, s], role: "code", width: 6, codeSegment: s })),
    label("name", ["项目", nameHeader], 32),
  ];
}
const functionCode = splitCode("功能分类科目编码", "功能分类科目名称", ["类", "款", "项"]);
const fundRevenue = (key: string, text: string, sources: RevenueSource[], indent = 0): FixedRowDef => ({ key, label: text, indent, filter: { stream: "revenue", sources } });
const sumRow = (key: string, text: string, sumOf: string[]): FixedRowDef => ({ key, label: text, sumOf, total: true });
const classRows = (filter: ItemFilter): FixedRowDef => ({ key: "类", label: "", functionClasses: { count: 25, omitEmpty: true }, filter: { stream: "expenditure", ...filter } });

const T1 = shanghaiTable(
  "表1",
  "预算单位财务收支预算总表",
  {},
  [
    label("incomeItem", ["本年收入", "项目"], 26),
    amount("income", ["本年收入", "预算数"]),
    label("expenditureItem", ["本年支出", "项目"], 26),
    total("合计", ["本年支出", "预算数", "合计"], ["人员经费", "公用经费", "项目支出"]),
    amount("人员经费", ["本年支出", "预算数", "基本支出", "人员经费"], personnel),
    amount("公用经费", ["本年支出", "预算数", "基本支出", "公用经费"], publicCosts),
    amount("项目支出", ["本年支出", "预算数", "项目支出"], { kinds: ["项目支出"] }),
  ],
  {
    type: "twoSided",
    sections: [
      {
        left: [
          { key: "财政拨款收入", label: "一、财政拨款收入", sumOf: ["一般公共预算资金", "政府性基金", "国有资本经营预算"] },
          fundRevenue("一般公共预算资金", "1、一般公共预算资金", ["一般公共预算"], 1),
          fundRevenue("政府性基金", "2、政府性基金", ["政府性基金预算"], 1),
          fundRevenue("国有资本经营预算", "3、国有资本经营预算", ["国有资本经营预算"], 1),
          fundRevenue("事业收入", "二、事业收入", ["事业收入"]),
          fundRevenue("事业单位经营收入", "三、事业单位经营收入", ["经营收入"]),
          fundRevenue("其他收入", "四、其他收入", ["其他收入"]),
        ],
        right: [classRows({ kinds: IN_BUDGET })],
      },
      {
        left: [sumRow("收入总计", "收入总计", ["财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"])],
        right: [sumRow("支出总计", "支出总计", ["类"])],
      },
    ],
  },
);

const T2 = shanghaiTable(
  "表2",
  "预算单位收入预算总表",
  { stream: "revenue" },
  [
    ...functionCode,
    total("合计", ["收入预算", "合计"], ["财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"]),
    amount("财政拨款收入", ["收入预算", "财政拨款收入"], { sources: ["一般公共预算", "政府性基金预算", "国有资本经营预算"] }),
    amount("事业收入", ["收入预算", "事业收入"], { sources: ["事业收入"] }),
    amount("事业单位经营收入", ["收入预算", "事业单位经营收入"], { sources: ["经营收入"] }),
    amount("其他收入", ["收入预算", "其他收入"], { sources: ["其他收入"] }),
  ],
  { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
);

const T3 = shanghaiTable(
  "表3",
  "预算单位支出预算总表",
  { stream: "expenditure", kinds: IN_BUDGET },
  [
    ...functionCode,
    total("合计", ["支出预算", "合计"], ["基本支出", "项目支出"]),
    amount("基本支出", ["支出预算", "基本支出"], { kinds: ["基本支出"] }),
    amount("项目支出", ["支出预算", "项目支出"], { kinds: ["项目支出"] }),
  ],
  { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
);

const T4 = shanghaiTable(
  "表4",
  "预算单位财政拨款收支预算总表",
  {},
  [
    label("incomeItem", ["财政拨款收入", "项目"], 24),
    amount("income", ["财政拨款收入", "预算数"]),
    label("expenditureItem", ["财政拨款支出", "项目"], 26),
    total("合计", ["财政拨款支出", "合计"], funds),
    ...funds.map((f) => amount(f, ["财政拨款支出", f], { funds: [f] })),
  ],
  {
    type: "twoSided",
    sections: [
      {
        left: [
          fundRevenue("一般公共预算资金", "一、一般公共预算资金", ["一般公共预算"]),
          fundRevenue("政府性基金", "二、政府性基金", ["政府性基金预算"]),
          fundRevenue("国有资本经营预算", "三、国有资本经营预算", ["国有资本经营预算"]),
        ],
        right: [classRows({ funds, kinds: IN_BUDGET })],
      },
      {
        left: [sumRow("收入总计", "收入总计", ["一般公共预算资金", "政府性基金", "国有资本经营预算"])],
        right: [sumRow("支出总计", "支出总计", ["类"])],
      },
    ],
  },
);

/** 表5–表7: one 财政拨款 fund's 基本/项目 expenditure by function. */
const fundByFunction = (id: string, f: Fund): TableDef =>
  shanghaiTable(
    id,
    `预算单位${f}支出功能分类预算表`,
    { stream: "expenditure", funds: [f], kinds: IN_BUDGET },
    [
      ...functionCode,
      total("合计", [`${f}支出`, "合计"], ["基本支出", "项目支出"]),
      amount("基本支出", [`${f}支出`, "基本支出"], { kinds: ["基本支出"] }),
      amount("项目支出", [`${f}支出`, "项目支出"], { kinds: ["项目支出"] }),
    ],
    { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  );

const T8 = shanghaiTable(
  "表8",
  "预算单位一般公共预算基本支出部门预算经济分类预算表",
  { stream: "expenditure", funds: ["一般公共预算"], kinds: ["基本支出"] },
  [
    ...splitCode("经济分类科目编码", "部门经济分类科目名称", ["类", "款"]),
    total("合计", ["一般公共预算基本支出", "合计"], ["人员经费", "公用经费"]),
    amount("人员经费", ["一般公共预算基本支出", "人员经费"], personnel),
    amount("公用经费", ["一般公共预算基本支出", "公用经费"], publicCosts),
  ],
  { type: "codeHierarchy", dimension: "economic", labels: "codeColumns" },
);

/** 机关运行经费 (名词解释（八）): 行政 and 参公 units' 一般公共预算 基本支出 on 日常公用经费. */
const runningCosts: ItemFilter = { funds: ["一般公共预算"], unitKinds: ["行政", "参公"], ...publicCosts };
const THREE_PUBLIC = "“三公”经费预算数";
const VEHICLES = "公务用车购置及运行费";

const T9: TableDef = {
  ...shanghaiTable(
    "表9",
    "单位“三公”经费和机关运行经费预算表",
    { stream: "expenditure", funds },
    [
      total("合计", [THREE_PUBLIC, "合计"], ["因公出国", "公务接待", "公务用车"]),
      amount("因公出国", [THREE_PUBLIC, "因公出国(境)费"], { economic: ["30212"] }),
      amount("公务接待", [THREE_PUBLIC, "公务接待费"], { economic: ["30217"] }),
      total("公务用车", [THREE_PUBLIC, VEHICLES, "小计"], ["公务用车购置", "公务用车运行"]),
      amount("公务用车购置", [THREE_PUBLIC, VEHICLES, "购置费"], { economic: ["31013"] }),
      amount("公务用车运行", [THREE_PUBLIC, VEHICLES, "运行费"], { economic: ["30231"] }),
      amount("机关运行经费", ["机关运行经费预算数"], runningCosts),
    ],
    { type: "singleRow", key: "预算数" },
  ),
  displayUnit: "万元",
  numberFormat: "#,##0.00",
};

export const SHANGHAI_PACK: TemplatePack = {
  packFormat: PACK_FORMAT,
  id: "shanghai-unit-9",
  name: "上海市市级单位预算公开表（9张表）",
  version: "2025.1",
  tables: [T1, T2, T3, T4, fundByFunction("表5", "一般公共预算"), fundByFunction("表6", "政府性基金预算"), fundByFunction("表7", "国有资本经营预算"), T8, T9],
  rules: SHANGHAI_RULES,
  identities: SHANGHAI_IDENTITIES,
};
