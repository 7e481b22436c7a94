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
    for (const s of line.segments) {
      const above = boxes.find((b) => overlaps(b, s) && b.bottom - s.y > 0 && b.bottom - s.y < WRAP_GAP * s.size);
      if (above) extend(above, s);
      else boxes.push({ text: s.text, left: s.left, right: s.right, top: s.y, bottom: s.y, size: s.size });
    }
  }
  return boxes;
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
  const last = levels.length - 1;
  const rows = levels.map(() => leaves.map(() => ""));
  const merges: Merge[] = [];
  const rowOf = (box: Box) => levels.findIndex((y) => Math.abs(y - box.top) < box.size / 2);
  const underTop = topRowColumns(boxes.filter((b) => rowOf(b) === 0 && !leaves.includes(b)), leaves, boxes);
  for (const box of boxes) {
    const row = rowOf(box);
    const leaf = leaves.indexOf(box);
    const span = leaf >= 0 ? [leaf, leaf] : (underTop.get(box) ?? spanUnder(box, leaves));
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

/**
 * The header's top row holds group labels only, each centred over its columns but perhaps
 * narrower than they are (支出 over 项目 | 总计 | 一般公共预算 | 政府性基金预算). The columns whose
 * labels stand below the top row (not centred on the whole header's height, as a label spanning
 * it is) form runs; a run is shared among the top-row labels over it, each taking the columns it
 * is centred over.
 */
function topRowColumns(top: Box[], leaves: Box[], boxes: Box[]): Map<Box, [number, number]> {
  const spans = new Map<Box, [number, number]>();
  const middle = (Math.max(...boxes.map((b) => b.top)) + Math.min(...boxes.map((b) => b.bottom))) / 2;
  const below = leaves.map((l) => (l.top + l.bottom) / 2 < middle - l.size / 2);
  for (let first = 0; first < leaves.length; first++) {
    if (!below[first]) continue;
    let last = first;
    while (below[last + 1]) last++;
    const over = top.filter((t) => centerOf(t) >= leaves[first].left && centerOf(t) <= leaves[last].right).sort((a, b) => centerOf(a) - centerOf(b));
    const starts = over.length > 0 ? bestSplit(leaves, first, last + 1, over) : undefined;
    over.forEach((t, k) => {
      const span: [number, number] | undefined = starts && [starts[k], (starts[k + 1] ?? last + 1) - 1];
      if (span && isCentredOver(t, leaves[span[0]], leaves[span[1]])) spans.set(t, span);
    });
    first = last;
  }
  return spans;
}

const centerOf = (b: { left: number; right: number }) => (b.left + b.right) / 2;

/** A label stands over columns it is about centred on: within a quarter of their width of their middle. */
const isCentredOver = (label: Box, first: Box, last: Box) => Math.abs((first.left + last.right) / 2 - centerOf(label)) <= (last.right - first.left) / 4;

/** The columns from..to cut into one run per label, left to right, each label as near the middle of its run as can be: the runs' first columns. */
function bestSplit(leaves: Box[], from: number, to: number, labels: Box[]): number[] | undefined {
  const cost = (a: number, b: number, label: Box) => Math.abs((leaves[a].left + leaves[b - 1].right) / 2 - centerOf(label));
  const best = (start: number, k: number): { cost: number; starts: number[] } | undefined => {
    if (k === labels.length - 1) return { cost: cost(start, to, labels[k]), starts: [start] };
    let found: { cost: number; starts: number[] } | undefined;
    for (let cut = start + 1; cut <= to - (labels.length - 1 - k); cut++) {
      const rest = best(cut, k + 1);
      const total = rest && cost(start, cut, labels[k]) + rest.cost;
      if (rest && total !== undefined && (!found || total < found.cost)) found = { cost: total, starts: [start, ...rest.starts] };
    }
    return found;
  };
  return to - from >= labels.length && labels.length <= MAX_SPLIT_LABELS ? best(from, 0)?.starts : undefined;
}

/** Top-row labels over one run that are cut among (a header prints two to four); beyond it, each by its overlap alone. */
const MAX_SPLIT_LABELS = 6;

const mergesMeet = (a: Merge, b: Merge) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function headerLevels(boxes: Box[]): number[] {
  const levels: number[] = [];
  for (const y of boxes.map((b) => b.top).sort((a, b) => b - a)) {
    if (!levels.some((l) => Math.abs(l - y) < boxes[0].size / 2)) levels.push(y);
  }
  return levels;
}

/**
 * The columns a group label stands over: those it overlaps (and the bottom row's run they are
 * in, see bottomRun); else the nearest.
 */
function spanUnder(box: Box, leaves: Box[]): [number, number] {
  const under = leaves.map((l, i) => (overlaps(l, box) ? i : -1)).filter((i) => i >= 0);
  if (under.length > 0) return bottomRun(box, leaves, under) ?? [under[0], under[under.length - 1]];
  const center = (b: Box) => (b.left + b.right) / 2;
  const right = leaves.findIndex((l) => center(l) > center(box));
  return right < 0 ? [leaves.length - 1, leaves.length - 1] : [Math.max(0, right - 1), right];
}
