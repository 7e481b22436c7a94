/**
 * Table kinds, as data: the tables every region's 部门预算 prints under its own titles (表N,
 * 公开01表, 预算表N, 部门/单位 and year prefixes, （按功能分类） qualifiers), told by the words of
 * the title, and how their rows are read: two sides (收入 | 支出), classification codes, units,
 * or not at all (projects, procurement: no sums every region shares).
 */

export type KindRows = "twoSided" | "codes" | "list" | "unchecked";

export interface TableKind {
  id: string;
  en: string;
  /** The title's words (labelCore, table labels removed); first matching kind wins, so specific kinds come first. */
  title: RegExp;
  rows: KindRows;
  /** Classification of the codes; else 经济 in the title or the header says economic, function otherwise. */
  dimension?: "function" | "economic";
}

export const TABLE_KINDS: readonly TableKind[] = [
  { id: "财政拨款收支总表", en: "appropriations, income and spending", title: /财政拨款收支(?:预算)?总(?:体情况)?表/, rows: "twoSided" },
  { id: "收支总表", en: "income and spending", title: /收支(?:预算)?总(?:体情况)?表/, rows: "twoSided" },
  { id: "收入总表", en: "income", title: /收入(?:预算)?总(?:体情况)?表/, rows: "codes" },
  { id: "三公经费表", en: "the three public expenses", title: /三公/, rows: "list" },
  { id: "机关运行经费表", en: "running costs", title: /机关运行经费/, rows: "unchecked" },
  { id: "项目支出表", en: "projects", title: /项目支出|绩效/, rows: "unchecked" },
  { id: "政府采购表", en: "government procurement", title: /政府采购/, rows: "unchecked" },
  { id: "一般公共预算基本支出表", en: "general public budget basic spending", title: /一般公共预算基本支出/, rows: "codes", dimension: "economic" },
  { id: "财政拨款基本支出表", en: "appropriations basic spending", title: /财政拨款基本支出/, rows: "codes", dimension: "economic" },
  { id: "基本支出表", en: "basic spending", title: /基本支出/, rows: "codes", dimension: "economic" },
  { id: "政府性基金支出表", en: "government funds", title: /政府性基金/, rows: "codes" },
  { id: "国有资本经营支出表", en: "state capital operations", title: /国有资本经营/, rows: "codes" },
  { id: "支出总表", en: "spending", title: /支出(?:预算)?总(?:体情况)?表/, rows: "codes", dimension: "function" },
  { id: "一般公共预算支出表", en: "general public budget spending", title: /一般公共预算(?:财政拨款)?支出/, rows: "codes" },
  { id: "财政拨款支出表", en: "appropriations spending", title: /财政拨款支出/, rows: "codes" },
];

/** Narrative headings and contents lines name tables too, but are none (重庆's titles end 情况表: those are titles). */
const NOT_A_TITLE = /说明|目录|部分$/;
/** A title is short: the kind's words and a prefix (year, department, 表N label). */
const MAX_TITLE = 48;
/** 表1, 表 10, 公开01表, 预算表 1, 部门公开表1, （预算表 1）: labels that number a table, not part of its name. */
const TABLE_LABEL = /(?:部门|单位)?(?:公开|预算)?表\d{1,2}|(?:公开|预算)\d{1,2}表|\((?:预算)?表\d{1,2}\)/g;

/** The kind a title names, if any. */
export function kindOfTitle(title: string): TableKind | undefined {
  if (title.length > MAX_TITLE || NOT_A_TITLE.test(title)) return undefined;
  const words = title.replace(TABLE_LABEL, "");
  return TABLE_KINDS.find((k) => k.title.test(words));
}

/** The layout a workbook no pack describes is reported as. */
export const GENERIC_LAYOUT = { id: "generic", name: "通用核对（未识别的版式）generic checks (layout not recognised)" };
