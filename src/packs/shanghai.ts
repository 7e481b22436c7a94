/**
 * The Shanghai packs: the nine tables Shanghai's budget units and departments publish, in three
 * layouts that differ only in words and in 表1's expenditure columns:
 * - 市级单位: a 上海市市级单位预算 as 上海市财政局 published it for 2025 (the Shanghai seed);
 * - 区级单位: a district's 单位预算 (普陀区 2026 unit template, 社会福利院 2024);
 * - 区级部门: a district's 部门预算 (普陀区 2026 department template, 财政局 2025, 万里街道 2023):
 *   titles say 部门…, the unit line 编制部门, and 表1 prints its expenditure with one 预算数 column.
 * Whole 元 except 表9 in 万元, codes split into 类/款/项 columns, 合计 at the bottom, zeros left
 * blank, no 表N line and no 注. Pure data; the rules are in shanghaiRules.ts.
 */
import { APPROPRIATION_FUNDS, ExpenditureKind, Fund, RevenueSource } from "../model/types";
import { CodeSegment, ColumnDef, FixedRowDef, ItemFilter, PACK_FORMAT, TableDef, TemplatePack, YEAR_PLACEHOLDER } from "../tables/types";
import { shanghaiIdentities, shanghaiRules } from "./shanghaiRules";

const AMOUNT_WIDTH = 15;
const funds = [...APPROPRIATION_FUNDS];
const IN_BUDGET: ExpenditureKind[] = ["基本支出", "项目支出"];

/** 人员经费 are 工资福利支出 and 对个人和家庭的补助; 公用经费 the rest of 基本支出 (表1 and 表8 agree on it). */
const PERSONNEL = ["301", "303"];
const personnel: ItemFilter = { kinds: ["基本支出"], economic: PERSONNEL };
const publicCosts: ItemFilter = { kinds: ["基本支出"], notEconomic: PERSONNEL };

/** What sets the three layouts apart. */
interface Layout {
  id: string;
  name: string;
  departmentPattern?: string;
  /** The word the titles start with: 预算单位 (表1–表8) / 单位 (表9), or 部门 throughout. */
  titleWord: { tables: string; table9: string };
  departmentLabel: "编制单位" | "编制部门";
  /** Sheet names by table, as the layout's own template workbooks name them; else 表N. */
  sheetNames?: readonly string[];
  /** 表1's expenditure side: 合计 / 人员经费 / 公用经费 / 项目支出, or one 预算数 column. */
  expenditureColumns: "kinds" | "single";
  /** 表1 and 表4 fund labels: 一般公共预算资金 (2025 市级) or 一般公共预算 (the 2026 district templates). */
  fundLabels: readonly [string, string, string];
}

/** What every Shanghai table shares: print setup, whole 元, blank zeros, 编制单位, no 表N line, no 注. */
const shanghaiTable = (layout: Layout, id: string, title: string, filter: ItemFilter, columns: ColumnDef[], rows: TableDef["rows"]): TableDef => ({
  id,
  sheetName: layout.sheetNames?.[Number(id.slice(1)) - 1] ?? id,
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
  departmentLabel: layout.departmentLabel,
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

/** 表1's expenditure columns: by kind (单位 layouts) or one 预算数 column (区级部门). */
function expenditureColumns(layout: Layout): ColumnDef[] {
  if (layout.expenditureColumns === "single") return [amount("合计", ["本年支出", "预算数"], { kinds: IN_BUDGET })];
  return [
    total("合计", ["本年支出", "预算数", "合计"], ["人员经费", "公用经费", "项目支出"]),
    amount("人员经费", ["本年支出", "预算数", "基本支出", "人员经费"], personnel),
    amount("公用经费", ["本年支出", "预算数", "基本支出", "公用经费"], publicCosts),
    amount("项目支出", ["本年支出", "预算数", "项目支出"], { kinds: ["项目支出"] }),
  ];
}

const t1 = (layout: Layout): TableDef => {
  const [general, fund, capital] = layout.fundLabels;
  const numbered = layout.expenditureColumns === "single" ? (n: number, text: string) => `${n}. ${text}` : (n: number, text: string) => `${n}、${text}`;
  return shanghaiTable(
    layout,
    "表1",
    `${layout.titleWord.tables}财务收支预算总表`,
    {},
    [label("incomeItem", ["本年收入", "项目"], 26), amount("income", ["本年收入", "预算数"]), label("expenditureItem", ["本年支出", "项目"], 26), ...expenditureColumns(layout)],
    {
      type: "twoSided",
      sections: [
        {
          left: [
            { key: "财政拨款收入", label: "一、财政拨款收入", sumOf: ["一般公共预算资金", "政府性基金", "国有资本经营预算"] },
            fundRevenue("一般公共预算资金", numbered(1, general), ["一般公共预算"], 1),
            fundRevenue("政府性基金", numbered(2, fund), ["政府性基金预算"], 1),
            fundRevenue("国有资本经营预算", numbered(3, capital), ["国有资本经营预算"], 1),
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
};

const t2 = (layout: Layout): TableDef =>
  shanghaiTable(
    layout,
    "表2",
    `${layout.titleWord.tables}收入预算总表`,
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

const t3 = (layout: Layout): TableDef =>
  shanghaiTable(
    layout,
    "表3",
    `${layout.titleWord.tables}支出预算总表`,
    { stream: "expenditure", kinds: IN_BUDGET },
    [
      ...functionCode,
      total("合计", ["支出预算", "合计"], ["基本支出", "项目支出"]),
      amount("基本支出", ["支出预算", "基本支出"], { kinds: ["基本支出"] }),
      amount("项目支出", ["支出预算", "项目支出"], { kinds: ["项目支出"] }),
    ],
    { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  );

const t4 = (layout: Layout): TableDef =>
  shanghaiTable(
    layout,
    "表4",
    `${layout.titleWord.tables}财政拨款收支预算总表`,
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
            fundRevenue("一般公共预算资金", `一、${layout.fundLabels[0]}`, ["一般公共预算"]),
            fundRevenue("政府性基金", `二、${layout.fundLabels[1]}`, ["政府性基金预算"]),
            fundRevenue("国有资本经营预算", `三、${layout.fundLabels[2]}`, ["国有资本经营预算"]),
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
const fundByFunction = (layout: Layout, id: string, f: Fund): TableDef =>
  shanghaiTable(
    layout,
    id,
    `${layout.titleWord.tables}${f}支出功能分类预算表`,
    { stream: "expenditure", funds: [f], kinds: IN_BUDGET },
    [
      ...functionCode,
      total("合计", [`${f}支出`, "合计"], ["基本支出", "项目支出"]),
      amount("基本支出", [`${f}支出`, "基本支出"], { kinds: ["基本支出"] }),
      amount("项目支出", [`${f}支出`, "项目支出"], { kinds: ["项目支出"] }),
    ],
    { type: "codeHierarchy", dimension: "function", labels: "codeColumns" },
  );

const t8 = (layout: Layout): TableDef =>
  shanghaiTable(
    layout,
    "表8",
    `${layout.titleWord.tables}一般公共预算基本支出部门预算经济分类预算表`,
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

const t9 = (layout: Layout): TableDef => ({
  ...shanghaiTable(
    layout,
    "表9",
    `${layout.titleWord.table9}“三公”经费和机关运行经费预算表`,
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
});

const shanghaiPack = (layout: Layout, version: string): TemplatePack => ({
  packFormat: PACK_FORMAT,
  id: layout.id,
  name: layout.name,
  version,
  ...(layout.departmentPattern ? { departmentPattern: layout.departmentPattern } : {}),
  tables: [
    t1(layout),
    t2(layout),
    t3(layout),
    t4(layout),
    fundByFunction(layout, "表5", "一般公共预算"),
    fundByFunction(layout, "表6", "政府性基金预算"),
    fundByFunction(layout, "表7", "国有资本经营预算"),
    t8(layout),
    t9(layout),
  ],
  rules: shanghaiRules(layout.expenditureColumns === "kinds"),
  identities: shanghaiIdentities(layout.expenditureColumns === "kinds"),
});

const UNIT_WORDS = { tables: "预算单位", table9: "单位" };
const FUNDS_2025 = ["一般公共预算资金", "政府性基金", "国有资本经营预算"] as const;
const FUNDS_2026 = ["一般公共预算", "政府性基金预算", "国有资本经营预算"] as const;

export const SHANGHAI_PACK = shanghaiPack(
  { id: "shanghai-unit-9", name: "上海市市级单位预算公开表（9张表）", titleWord: UNIT_WORDS, departmentLabel: "编制单位", expenditureColumns: "kinds", fundLabels: FUNDS_2025 },
  "2025.1",
);

/** A department of one of Shanghai's 16 districts. */
const DISTRICT = "(?:黄浦|徐汇|长宁|静安|普陀|虹口|杨浦|闵行|宝山|嘉定|浦东新|金山|松江|青浦|奉贤|崇明)区";

/** Sheet names of 普陀区's 2026 templates (shared/real/putuo-2026-*-template.xlsx), 单位 or 部门 first. */
const districtSheets = (w: "单位" | "部门") =>
  ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "一般公共预算拨款表", "政府性基金拨款表", "国有资本经营预算拨款表", "一般公共预算拨款基本支出明细表", "“三公”经费和机关运行费预算表"].map((s) => w + s);

export const SHANGHAI_DISTRICT_UNIT_PACK = shanghaiPack(
  {
    id: "shanghai-district-unit-9",
    name: "上海市区级单位预算公开表（9张表）",
    departmentPattern: DISTRICT,
    titleWord: UNIT_WORDS,
    departmentLabel: "编制单位",
    sheetNames: districtSheets("单位"),
    expenditureColumns: "kinds",
    fundLabels: FUNDS_2026,
  },
  "2026.1",
);

export const SHANGHAI_DISTRICT_DEPARTMENT_PACK = shanghaiPack(
  {
    id: "shanghai-district-department-9",
    name: "上海市区级部门预算公开表（9张表）",
    departmentPattern: DISTRICT,
    titleWord: { tables: "部门", table9: "部门" },
    departmentLabel: "编制部门",
    sheetNames: districtSheets("部门"),
    expenditureColumns: "single",
    fundLabels: FUNDS_2026,
  },
  "2026.1",
);
