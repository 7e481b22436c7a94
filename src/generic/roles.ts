/**
 * Header roles, as data: what a column of any region's table holds, told by its header label
 * (normalised by labelCore: no spaces, quotes or ordinals, brackets half-width). A total column
 * (合计, 小计) adds up the columns beside it under the same heading; a part names the role it
 * adds into when both stand side by side (人员经费 and 公用经费 into 基本支出); a column beside
 * the others (会议费 and 培训费 beside the “三公”) adds into no total.
 */

export type ColumnRole =
  /** One code column, or a segment of a code split into 类 | 款 | 项. */
  | "code"
  | "类"
  | "款"
  | "项"
  /** A department's or unit's own code (部门代码): its rows are units, not classification codes. */
  | "unitCode"
  /** 深圳's 预算单位 column: the unit's name on the row of its total. */
  | "unitName"
  | "name"
  | "total"
  | "三公"
  | "基本支出"
  | "人员经费"
  | "公用经费"
  | "项目支出"
  | "事业单位经营支出"
  | "上缴上级支出"
  /** 江苏: 单位预留机动经费 beside 基本支出 and 项目支出, and 结转下年资金. */
  | "单位预留机动经费"
  | "结转下年资金"
  | "对附属单位补助支出"
  | "因公出国(境)费"
  | "公务用车购置及运行费"
  | "公务用车购置费"
  | "公务用车运行费"
  | "公务接待费"
  | "income"
  /** 会议费, 培训费: printed beside the “三公”, part of no “三公” total (a 合计 over them all adds them). */
  | "beside"
  /** A heading over the figures of one period (当年预算, 上年结转): adds into the table's 合计. */
  | "period"
  /** 其中 columns (深圳's 政府采购项目 and what of it is kept for small firms): part of no total, and no sum among them. */
  | "memo"
  /** A single figure column (预算数): the figure of its row, part of no total beside it. */
  | "value"
  /** A heading over the code and name columns (功能分类科目): no figures of its own. */
  | "heading";

export interface RoleDef {
  role: ColumnRole;
  /** Labels as labelCore leaves them; a pattern matches the whole label. */
  labels: RegExp;
  /** The role this one adds into when a column of that role stands beside it. */
  partOf?: ColumnRole;
  /** Carried-over figures (上年结转): not the year's budget that other tables show. */
  carryover?: true;
}

/** First match wins: more specific labels first. */
export const ROLE_DEFS: readonly RoleDef[] = [
  { role: "unitCode", labels: /^(?:部门|单位|部门\(单位\)|单位\(部门\))(?:代码|编码)$/ },
  { role: "unitName", labels: /^预算单位$/ },
  { role: "code", labels: /^(?:(?:功能|经济)?(?:分类)?科目(?:编码|代码)|编码|代码|功能分类科目编码|经济分类科目编码)$/ },
  { role: "类", labels: /^类$/ },
  { role: "款", labels: /^款$/ },
  { role: "项", labels: /^项$/ },
  { role: "name", labels: /^(?:(?:功能|经济)?(?:分类)?科目名称|支出(?:功能|经济)分类科目名称|(?:部门|单位)?(?:预算)?支出(?:功能|经济)分类科目|功能科目名称|经济科目名称|(?:部门|单位|部门\(单位\))名称|项目|项目名称|科目)$/ },
  { role: "三公", labels: /^三公经费(?:合计|预算数|小计)?$/ },
  { role: "total", labels: /^(?:合计|小计|总计|支出总计|收入总计|(?:本年)?支出合计|(?:本年)?收入合计)$/ },
  { role: "memo", labels: /政府采购/ },
  { role: "基本支出", labels: /^基本支出$/ },
  { role: "人员经费", labels: /^人员经费(?:支出)?$/, partOf: "基本支出" },
  { role: "公用经费", labels: /^公用经费(?:支出)?$/, partOf: "基本支出" },
  { role: "项目支出", labels: /^项目支出$/ },
  { role: "事业单位经营支出", labels: /^事业单位经营(?:性)?支出$/ },
  { role: "上缴上级支出", labels: /^上缴上级支出$/ },
  { role: "对附属单位补助支出", labels: /^对附属单位补助支出$/ },
  { role: "单位预留机动经费", labels: /^单位预留机动经费$/ },
  { role: "结转下年资金", labels: /^结转下年(?:资金|支出)?$/ },
  { role: "因公出国(境)费", labels: /^(?:因公出国\(境\)费(?:用)?|科研因公出国\(境\)费(?:用)?)$/ },
  { role: "公务用车购置及运行费", labels: /^公务用车购置及运行(?:维护)?费$/ },
  { role: "公务用车购置费", labels: /^公务用车购置(?:费)?$/, partOf: "公务用车购置及运行费" },
  { role: "公务用车运行费", labels: /^公务用车运行(?:维护)?(?:费)?$/, partOf: "公务用车购置及运行费" },
  { role: "公务接待费", labels: /^公务接待费$/ },
  { role: "beside", labels: /^(?:会议费|培训费)$/ },
  { role: "period", labels: /^(?:上年结转(?:结余)?|上年财政拨款结转|结转结余)$/, carryover: true },
  { role: "period", labels: /^(?:当年预算|本年预算|本年收入|本年支出|编制预算|本年.*支出|本年.*拨款|本年财政拨款.*)$/ },
  {
    role: "income",
    labels: /^(?:一般公共预算|政府性基金|国有资本经营|财政专户管理资金|财政拨款|单位资金|事业|事业单位经营|上级补助|附属单位上缴|其他)(?:预算)?(?:拨款)?(?:收入|资金)?$/,
  },
  { role: "value", labels: /^(?:预算数|金额|预算金额|本年预算数|年初预算数|预算)$/ },
  { role: "heading", labels: /^(?:收入|支出|功能分类科目|部门预算支出经济分类科目|支出经济分类科目|经济分类科目|科目编码及名称)$/ },
];

/** The role of a header label, or undefined for a label no region's tables were seen to print. */
export function roleOf(label: string): RoleDef | undefined {
  return ROLE_DEFS.find((d) => d.labels.test(label));
}

/** Roles that place a row (code, name) rather than hold figures. */
export const ROW_ROLES: ReadonlySet<ColumnRole> = new Set(["code", "类", "款", "项", "unitCode", "unitName", "name"]);

/** Roles a total column stands for, when a part of one of them stands beside it. */
export const TOTAL_ROLES: ReadonlySet<ColumnRole> = new Set(["total", "三公"]);
