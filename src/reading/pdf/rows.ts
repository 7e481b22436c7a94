/**
 * Body lines → table rows. Each segment goes to a column by the header labels' centres: a figure
 * (right-aligned) to the last column whose label centre is left of its right edge, text
 * (left-aligned or centred) to the first column whose label centre is right of its left edge,
 * and anything centred under a label to that label's column. A line holding a figure or a code
 * anchors a row; a text-only line close to an anchor is a wrapped part of that row's cells (a
 * name printed over two lines, above and below the figures when the cell is centred vertically,
 * or the rest of a figure wrapped in a narrow column).
 */
import { joinText, type Column } from "./columns";
import type { Line, Segment } from "./lines";
import { isPrintedNumber } from "./numbers";

export interface BodyRow {
  page: number;
  cells: string[];
}

/** A text-only line within this share of the row pitch of an anchor line belongs to its row. */
const ATTACH_SHARE = 0.65;
/** Without enough rows to measure the pitch, a wrapped line is within this many font sizes. */
const WRAP_SIZES = 1.3;

/** Digits and separators, a figure or a part of one wrapped in a narrow column ("31,214,20"). */
const BROKEN_FIGURE = /^[\d,.]+$/;

export function columnOf(s: Segment, columns: readonly Column[]): number {
  const center = (s.left + s.right) / 2;
  const under = columns.findIndex((c) => c.left <= center && center <= c.right);
  if (under >= 0) return under;
  if (isPrintedNumber(s.text) || BROKEN_FIGURE.test(s.text)) {
    let i = columns.length - 1;
    while (i > 0 && columns[i].center >= s.right) i--;
    return i;
  }
  const i = columns.findIndex((c) => c.center > s.left);
  if (i < 0) return columns.length - 1;
  // Text wholly left of a figure column's label, after a column of names, is a name (政协 收入预算总表's items right of 项目名称).
  return i > 0 && columns[i].figures && !columns[i - 1].figures && s.right < columns[i].left ? i - 1 : i;
}

export const isAnchor = (line: Line): boolean => line.segments.some((s) => isPrintedNumber(s.text));

/** An item's ordinal (一、 （二）) or a total's label: a cell that names its own row. */
const ITEM_START = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|合计|总计|小计)/;

/**
 * Lines that start a row: those with a figure or code, and a line of items without figures (a
 * two-sided table's empty lines: （二）政府性基金预算拨款 | （二）外交支出) when the nearest such
 * row names its own item in that column too; else it is a name wrapped above its figures.
 */
function rowStarts(lines: readonly Line[], columns: readonly Column[]): Line[] {
  const figured = lines.filter((line, i) => isAnchor(line) && !endsBrokenFigure(line, lines[i - 1], columns));
  const named = (line: Line, column: number) => line.segments.some((s) => columnOf(s, columns) === column && ITEM_START.test(s.text));
  const ownItem = (line: Line) => {
    const first = line.segments[0];
    const near = nearestAnchor(line, figured);
    return !isAnchor(line) && !!first && ITEM_START.test(first.text) && !!near && named(near, columnOf(first, columns));
  };
  return lines.filter((line) => figured.includes(line) || ownItem(line));
}

/** The rows of body lines (one page or several), in printed order. */
export function bodyRows(printed: readonly Line[], header: readonly Column[]): BodyRow[] {
  const figured = new Set(printed.flatMap((l) => l.segments.filter((s) => isPrintedNumber(s.text)).map((s) => columnOf(s, header))));
  const columns = header.map((c, i) => ({ ...c, figures: figured.has(i) }));
  const lines = columns.reduce((ls, _, c) => withGroupNames(ls, columns, c), printed);
  const groups = rowGroups(lines, columns);
  const indent = indentation(lines, columns);
  return groups.map((group) => ({ page: group[0].page, cells: rowCells(group, columns, indent) }));
}

/** Indented names (a unit's projects under it) are printed further right: one level per font size. */
const MAX_INDENT = 4;
const TOTAL_LABEL = /^(合计|总计|小计)$/;

/** The indentation a cell's first text stands for, in full-width spaces as a workbook holds it, from the leftmost text of its column. */
function indentation(lines: readonly Line[], columns: readonly Column[]): (s: Segment, column: number) => string {
  const lefts = columns.map(() => Infinity);
  for (const s of lines.flatMap((l) => l.segments)) {
    const c = columnOf(s, columns);
    if (!isPrintedNumber(s.text)) lefts[c] = Math.min(lefts[c], s.left);
  }
  return (s, c) => {
    const levels = Math.round((s.left - lefts[c]) / s.size);
    return levels >= 1 && levels <= MAX_INDENT && !isPrintedNumber(s.text) && !TOTAL_LABEL.test(s.text) ? "\u3000".repeat(levels) : "";
  };
}

/** Lines grouped into rows: every anchor starts one; a text-only line joins the nearest anchor on its page when close enough. */
function rowGroups(lines: readonly Line[], columns: readonly Column[]): Line[][] {
  const anchors = rowStarts(lines, columns);
  const reach = attachReach(anchors, lines);
  const groups = new Map<Line, Line[]>(anchors.map((a) => [a, [a]]));
  const rows: Line[][] = [];
  for (const line of lines) {
    if (groups.has(line)) {
      rows.push(groups.get(line)!);
      continue;
    }
    const near = nearestAnchor(line, anchors);
    if (near && Math.abs(near.y - line.y) <= reach(line)) groups.get(near)!.push(line);
    else rows.push([line]);
  }
  return rows.map((r) => r.sort((a, b) => b.y - a.y));
}

/** A line right below another whose figures it completes ("5.80" under "31,214,20") is a wrapped part of that row. */
function endsBrokenFigure(line: Line, above: Line | undefined, columns: readonly Column[]): boolean {
  if (!above || above.page !== line.page || above.y - line.y > WRAP_SIZES * line.size) return false;
  const broken = new Set(above.segments.filter((s) => BROKEN_FIGURE.test(s.text) && !isPrintedNumber(s.text)).map((s) => columnOf(s, columns)));
  return broken.size > 0 && line.segments.every((s) => broken.has(columnOf(s, columns)));
}

function nearestAnchor(line: Line, anchors: readonly Line[]): Line | undefined {
  let best: Line | undefined;
  for (const a of anchors) if (a.page === line.page && (!best || Math.abs(a.y - line.y) < Math.abs(best.y - line.y))) best = a;
  return best;
}

/**
 * How far from an anchor a wrapped line may sit: a share of the usual distance between anchor
 * lines, measured between neighbouring lines where enough are (a table whose rows are mostly
 * empty, 政协 收入预算总表, has its anchors far apart).
 */
function attachReach(anchors: readonly Line[], lines: readonly Line[]): (line: Line) => number {
  const gapsOf = (pairs: [Line, Line][]) => pairs.flatMap(([a, b]) => (a.page === b.page ? [a.y - b.y] : [])).sort((x, y) => x - y);
  const pairs = anchors.slice(1).map((a, i): [Line, Line] => [anchors[i], a]);
  const neighbours = gapsOf(pairs.filter(([a, b]) => lines.indexOf(b) === lines.indexOf(a) + 1));
  const gaps = neighbours.length >= 2 ? neighbours : gapsOf(pairs);
  const pitch = gaps.length >= 2 ? gaps[Math.floor(gaps.length / 2)] : undefined;
  return (line) => (pitch ? ATTACH_SHARE * pitch : WRAP_SIZES * line.size);
}

/** A row's cells: each column's segments top to bottom, wrapped parts joined. */
function rowCells(group: readonly Line[], columns: readonly Column[], indent: (s: Segment, column: number) => string): string[] {
  const cells = columns.map(() => "");
  for (const line of group) {
    for (const s of line.segments) {
      const c = columnOf(s, columns);
      cells[c] = cells[c] ? joinText(cells[c], s.text) : indent(s, c) + s.text;
    }
  }
  return cells;
}

/**
 * A column printing two levels of names side by side (江苏 收入预算总表: 一般公共预算资金 beside
 * 小计 | 公共财政拨款(补助)资金 | 专项收入): each name at the left is centred over its run of
 * names at the right, as in a merged cell, and is moved to the run's first line, where a sheet
 * holds a merged cell's text (一般公共预算资金 then names its 小计).
 */
function withGroupNames(lines: readonly Line[], columns: readonly Column[], c: number): readonly Line[] {
  const texts = (line: Line) => line.segments.filter((s) => !isPrintedNumber(s.text) && columnOf(s, columns) === c);
  const itemLeft = commonLeft(lines.flatMap((l) => texts(l).slice(1)));
  if (itemLeft === undefined) return lines;
  const isGroup = (s: Segment) => s.right < itemLeft - s.size;
  const hasItem = (l: Line) => texts(l).some((s) => Math.abs(s.left - itemLeft) < s.size);
  const groups = lines.flatMap((l) => texts(l).filter(isGroup).map((g) => ({ g, line: l })));
  const out = [...lines];
  const taken = new Set<Line>();
  groups.forEach(({ g, line }, k) => {
    // The run lies between the group names above and below it, in lines not in another group's run.
    const between = (l: Line, other: { line: Line } | undefined, below: boolean) => !other || other.line.page !== l.page || (below ? l.y > other.line.y : l.y < other.line.y);
    const run = lines.filter((l) => l.page === line.page && !taken.has(l) && hasItem(l) && between(l, groups[k - 1], false) && between(l, groups[k + 1], true));
    const centred = (top: Line) => run.find((end) => end.y <= g.y && Math.abs((top.y + end.y) / 2 - g.y) < g.size / 2);
    const first = run.filter((l) => l.y >= g.y && centred(l)).sort((a, b) => b.y - a.y)[0];
    if (!first) return;
    const last = centred(first)!;
    run.filter((l) => l.y <= first.y && l.y >= last.y).forEach((l) => taken.add(l));
    if (first === line) return;
    const from = out.indexOf(line);
    out[from] = { ...line, segments: line.segments.filter((s) => s !== g) };
    const to = out.indexOf(first);
    out[to] = { ...first, segments: [...first.segments, g].sort((a, b) => a.left - b.left) };
  });
  return out.filter((l) => l.segments.length > 0);
}

/** The left edge several names of a column start at (within a font size), if any. */
function commonLeft(segments: readonly Segment[]): number | undefined {
  const lefts = segments.map((s) => s.left);
  return lefts.length >= 2 && Math.max(...lefts) - Math.min(...lefts) < segments[0].size ? Math.min(...lefts) : undefined;
}
