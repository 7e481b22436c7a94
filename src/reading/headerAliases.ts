/**
 * Other names under which workbooks made by hand or by other systems print a column, keyed by
 * the definition's own (normalised) label. Matching also ignores 其中： and spacing.
 */
export const HEADER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  科目编码: ["编码", "科目代码", "功能分类科目编码"],
  科目名称: ["功能分类科目名称", "功能科目名称"],
  功能科目名称: ["科目名称", "功能分类科目名称", "功能分类科目", "项目"],
  部门预算支出经济科目: ["部门预算支出经济分类科目", "经济分类科目", "经济科目名称", "科目名称", "项目"],
  "支出项目类别(资金使用单位)": ["支出项目类别", "资金使用单位", "单位名称", "项目"],
  项目: ["项目名称"],
  预算: ["预算数", "金额"],
  小计: ["合计"],
};
