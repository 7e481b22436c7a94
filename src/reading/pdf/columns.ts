/**
 * A table's columns from its printed header. Header labels are boxes (a label wrapped over lines
 * is one box); a box with another below it is a group label, one with none is a column's own
 * label, and those leaves, left to right, are the table's columns. The header is laid out as
 * rows of cells with merged blocks, as a spreadsheet would hold it, so the workbook reader finds
 * each column by its labels.
 */
import type { Merge } from "../../generation/grid";
import type { Line, Segment } from "./lines";

export interface Column {
  left: number;
  right: number;
  center: number;
  label: string;
}

export interface HeaderGrid {
  columns: Column[];
  rows: string[][];
  merges: Merge[];
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  size: number;
}

/** Lines of one label are closer than this (of the font size); header rows are further apart. */
const WRAP_GAP = 1.5;

/** How many of its own widths a top-row label reaches to the labels it stands over. */
const TOP_ROW_REACH = 4;

const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) => a.left < b.right && b.left < a.right;

export function headerGrid(lines: readonly Line[]): HeaderGrid {
  const boxes = headerBoxes(lines);
  const below = (b: Box) => boxes.filter((c) => c !== b && c.top < b.bottom - c.size / 2);
  const top = Math.max(...boxes.map((b) => b.top));
  const isLeaf = (b: Box) => !below(b).some((c) => overlaps(b, c)) && !straddles(b, below(b), top - b.top < b.size / 2);
  const leaves = boxes.filter(isLeaf).sort((a, b) => a.left + a.right - (b.left + b.right));
  const columns = leaves.map((b) => ({ left: b.left, right: b.right, center: (b.left + b.right) / 2, label: b.text }));
  return { columns, ...layOut(boxes, leaves) };
}

/**
 * A label centred over a gap between labels below it (本年收入 over 项目 and 预算数) is a group
 * label too short to overlap them: there are labels below it within its width on either side
 * (on one side is enough in the header's top row, where only group labels stand).
 */
function straddles(b: Box, under: Box[], topRow: boolean): boolean {
  const width = b.right - b.left;
  const center = (b.left + b.right) / 2;
  // In the top row, where only group labels stand, the labels below may be further off (收入 centred over 项目 … 预算数).
  const reach = topRow ? TOP_ROW_REACH * width : width;
  const near = under.filter((c) => c.right > b.left - reach && c.left < b.right + reach);
  const left = near.some((c) => c.right <= center);
  const right = near.some((c) => c.left >= center);
  return topRow ? left || right : left && right;
}

/** Segments joined into boxes: one continues the box just above it when it overlaps it and follows within a wrapped line's gap. */
function headerBoxes(lines: readonly Line[]): Box[] {
  const boxes: Box[] = [];
  for (const line of lines) {
    for (const s of line.segments.flatMap((seg) => splitNeighbours(seg, lines))) {
      const above = boxes.find((b) => overlaps(b, s) && b.bottom - s.y > 0 && b.bottom - s.y < WRAP_GAP * s.size);
      if (above) extend(above, s);
      else boxes.push({ text: s.text, left: s.left, right: s.right, top: s.y, bottom: s.y, size: s.size });
    }
  }
  return boxes;
}

/** Characters of a label part (two or more) that may be a neighbouring column's label. */
const LABEL_PART = /^[\u3400-\u9fff（）()]{2,}$/;

/**
 * Labels of neighbouring narrow columns printed so close that they read as one segment with a
 * space ("一般公共预 政府性基" over "算" | "金预算"): split at the spaces when each part has a
 * label wrapped under it and no label below runs across a split. A part's extent is estimated
 * by its characters, each a full em wide.
 */
function splitNeighbours(s: Segment, lines: readonly Line[]): Segment[] {
  const texts = s.text.split(" ");
  if (texts.length < 2 || !texts.every((t) => LABEL_PART.test(t))) return [s];
  const chars = texts.join("").length;
  const gap = (s.right - s.left - chars * s.size) / (texts.length - 1);
  if (gap <= 0) return [s];
  let x = s.left;
  const parts = texts.map((text) => {
    const part = { ...s, text, left: x, right: x + text.length * s.size };
    x = part.right + gap;
    return part;
  });
  const below = lines.flatMap((l) => (l.y < s.y && s.y - l.y < WRAP_GAP * s.size ? l.segments : []));
  const splits = parts.slice(1).map((p) => p.left - gap / 2);
  const across = below.some((b) => splits.some((x) => b.left < x && x < b.right));
  return !across && parts.every((p) => below.some((b) => overlaps(b, p))) ? parts : [s];
}

function extend(box: Box, s: Segment): void {
  box.text = joinText(box.text, s.text);
  box.left = Math.min(box.left, s.left);
  box.right = Math.max(box.right, s.right);
  box.bottom = s.y;
}

/** Wrapped text joined: Chinese and figures run on, words keep a space. */
export const joinText = (a: string, b: string): string => (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b);

/** Header rows by the boxes' top lines; a leaf spans down to the last row, a group label across the columns under it. */
function layOut(boxes: Box[], leaves: Box[]): { rows: string[][]; merges: Merge[] } {
  const levels = headerLevels(boxes);
  const spanUnder = groupSpans(boxes, leaves);
  const last = levels.length - 1;
  const rows = levels.map(() => leaves.map(() => ""));
  const merges: Merge[] = [];
  for (const box of boxes) {
    const row = levels.findIndex((y) => Math.abs(y - box.top) < box.size / 2);
    const leaf = leaves.indexOf(box);
    const span = leaf >= 0 ? [leaf, leaf] : spanUnder(box);
    const bottom = leaf >= 0 ? last : row;
    rows[row][span[0]] = box.text;
    const merge = { top: row, left: span[0], bottom, right: span[1] };
    if ((bottom > row || span[1] > span[0]) && !merges.some((m) => mergesMeet(m, merge))) merges.push(merge);
  }
  return { rows, merges };
}

/**
 * Labels in the header's bottom row between two taller ones stand under one group label, which
 * may be narrower than they are: 基本支出 over 小计 | 人员经费 | 公用经费, between 合计 and 项目支出
 * (each centred over two rows). The overlapped columns and the bottom-row run beside them.
 */
function bottomRun(box: Box, leaves: Box[], under: number[]): [number, number] | undefined {
  const lowest = Math.min(...leaves.map((l) => l.top));
  const atBottom = (i: number) => i >= 0 && i < leaves.length && leaves[i].top < lowest + box.size / 2;
  if (!under.some(atBottom)) return undefined;
  let [first, last] = [under[0], under[under.length - 1]];
  while (atBottom(first - 1)) first--;
  while (atBottom(last + 1)) last++;
  return first > 0 && last < leaves.length - 1 ? [first, last] : undefined;
}

const mergesMeet = (a: Merge, b: Merge) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function headerLevels(boxes: Box[]): number[] {
  const levels: number[] = [];
  for (const y of boxes.map((b) => b.top).sort((a, b) => b - a)) {
    if (!levels.some((l) => Math.abs(l - y) < boxes[0].size / 2)) levels.push(y);
  }
  return levels;
}

const center = (b: Box) => (b.left + b.right) / 2;
const middle = (b: Box) => (b.top + b.bottom) / 2;

/**
 * The columns each group label stands over: those it overlaps (and the bottom row's run they are
 * in, see bottomRun, or the band they are in, see bandRuns); else the nearest.
 */
function groupSpans(boxes: Box[], leaves: Box[]): (box: Box) => [number, number] {
  const overlapped = (box: Box) => leaves.flatMap((l, i) => (overlaps(l, box) ? [i] : []));
  const bands = bandRuns(boxes.filter((b) => !leaves.includes(b)), leaves, overlapped);
  return (box) => {
    const under = overlapped(box);
    if (under.length > 0) return bottomRun(box, leaves, under) ?? bands.get(box) ?? [under[0], under[under.length - 1]];
    const right = leaves.findIndex((l) => center(l) > center(box));
    return right < 0 ? [leaves.length - 1, leaves.length - 1] : [Math.max(0, right - 1), right];
  };
}

/**
 * Group labels of one header row over the columns of a band: the run of neighbouring labels
 * centred at one height below them, between labels centred over the whole header (本年收入 over
 * 小计 … 其他收入 and 上年结转结余 over 小计 … 单位资金, each label wrapped over one to three
 * lines, between 合计 and the table's edge). The band is shared among the groups over it, each
 * taking the columns it is best centred over.
 */
function bandRuns(groups: Box[], leaves: Box[], overlapped: (box: Box) => number[]): Map<Box, [number, number]> {
  // The columns a group label stands over at least: those it overlaps, else the nearest by centre.
  const anchors = (g: Box) => {
    const under = overlapped(g);
    if (under.length > 0) return under;
    const distance = (i: number) => Math.abs(center(leaves[i]) - center(g));
    return [leaves.reduce((best, _, i) => (distance(i) < distance(best) ? i : best), 0)];
  };
  const spans = new Map<Box, [number, number]>();
  for (const group of groups) {
    if (spans.has(group) || overlapped(group).length === 0) continue;
    const level = middle(leaves[overlapped(group)[0]]);
    const inBand = (i: number) => i >= 0 && i < leaves.length && Math.abs(middle(leaves[i]) - level) < group.size / 2;
    let [first, last] = [overlapped(group)[0], overlapped(group)[0]];
    while (inBand(first - 1)) first--;
    while (inBand(last + 1)) last++;
    const within = (g: Box) => (center(g) > leaves[first].left && center(g) < leaves[last].right) || anchors(g).some((i) => i >= first && i <= last);
    const row = groups.filter((g) => Math.abs(g.top - group.top) < group.size / 2 && within(g)).sort((a, b) => center(a) - center(b));
    if (row.some((g) => anchors(g).some((i) => i < first || i > last))) continue;
    const ends = bestSplit(row, leaves, anchors, first, last);
    if (ends) row.forEach((g, k) => spans.set(g, [k === 0 ? first : ends[k - 1] + 1, ends[k]]));
  }
  return spans;
}

/** The last column of each group's share of columns first…last, the groups best centred over their shares (least total offset). */
function bestSplit(row: Box[], leaves: Box[], anchors: (box: Box) => number[], first: number, last: number): number[] | undefined {
  const offset = (g: Box, a: number, b: number) => Math.abs(center(g) - (leaves[a].left + leaves[b].right) / 2);
  const [group, ...rest] = row;
  if (rest.length === 0) return [last];
  let best: { cost: number; ends: number[] } | undefined;
  for (let end = Math.max(...anchors(group)); end < Math.min(...anchors(rest[0])); end++) {
    const after = bestSplit(rest, leaves, anchors, end + 1, last);
    if (!after) continue;
    const ends = [end, ...after];
    const cost = row.reduce((sum, g, k) => sum + offset(g, k === 0 ? first : ends[k - 1] + 1, ends[k]), 0);
    if (!best || cost < best.cost) best = { cost, ends };
  }
  return best?.ends;
}
