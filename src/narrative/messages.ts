/**
 * Message templates of the narrative rules, in Chinese and English. Parameters: at (the sentence's
 * place), subject (as the text names it), cited (as printed), and for disagreements expected,
 * source (the table cell or the text's own figures), diff and tol in the cited unit.
 */
import type { Message, Params } from "../reading/problems";

const s = (p: Params, key: string): string => String(p[key] ?? "");

export const NARRATIVE_MESSAGES: Record<string, (p: Params) => Message> = {
  "narrative.amount": (p) => ({
    zh: `${s(p, "at")}：“${s(p, "subject")}”写作 ${s(p, "cited")}，${s(p, "source")} 为 ${s(p, "expected")}，相差 ${s(p, "diff")}，超出四舍五入容许 ${s(p, "tol")}`,
    en: `${s(p, "at")}: ${s(p, "subject")} is cited as ${s(p, "cited")} but ${s(p, "source")} shows ${s(p, "expected")}: difference ${s(p, "diff")}, beyond the rounding tolerance ${s(p, "tol")}`,
  }),
  "narrative.truncated": (p) => ({
    zh: `${s(p, "at")}：“${s(p, "subject")}”写作 ${s(p, "cited")}，${s(p, "source")} 为 ${s(p, "expected")}：是截去尾数而非四舍五入（相差 ${s(p, "diff")}，不足末位一个单位）`,
    en: `${s(p, "at")}: ${s(p, "subject")} is cited as ${s(p, "cited")} and ${s(p, "source")} shows ${s(p, "expected")}: the digits were cut off rather than rounded (difference ${s(p, "diff")}, less than one unit of the last digit)`,
  }),
  "narrative.change": (p) => ({
    zh: `${s(p, "at")}：“${s(p, "subject")}”与上年比较写作${s(p, "cited")}，按本年 ${s(p, "source")} 与上年的表应为${s(p, "expected")}，相差 ${s(p, "diff")}，超出四舍五入容许 ${s(p, "tol")}`,
    en: `${s(p, "at")}: the change of ${s(p, "subject")} is cited as ${s(p, "cited")} but this year's ${s(p, "source")} and last year's tables give ${s(p, "expected")}: difference ${s(p, "diff")}, beyond the rounding tolerance ${s(p, "tol")}`,
  }),
  "narrative.percent": (p) => ({
    zh: `${s(p, "at")}：“${s(p, "subject")}”的变动写作 ${s(p, "cited")}，由${s(p, "source")}算得 ${s(p, "expected")}%，四舍五入也不能得出`,
    en: `${s(p, "at")}: the change of ${s(p, "subject")} is cited as ${s(p, "cited")} but ${s(p, "source")} give ${s(p, "expected")}%, which rounding cannot explain`,
  }),
  "narrative.contradiction": (p) => ({
    zh: `${s(p, "at")}：“${s(p, "subject")}”为 ${s(p, "stated")}，却“比上年增加 ${s(p, "cited")}”，上年预算将为负数 ${s(p, "expected")}，前后矛盾`,
    en: `${s(p, "at")}: ${s(p, "subject")} is ${s(p, "stated")} yet "up ${s(p, "cited")} on last year", which would make last year's budget negative (${s(p, "expected")}): the text contradicts itself`,
  }),
  "narrative.statement": (p) => ({
    zh: `${s(p, "at")}：文中说“${s(p, "claim")}”，但 ${s(p, "source")} 为 ${s(p, "expected")}`,
    en: `${s(p, "at")}: the text says ${s(p, "claim")} but ${s(p, "source")} shows ${s(p, "expected")}`,
  }),
  "narrative.emptyTableNote": (p) => ({
    zh: `${s(p, "at")}：${s(p, "table")}的注“${s(p, "note")}”说的是${s(p, "named")}，本表是${s(p, "fund")}的表`,
    en: `${s(p, "at")}: the note of ${s(p, "table")} ("${s(p, "note")}") speaks of ${s(p, "named")}; the table is the ${s(p, "fund")} one`,
  }),
  "narrative.repeated": (p) => ({
    zh: `${s(p, "at")}：起共 ${s(p, "count")} 句与${s(p, "first")}起的文字逐字重复`,
    en: `${s(p, "at")}: ${s(p, "count")} sentence(s) repeat word for word the text from ${s(p, "first")}`,
  }),
  "narrative.notChecked": (p) => ({
    zh: `${s(p, "at")}：${s(p, "cited")} 未核对（${s(p, "reasonZh")}）`,
    en: `${s(p, "at")}: ${s(p, "cited")} not checked (${s(p, "reasonEn")})`,
  }),
};
