/**
 * Text items → lines → segments. Items on one baseline form a line; within a line, items that
 * touch form one segment (a cell's text, which a PDF may print in several runs), and a wider gap
 * starts the next segment, as does a figure a little apart from text (a figure printed close to
 * the next cell's label; a figure touching its text is part of it: 广州12345政务服务, but an
 * amount with decimals or separators is not: 16,474.82 一、一般公共服务支出), except a year
 * before 年 (2026 年预算数, 2025 年): a label's words, not a figure.
 */
import { roleOf } from "../../generic/roles";
import { labelCore } from "../normalize";
import { isPrintedNumber } from "./numbers";
import type { PdfPage, PdfTextItem } from "./textItems";

export interface Segment {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export interface Line {
  page: number;
  y: number;
  size: number;
  segments: Segment[];
}

/** Items whose baselines differ by less than this share a line (a fraction of the font size). */
const BASELINE_TOLERANCE = 0.3;
/** Runs closer than this (of the font size) are one segment; a space is kept between them beyond SPACE_GAP. */
const JOIN_GAP = 0.6;
const SPACE_GAP = 0.15;
/** A year printed apart from the 年 after it. */
const YEAR = /^(?:19|20)\d{2}$/;

/** An amount with decimals or thousands separators ends its cell: the label after it, however close, is the next cell's. */
const endsAmount = (figure: string, next: string) => isPrintedNumber(figure) && /[.,]/.test(figure) && !isPrintedNumber(next);

/** The page's lines, top to bottom, each with its segments left to right. */
export function pageLines(page: PdfPage): Line[] {
  const items = page.items.flatMap(splitFigure).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of items) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - item.y) < BASELINE_TOLERANCE * Math.max(item.size, line[0].size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => toLine(page.number, line.sort((a, b) => a.x - b.x)));
}

/** An amount (with its decimals) and the next cell's words printed as one run, a space apart ("18,330.37 一、一般公共服务支出"; not "2026 年预算数"). */
const FIGURE_THEN_TEXT = /^(\S+\.\d+)\s+([\u4e00-\u9fff].*)$/;

/** A run holding a figure and then text is two items, the text's place measured in ems (CJK a full em, the rest half). */
function splitFigure(item: PdfTextItem): PdfTextItem[] {
  const m = FIGURE_THEN_TEXT.exec(item.text.trim());
  if (!m || !isPrintedNumber(m[1])) return [item];
  const ems = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 1 : 0.5), 0);
  const perEm = item.width / ems(item.text.trim());
  const textLeft = item.x + perEm * (ems(item.text.trim()) - ems(m[2]));
  return [
    { ...item, text: m[1], width: perEm * ems(m[1]) },
    { ...item, text: m[2], x: textLeft, width: item.x + item.width - textLeft },
  ];
}

function toLine(page: number, items: PdfTextItem[]): Line {
  const segments: Segment[] = [];
  for (const item of items) {
    const last = segments[segments.length - 1];
    const gap = last ? item.x - last.right : Infinity;
    const text = item.text.trim();
    const touching = gap <= SPACE_GAP * item.size || isPrintedNumber(last?.text ?? "") === isPrintedNumber(text) || (YEAR.test(last?.text ?? "") && text.startsWith("年"));
    if (last && gap < JOIN_GAP * item.size && touching && !endsAmount(last.text, text)) {
      last.text += (gap > SPACE_GAP * item.size ? " " : "") + text;
      last.right = Math.max(last.right, item.x + item.width);
    } else segments.push({ text, left: item.x, right: item.x + item.width, y: item.y, size: item.size });
  }
  return { page, y: items[0].y, size: Math.max(...items.map((i) => i.size)), segments: joinSpacedLetters(segments) };
}

/** Letters of a label spaced out (收   入, 项 … 目 across a wide cell) stand at most this many font sizes apart. */
const SPACED_GAP = 12;
const LETTER = /^[\u4e00-\u9fff]$/;

/**
 * Single characters spaced apart (收   入, 项   目, 收 入 总 计) are one label when together they
 * name a column's role or a total: the longest such run from each letter.
 */
function joinSpacedLetters(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    let end = i;
    while (end + 1 < segments.length && LETTER.test(segments[end + 1].text) && LETTER.test(segments[end].text) && segments[end + 1].left - segments[end].right < SPACED_GAP * segments[end].size) end++;
    while (end > i && !roleOf(labelCore(segments.slice(i, end + 1).map((s) => s.text).join("")))) end--;
    out.push(end > i ? { ...segments[i], text: segments.slice(i, end + 1).map((s) => s.text).join(""), right: segments[end].right } : segments[i]);
    i = end;
  }
  return out;
}

/** A page's number as printed in its footer or header: 第3页，共22页, - 3 -, 3/22, Page 3 of 22. */
const PAGE_MARK = /^(?:第\d+页(?:[,，]?共\d+页)?|[-—–]?\d{1,4}[-—–]?|\d+\/\d+|page\d+(?:of\d+)?)$/i;

/**
 * The page's lines without its page number: a line that is only 第N页, or a bare number at the
 * page's top or foot (one segment: digits in several columns, 0 | 0, are a row's wrapped figures).
 */
export function withoutPageNumber(lines: Line[]): Line[] {
  return lines.filter((line, i) => {
    const text = lineText(line);
    if (!PAGE_MARK.test(text)) return true;
    return /\D/.test(text.replace(/^[-—–]|[-—–]$/g, "")) ? false : (i !== 0 && i !== lines.length - 1) || line.segments.length > 1;
  });
}

/** A line's text without spaces, as a title or a note is compared. */
export const lineText = (line: Line): string => line.segments.map((s) => s.text).join("").replace(/\s+/g, "");

/** A running header or footer (无锡市人力资源和社会保障局2026年度部门预算公开) tops or ends at least this many pages. */
const RUNNING_PAGES = 3;

/** The pages' lines without their running header and footer: the same text first or last on several pages. */
export function withoutRunningLines(pages: readonly Line[][]): Line[][] {
  const count = new Map<string, number>();
  const ends = (lines: readonly Line[]) => [...new Set([lines[0], lines[lines.length - 1]].filter((l) => l).map(lineText))];
  for (const lines of pages) for (const text of ends(lines)) count.set(text, (count.get(text) ?? 0) + 1);
  const running = (line: Line) => (count.get(lineText(line)) ?? 0) >= RUNNING_PAGES;
  return pages.map((lines) => lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && running(line))));
}
