/**
 * Function 类/款/项 a 说明 names: “一般公共服务支出（类）财政事务（款）行政运行（项）”, a class
 * alone “社会保障和就业支出（类）”, or a code with its name (2080506 机关事业单位职业年金缴费支出),
 * found by the names or the code the tables print. A name the tables do not print is unresolved.
 */
import type { ViewRow } from "../reading/tableView";

export interface ItemMatch {
  start: number;
  end: number;
  /** As the text prints it, for messages. */
  label: string;
  /** The code the tables give it, when they print it. */
  code?: string;
}

/** Names start with a word (not the "1. " of a list) and may hold spaces (缴费支出 （项）, as 普陀 prints it). */
const CHAIN = /[“"]?((?:[^“”"（）()，。；：:.．、\d\s][^“”"（）()，。；：:.．、\d]{1,40}?[（(][类款项][)）]\s*)+)[”"]?/g;
const LINK = /([^（）()]+?)[（(]([类款项])[)）]/g;
const CODED = /(?<![\d.,])(\d{7}|\d{5}|\d{3})\s*(?=[^\d\s])/g;
const LEVELS = { 类: 0, 款: 1, 项: 2 } as const;

/** Names compared without spaces, brackets' width, or 其它/其他. */
export const sameName = (a: string, b: string): boolean => normal(a) === normal(b);
const normal = (s: string) => s.replace(/\s+/g, "").replace(/其它/g, "其他").replace(/（/g, "(").replace(/）/g, ")");

export function itemMatches(text: string, rows: readonly ViewRow[]): ItemMatch[] {
  const out: ItemMatch[] = [];
  for (const m of text.matchAll(CHAIN)) {
    const code = byNames(chainNames(m[1]), rows);
    out.push({ start: m.index!, end: m.index! + m[0].length, label: m[0].replace(/[“”"\s]/g, ""), ...(code ? { code } : {}) });
  }
  for (const m of text.matchAll(CODED)) {
    const after = text.slice(m.index! + m[0].length);
    const row = rows.find((r) => r.code === m[1] && normal(after).startsWith(normal(r.name)));
    if (row) out.push({ start: m.index!, end: m.index! + m[0].length + nameLength(after, row.name), label: `${row.code} ${row.name}`, code: row.code });
  }
  return out;
}

/** The names of a chain by level: [类, 款, 项], any of them absent. */
function chainNames(chain: string): Array<string | undefined> {
  const names: Array<string | undefined> = [undefined, undefined, undefined];
  for (const m of chain.matchAll(LINK)) names[LEVELS[m[2] as keyof typeof LEVELS]] = m[1].trim();
  return names;
}

/** The code whose 类, 款 and 项 carry these names; failing that (a 类 under a former name), by 款 and 项 alone when unique. */
function byNames(names: Array<string | undefined>, rows: readonly ViewRow[]): string | undefined {
  const deepest = names.reduce<number>((d, n, i) => (n ? i : d), -1);
  if (deepest < 0) return undefined;
  const strict = uniqueCode(names, deepest, rows);
  return strict ?? (names[0] !== undefined && deepest === 2 && names[1] !== undefined ? uniqueCode([undefined, names[1], names[2]], deepest, rows) : undefined);
}

function uniqueCode(names: Array<string | undefined>, deepest: number, rows: readonly ViewRow[]): string | undefined {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const fits = (row: ViewRow | undefined, level: number): boolean => {
    if (!row || row.level !== level) return false;
    const name = names[level];
    if (name !== undefined && !sameName(row.name, name)) return false;
    return level === 0 || fits(byKey.get(row.parent ?? ""), level - 1);
  };
  const codes = new Set(rows.filter((r) => fits(r, deepest)).map((r) => r.code!));
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** How many characters of `text` the row's name takes, spaces included. */
function nameLength(text: string, name: string): number {
  const wanted = normal(name).length;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i])) seen++;
    if (seen === wanted) return i + 1;
  }
  return text.length;
}
