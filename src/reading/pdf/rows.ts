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
import { CODE_COLUMN } from "./sheetLayout";

export interface BodyRow {
  page: number;
  cells: string[];
}

/** A text-only line within this share of the row pitch of an anchor line belongs to its row. */
const ATTACH_SHARE = 0.8;
/** Without enough rows to measure the pitch, a wrapped line is within this many font sizes. */
const WRAP_SIZES = 1.3;

/** Digits and separators, a figure or a part of one wrapped in a narrow column ("31,214,20"). */
const BROKEN_FIGURE = /^[\d,.]+$/;

/** A total's label: 合计, 总计, 收入总计, 本年支出合计 … */
const TOTAL_NAME = /^(?:本年)?(?:收入|支出)?(?:合计|总计)$/;

function nearestColumn(x: number, columns: readonly Column[]): number {
  let best = 0;
  columns.forEach((c, i) => Math.abs(c.center - x) < Math.abs(columns[best].center - x) && (best = i));
  return best;
}

/** A classification code: printed left-aligned under a code column, as names are under theirs. */
const CODE = /^\d{3,7}$/;

export function columnOf(s: Segment, columns: readonly Column[]): number {
  const center = (s.left + s.right) / 2;
  const under = columns.findIndex((c) => c.left <= center && center <= c.right);
  if (under >= 0) return under;
  // A total's label is centred in its cell (支出总计 between 项目 and 预算数): the column whose centre is nearest.
  if (TOTAL_NAME.test(s.text)) return nearestColumn(center, columns);
  const byLeft = columns.findIndex((c) => c.center > s.left);
  const asText = byLeft < 0 ? columns.length - 1 : byLeft;
  if ((isPrintedNumber(s.text) || BROKEN_FIGURE.test(s.text)) && !(CODE.test(s.text) && CODE_COLUMN.test(columns[asText].label))) {
    let i = columns.length - 1;
    while (i > 0 && columns[i].center >= s.right) i--;
    return i;
  }
  // Text wholly left of a figure column's label, after a column of names, is a name (政协 收入预算总表's items right of 项目名称).
  if (asText > 0 && !isPrintedNumber(s.text) && columns[asText].figures && !columns[asText - 1].figures && s.right < columns[asText].left) return asText - 1;
  return asText;
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
  const lines = columns.reduce<readonly Line[]>((ls, _, c) => withGroupNames(ls, columns, c), joinFigureTails(joinFigureHalves(printed, columns)));
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

/** The last digits of a figure wrapped in a narrow column: ".38", "8". */
const FIGURE_TAIL = /^(?:\.\d{1,2}|\d{1,2})$/;
/** A wrapped figure's next line is at most this many font sizes below it. */
const TAIL_SIZES = 1.7;
/** The figures a wrapped one makes whole: two decimals. */
const WHOLE_FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}$/;

/**
 * A figure cut short in a narrow column ("1,264,602", "376,936.6") goes on at the same right edge
 * on the line below (".38", "0"): joined when together they make a figure of two decimals.
 */
function joinFigureTails(lines: readonly Line[]): Line[] {
  const out = lines.map((l) => ({ ...l, segments: [...l.segments] }));
  out.forEach((line, i) => {
    line.segments = line.segments.filter((tail) => {
      if (!FIGURE_TAIL.test(tail.text)) return true;
      for (let k = i - 1; k >= 0 && out[k].page === line.page && out[k].y - line.y <= TAIL_SIZES * line.size; k--) {
        const head = out[k].segments.find((s) => Math.abs(s.right - tail.right) < tail.size / 4 && !WHOLE_FIGURE.test(s.text) && WHOLE_FIGURE.test(s.text + tail.text));
        if (head) {
          out[k].segments = out[k].segments.map((s) => (s === head ? { ...s, text: s.text + tail.text } : s));
          return false;
        }
      }
      return true;
    });
  });
  return out.filter((l) => l.segments.length > 0);
}

/**
 * Lines grouped into rows: every anchor starts one, but one less than a line below another (cells
 * centred over different numbers of lines) is part of its row; a text-only line that goes on with
 * a cell of the line above joins that line's row, else it joins the nearest anchor on its page
 * when close enough.
 */
function rowGroups(lines: readonly Line[], columns: readonly Column[]): Line[][] {
  const starts = rowStarts(lines, columns);
  const continuesRow = (i: number) => i > 0 && starts[i - 1].page === starts[i].page && starts[i - 1].y - starts[i].y < starts[i].size;
  const anchors = starts.filter((_, i) => !continuesRow(i));
  const pitch = rowPitch(anchors, lines);
  const reach = (line: Line) => (pitch ? ATTACH_SHARE * pitch : WRAP_SIZES * line.size);
  // Each line's row; an anchor's row is listed when the anchor comes.
  const groups = new Map<Line, Line[]>();
  starts.forEach((a, i) => groups.set(a, continuesRow(i) ? groups.get(starts[i - 1])! : [a]));
  const rows: Line[][] = [];
  lines.forEach((line, k) => {
    const own = groups.get(line);
    if (own) {
      if (own[0] === line) rows.push(own);
      else own.push(line);
      return;
    }
    const above = lines[k - 1];
    const near = nearestAnchor(line, starts);
    let group: Line[];
    if (above && wrapsBelow(line, above, lines[k + 1], columns, pitch)) group = groups.get(above)!;
    else if (near && Math.abs(near.y - line.y) <= reach(line)) group = groups.get(near)!;
    else rows.push((group = []));
    group.push(line);
    groups.set(line, group);
  });
  return rows.map((r) => r.sort((a, b) => b.y - a.y));
}

/** A line closer than this share of the row pitch below a line whose cell it goes on with is that cell's wrapped rest. */
const WRAP_BELOW_SHARE = 0.8;

/**
 * A name wrapped onto a line of its own below its row (the row's figures stay on its first line):
 * text only, each part starting where text of the same column starts on the line just above,
 * nearer to that line than the row pitch and than the line after it.
 */
function wrapsBelow(line: Line, above: Line, after: Line | undefined, columns: readonly Column[], pitch: number | undefined): boolean {
  const gap = above.y - line.y;
  if (above.page !== line.page || gap <= 0 || gap > (pitch ? WRAP_BELOW_SHARE * pitch : WRAP_SIZES * line.size)) return false;
  if (after && after.page === line.page && line.y - after.y <= gap) return false;
  const aligned = (s: Segment) => above.segments.some((a) => !isPrintedNumber(a.text) && Math.abs(a.left - s.left) <= s.size / 2 && columnOf(a, columns) === columnOf(s, columns));
  return line.segments.every((s) => !isPrintedNumber(s.text) && !ITEM_START.test(s.text) && aligned(s));
}

/** A line right below another whose figures it completes ("5.80" under "31,214,20") is a wrapped part of that row. */
function endsBrokenFigure(line: Line, above: Line | undefined, columns: readonly Column[]): boolean {
  if (!above || above.page !== line.page || above.y - line.y > WRAP_SIZES * line.size) return false;
  const broken = new Set(above.segments.filter((s) => BROKEN_FIGURE.test(s.text) && !isPrintedNumber(s.text)).map((s) => columnOf(s, columns)));
  return broken.size > 0 && line.segments.every((s) => broken.has(columnOf(s, columns)));
}

/**
 * Figures wrapped in a narrow column of a vertically centred row are printed half above, half
 * below the row's line ("1682.7" over "6"): a line of figures only, then a line with nothing in
 * those columns, then a line of digits each under one of those figures. The three are one line,
 * each figure made whole.
 */
function joinFigureHalves(lines: readonly Line[], columns: readonly Column[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [top, middle, bottom] = [lines[i], lines[i + 1], lines[i + 2]];
    const whole = middle && bottom ? wholeFigures(top, middle, bottom, columns) : undefined;
    if (whole) {
      out.push({ ...middle, segments: [...middle.segments, ...whole].sort((a, b) => a.left - b.left) });
      i += 2;
    } else out.push(top);
  }
  return out;
}

function wholeFigures(top: Line, middle: Line, bottom: Line, columns: readonly Column[]): Segment[] | undefined {
  const near = (a: Line, b: Line) => a.page === b.page && a.y - b.y > 0 && a.y - b.y <= WRAP_SIZES * b.size;
  if (!near(top, middle) || !near(middle, bottom) || !top.segments.every((s) => BROKEN_FIGURE.test(s.text)) || !bottom.segments.every((s) => /^\d+$/.test(s.text))) return undefined;
  const across = new Set(middle.segments.map((s) => columnOf(s, columns)));
  if (top.segments.some((s) => across.has(columnOf(s, columns)))) return undefined;
  const rest = bottom.segments.map((b) => top.segments.findIndex((t) => t.left < b.right && b.left < t.right));
  if (rest.some((k) => k < 0)) return undefined;
  return top.segments.map((t, k) => ({ ...t, text: t.text + bottom.segments.filter((_, j) => rest[j] === k).map((b) => b.text).join("") }));
}

function nearestAnchor(line: Line, anchors: readonly Line[]): Line | undefined {
  let best: Line | undefined;
  for (const a of anchors) if (a.page === line.page && (!best || Math.abs(a.y - line.y) < Math.abs(best.y - line.y))) best = a;
  return best;
}

/**
 * The usual distance between anchor lines (their median gap), when there are enough to measure
 * it: between anchors on neighbouring lines where there are enough (a table whose rows mostly
 * print no figure, 政协 收入预算总表, has its anchors further apart than its rows).
 */
function rowPitch(anchors: readonly Line[], lines: readonly Line[]): number | undefined {
  const gapsOf = (pairs: [Line, Line][]) => pairs.flatMap(([a, b]) => (a.page === b.page ? [a.y - b.y] : [])).sort((x, y) => x - y);
  const pairs = anchors.slice(1).map((a, i): [Line, Line] => [anchors[i], a]);
  const neighbours = gapsOf(pairs.filter(([a, b]) => lines.indexOf(b) === lines.indexOf(a) + 1));
  const gaps = neighbours.length >= 2 ? neighbours : gapsOf(pairs);
  return gaps.length >= 2 ? gaps[Math.floor(gaps.length / 2)] : undefined;
}

/** A row's cells: each column's segments top to bottom, wrapped parts joined. */
function rowCells(group: readonly Line[], columns: readonly Column[], indent: (s: Segment, column: number) => string): string[] {
  const cells = columns.map(() => "");
  for (const line of group) {
    for (const s of line.segments) {
      const c = besideFigure(s, line, columns);
      cells[c] = cells[c] ? joinText(cells[c], s.text) : indent(s, c) + s.text;
    }
  }
  return cells;
}

/**
 * A label that falls in the column of a figure printed right of it on its line (支 出 总 计
 * letter-spaced past its header label's centre) belongs to the column before, when that is empty there.
 */
function besideFigure(s: Segment, line: Line, columns: readonly Column[]): number {
  const c = columnOf(s, columns);
  if (c === 0 || isPrintedNumber(s.text)) return c;
  const on = (column: number) => line.segments.filter((o) => o !== s && columnOf(o, columns) === column);
  return on(c).some((o) => isPrintedNumber(o.text) && o.left > s.right) && on(c - 1).length === 0 ? c - 1 : c;
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
