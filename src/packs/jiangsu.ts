/**
 * The Jiangsu pack: the 部门预算公开表 of a 江苏省 department as the 2019 documents print them
 * (江苏省人大常委会办公厅, 中共江苏省委办公厅, 江苏省政协办公厅; shared/real/jiangsu-*-2019.pdf):
 * 公开表一–十一 in 万元, 部门： above each table, no 表N line and no 注, one 金额 column in the
 * code tables, and 会议费 and 培训费 beside the “三公”. Its 公开表十二 政府采购预算表 lists
 * purchases the budget model does not hold, so the pack leaves it out. The model has no
 * 单位预留机动经费 either: generated tables leave it empty, while a document's figure there is
 * checked in its totals. Pure data; the rules are in jiangsuRules.ts.
 */
import { chineseOrdinal } from "../catalog/functionClasses";
import type { ExpenditureKind, Fund, RevenueSource } from "../model/types";
import { ItemFilter, PACK_FORMAT, TableDef, TemplatePack } from "../tables/types";
import { amount, codeAndName, expenditureRow, label, revenueRow, sumRow, tableMaker, total } from "./columns";
import { JIANGSU_IDENTITIES, jiangsuRules } from "./jiangsuRules";

/** The three 财政拨款, each a fund of expenditure and a source of revenue. */
const funds: Array<Fund & RevenueSource> = ["一般公共预算", "政府性基金预算", "国有资本经营预算"];
const IN_YEAR: ExpenditureKind[] = ["基本支出", "项目支出"];
/** The model holds no 单位预留机动经费: no item is of it. */
const RESERVE: ItemFilter = { kinds: [] };

const jiangsuTable = tableMaker({
  defaultNote: "",
  numberFormat: "#,##0.00",
  print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  displayUnit: "万元",
  tableNumberLine: false,
  noteLine: false,
  departmentLabel: "部门",
});

/** 支出用途: 一、基本支出, 二、项目支出, 三、单位预留机动经费 (财政拨款 only in 公开表四). */
const uses = (filter: ItemFilter) => [
  expenditureRow("基本支出", "一、基本支出", { ...filter, kinds: ["基本支出"] }),
  expenditureRow("项目支出", "二、项目支出", { ...filter, kinds: ["项目支出"] }),
  expenditureRow("单位预留机动经费", "三、单位预留机动经费", RESERVE),
];
const USES = uses({});

const APPROPRIATION_ROWS = funds.map((f, i) => revenueRow(f, ` ${i + 1}.${f}`, [f]));

/**
 * 公开表一 prints its expenditure twice, by function (功能分类) and by use (支出用途), and its
 * totals under the use: the pack keeps the use, whose totals it can check (the function 类 are in 公开表五).
 */
const T1 = jiangsuTable(
  "表1",
  "收支预算总表",
  {},
  [label("incomeItem", ["收入", "项目名称"], 26), amount("income", ["收入", "金额"]), label("expenditureItem", ["支出", "支出用途", "项目名称"], 26), amount("expenditure", ["支出", "支出用途", "金额"])],
  {
    type: "twoSided",
    sections: [
      {
        left: [
          sumRow("财政拨款", "一、财政拨款", ["一般公共预算", "政府性基金预算", "国有资本经营预算"]),
          ...APPROPRIATION_ROWS,
          revenueRow("财政专户管理资金", "二、财政专户管理资金", ["教育收费", "其他专户收入拨款"]),
          revenueRow("其他资金", "三、其他资金", ["事业收入", "经营收入", "其他收入", "上级补助收入", "附属单位上缴收入"]),
        ],
        right: USES,
      },
      {
        left: [sumRow("当年收入小计", "当年收入小计", ["财政拨款", "财政专户管理资金", "其他资金"])],
        right: [sumRow("当年支出小计", "当年支出小计", USES.map((r) => r.key))],
      },
      {
        left: [revenueRow("上年结转资金", "上年结转资金", ["用事业基金弥补收支差额"])],
        right: [expenditureRow("结转下年资金", "结转下年资金", { kinds: ["结转下年"] })],
      },
      {
        left: [sumRow("收入合计", "收入合计", ["当年收入小计", "上年结转资金"])],
        right: [sumRow("支出合计", "支出合计", ["当年支出小计", "结转下年资金"])],
      },
    ],
  },
);

const T2 = jiangsuTable("表2", "收入预算总表", { stream: "revenue" }, [label("item", ["项目名称"], 30), amount("金额", ["金额"])], {
  type: "fixed",
  rows: [
    sumRow("收入总计", "收入总计", ["一般公共预算资金", "政府性基金", "国有资本经营预算", "财政专户管理资金", "其他资金", "上年结转和结余资金"]),
    sumRow("一般公共预算资金", "一般公共预算资金", ["公共财政拨款", "专项收入"]),
    revenueRow("公共财政拨款", "公共财政拨款(补助)资金", ["一般公共预算"], 1),
    revenueRow("专项收入", "专项收入", [], 1),
    revenueRow("政府性基金", "政府性基金", ["政府性基金预算"]),
    revenueRow("国有资本经营预算", "国有资本经营预算", ["国有资本经营预算"]),
    sumRow("财政专户管理资金", "财政专户管理资金", ["专户管理教育收费", "其他非税收入"]),
    revenueRow("专户管理教育收费", "专户管理教育收费", ["教育收费"], 1),
    revenueRow("其他非税收入", "其他非税收入", ["其他专户收入拨款"], 1),
    sumRow("其他资金", "其他资金", ["事业收入", "经营收入", "其他收入"]),
    revenueRow("事业收入", "事业收入", ["事业收入"], 1),
    revenueRow("经营收入", "经营收入", ["经营收入"], 1),
    revenueRow("其他收入", "其他收入", ["其他收入", "上级补助收入", "附属单位上缴收入"], 1),
    revenueRow("上年结转和结余资金", "上年结转和结余资金", ["用事业基金弥补收支差额"]),
  ],
});

const T3 = jiangsuTable(
  "表3",
  "支出预算总表",
  { stream: "expenditure" },
  [
    total("合计", ["合计"], ["基本支出", "项目支出", "单位预留机动经费", "结转下年资金"]),
    amount("基本支出", ["基本支出"], { kinds: ["基本支出"] }),
    amount("项目支出", ["项目支出"], { kinds: ["项目支出"] }),
    amount("单位预留机动经费", ["单位预留机动经费"], RESERVE),
    amount("结转下年资金", ["结转下年资金"], { kinds: ["结转下年"] }),
  ],
  { type: "singleRow", key: "预算数" },
);

const T4 = jiangsuTable(
  "表4",
  "财政拨款收支预算总表",
  {},
  [label("incomeItem", ["收入", "项目名称"], 24), amount("income", ["收入", "金额"]), label("expenditureItem", ["支出", "支出用途", "项目名称"], 24), amount("expenditure", ["支出", "支出用途", "金额"])],
  {
    type: "twoSided",
    sections: [
      {
        left: funds.map((f, i) => revenueRow(f, `${chineseOrdinal(i + 1)}、${f}`, [f])),
        right: uses({ funds }),
      },
      {
        left: [sumRow("收入合计", "收入合计", ["一般公共预算", "政府性基金预算", "国有资本经营预算"])],
        right: [sumRow("支出合计", "支出合计", ["基本支出", "项目支出", "单位预留机动经费"])],
      },
    ],
  },
);

/** 公开表五, 七, 十: expenditure by function code, one 金额 column. */
const byFunction = (id: string, title: string, filter: ItemFilter): TableDef =>
  jiangsuTable(id, title, { stream: "expenditure", kinds: IN_YEAR, ...filter }, [...codeAndName("功能科目编码", "功能科目名称"), amount("金额", ["金额"])], {
    type: "codeHierarchy",
    dimension: "function",
    labels: "codeColumns",
  });

/** 公开表六, 八, 十一: 基本支出 by economic code, one column. */
const byEconomic = (id: string, title: string, filter: ItemFilter, column = "金额"): TableDef =>
  jiangsuTable(id, title, { stream: "expenditure", kinds: ["基本支出"], ...filter }, [...codeAndName("科目编码", "科目名称"), amount("金额", [column])], {
    type: "codeHierarchy",
    dimension: "economic",
    labels: "codeColumns",
  });

const THREE_PUBLIC = "“三公”经费";
const VEHICLES = "公务用车购置及运行维护费";

const T9 = jiangsuTable(
  "表9",
  "“三公”经费、会议费、培训费支出预算表",
  { stream: "expenditure", funds },
  [
    total("合计", ["合计"], ["三公经费", "会议费", "培训费"]),
    total("三公经费", [THREE_PUBLIC, "小计"], ["因公出国", "公务用车", "公务接待"]),
    amount("因公出国", [THREE_PUBLIC, "因公出国（境）费"], { economic: ["30212"] }),
    total("公务用车", [THREE_PUBLIC, VEHICLES, "小计"], ["公务用车购置", "公务用车运行"]),
    amount("公务用车购置", [THREE_PUBLIC, VEHICLES, "公务用车购置费"], { economic: ["31013"] }),
    amount("公务用车运行", [THREE_PUBLIC, VEHICLES, "公务用车运行维护费"], { economic: ["30231"] }),
    amount("公务接待", [THREE_PUBLIC, "公务接待费"], { economic: ["30217"] }),
    amount("会议费", ["会议费"], { economic: ["30215"] }),
    amount("培训费", ["培训费"], { economic: ["30216"] }),
  ],
  { type: "singleRow", key: "预算数" },
);

/** 机关运行经费: 行政 and 参公 units' 一般公共预算 基本支出 other than 人员经费 (301, 303). */
const RUNNING_COSTS: ItemFilter = { funds: ["一般公共预算"], unitKinds: ["行政", "参公"], notEconomic: ["301", "303"] };

const TABLES = [
  T1,
  T2,
  T3,
  T4,
  byFunction("表5", "财政拨款支出预算表（功能科目）", { funds }),
  byEconomic("表6", "财政拨款基本支出预算表（经济科目）", { funds }),
  byFunction("表7", "一般公共预算支出预算表（功能科目）", { funds: ["一般公共预算"] }),
  byEconomic("表8", "一般公共预算基本支出预算表（经济科目）", { funds: ["一般公共预算"] }),
  T9,
  byFunction("表10", "财政拨款政府性基金支出预算表", { funds: ["政府性基金预算"] }),
  byEconomic("表11", "一般公共预算机关运行经费支出预算表", RUNNING_COSTS, "机关运行经费支出"),
];

export const JIANGSU_PACK: TemplatePack = {
  packFormat: PACK_FORMAT,
  id: "jiangsu-department-11",
  name: "江苏省部门预算公开表（公开表一至十一）",
  version: "2019.1",
  departmentPattern: "^(?:江苏省|中共江苏省委)",
  tables: TABLES,
  rules: jiangsuRules(TABLES),
  identities: JIANGSU_IDENTITIES,
};
