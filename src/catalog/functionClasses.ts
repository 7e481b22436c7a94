/**
 * 支出功能分类 类 (function classes) in the order 表1 lists them, with the ordinal label the
 * tables print (一、一般公共服务支出 …). 表4 prints the first 24 (转移性支出 is not 财政拨款).
 */
export interface FunctionClass {
  code: string;
  name: string;
  ordinal: string;
}

const CLASSES: Array<[string, string]> = [
  ["201", "一般公共服务支出"],
  ["202", "外交支出"],
  ["203", "国防支出"],
  ["204", "公共安全支出"],
  ["205", "教育支出"],
  ["206", "科学技术支出"],
  ["207", "文化旅游体育与传媒支出"],
  ["208", "社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["211", "节能环保支出"],
  ["212", "城乡社区支出"],
  ["213", "农林水支出"],
  ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"],
  ["216", "商业服务业等支出"],
  ["217", "金融支出"],
  ["219", "援助其他地区支出"],
  ["220", "自然资源海洋气象等支出"],
  ["221", "住房保障支出"],
  ["222", "粮油物资储备支出"],
  ["223", "国有资本经营预算支出"],
  ["224", "灾害防治及应急管理支出"],
  ["232", "债务付息支出"],
  ["229", "其他支出"],
  ["230", "转移性支出"],
];

const NUMERALS = "一二三四五六七八九";

/** Chinese ordinal for 1..99 as the tables write it (十, 十一, 二十, 二十五). */
export function chineseOrdinal(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? "" : tens === 1 ? "十" : `${NUMERALS[tens - 1]}十`;
  return tensText + (ones ? NUMERALS[ones - 1] : "");
}

export const FUNCTION_CLASSES: readonly FunctionClass[] = CLASSES.map(([code, name], i) => ({
  code,
  name,
  ordinal: chineseOrdinal(i + 1),
}));

/** Codes of 类 outside the 25 listed that still exist (债务发行费用支出), named for lookups. */
export const OTHER_FUNCTION_CLASS_NAMES: Record<string, string> = {
  "233": "债务发行费用支出",
};

/** An earlier name of a code and the last year it was valid. */
export interface FormerName {
  name: string;
  validUntil: number;
}

/**
 * Earlier names of renamed 类 and the last year each was valid. The 2019 edition renamed 207,
 * 210 and 220: the 2019 budgets of 江苏省人大常委会办公厅 and 中共江苏省委办公厅 (sources in
 * functionNames.ts) print the new names. Both still print 资源勘探信息等支出 for 215 in 2019;
 * the 2025–2026 sources print 资源勘探工业信息等支出, so 2019 is the last year attested.
 */
export const FORMER_CLASS_NAMES: Readonly<Record<string, readonly FormerName[]>> = {
  "207": [{ name: "文化体育与传媒支出", validUntil: 2018 }],
  "210": [{ name: "医疗卫生与计划生育支出", validUntil: 2018 }],
  "215": [{ name: "资源勘探信息等支出", validUntil: 2019 }],
  "220": [{ name: "国土海洋气象等支出", validUntil: 2018 }],
};
