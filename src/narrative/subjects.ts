/**
 * The words a 说明 names its figures by, in the wording the district documents and templates use
 * (公务车用车运行费 as 普陀 prints it too). A longer name wins over one it contains:
 * 一般公共预算拨款支出预算 is not 支出预算.
 */
import type { SubjectKey } from "./facts";

/** What a figure can be attributed to besides a table subject: this year's or last year's execution of the item in hand. */
export type Marker = "预算安排" | "执行数";

export interface SubjectMatch {
  start: number;
  end: number;
  key: SubjectKey | Marker;
  text: string;
}

const PATTERNS: ReadonlyArray<[SubjectKey | Marker, RegExp]> = [
  ["收入预算", /收入预算/g],
  ["财政拨款收入", /财政拨款收入/g],
  ["事业收入", /事业收入/g],
  ["事业单位经营收入", /事业单位经营收入/g],
  ["其他收入", /其他收入/g],
  ["支出预算", /支出预算/g],
  ["财政拨款支出", /财政拨款支出(?:预算)?/g],
  ["一般公共预算拨款支出", /一般公共预算(?:财政)?拨款支出(?:预算)?/g],
  ["政府性基金拨款支出", /政府性基金(?:预算)?(?:财政)?拨款支出(?:预算)?/g],
  ["国有资本经营预算拨款支出", /国有资本经营预算(?:财政)?拨款支出(?:预算)?/g],
  ["基本支出", /基本支出/g],
  ["项目支出", /项目支出/g],
  ["人员经费", /人员经费/g],
  ["公用经费", /公用经费/g],
  ["三公经费", /[“"]?三公[”"]?经费(?:预算数|预算)?/g],
  ["因公出国", /因公出国[（(]境[)）]费/g],
  ["公务用车", /公务用?车购置及运行(?:维护)?费/g],
  ["公务用车购置", /公务用?车购置费/g],
  ["公务用车运行", /公务用?车(?:用车)?运行(?:维护)?费/g],
  ["公务接待", /公务接待费/g],
  ["机关运行经费", /机关运行经费/g],
  ["预算安排", /预算安排/g],
  ["执行数", /执行数/g],
];

/** Every subject named in a text, longest first where they overlap, in order. */
export function subjectMatches(text: string): SubjectMatch[] {
  const all: SubjectMatch[] = [];
  for (const [key, pattern] of PATTERNS) {
    for (const m of text.matchAll(pattern)) all.push({ key, start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return withoutContained(all);
}

/** Drops matches lying inside a longer one (支出预算 inside 财政拨款支出预算). */
export function withoutContained<T extends { start: number; end: number }>(all: T[]): T[] {
  const kept = all.filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start));
  return kept.sort((a, b) => a.start - b.start);
}
