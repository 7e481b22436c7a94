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
  /** Whether the body prints figures under it (set when the body is read, see rows.ts). */
  figures?: boolean;
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
  const isLeaf = (b: Box) => !below(b).some((c) => overlaps(b, c)) && !straddles(b, below(b), top - b.top < b.size / 2) && !spansGap(b, boxes);
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

/**
 * A label centred over the gap between two neighbouring labels of the header's bottom row, with
 * no label reaching down to its row between them (功能分类 over 功能科目名称 | 金额, however wide
 * the gap), is their group label.
 */
function spansGap(b: Box, boxes: readonly Box[]): boolean {
  const mid = center(b);
  const bottom = Math.min(...boxes.map((c) => c.top));
  const lower = boxes.filter((c) => c.top < b.bottom - c.size / 2 && c.top < bottom + c.size / 2);
  const left = lower.filter((c) => c.right <= mid).sort((x, y) => y.right - x.right)[0];
  const right = lower.filter((c) => c.left >= mid).sort((x, y) => x.left - y.left)[0];
  // Centred over the two, as a group label is (a leaf beside them stands nearer one: 广州's 合计).
  if (!left || !right || Math.abs(mid - (center(left) + center(right)) / 2) > (b.right - b.left) / 2) return false;
  return !boxes.some((c) => c !== b && c !== left && c !== right && c.bottom <= b.top + c.size / 2 && c.left < right.left && c.right > left.right);
}

/** Segments joined into boxes: one continues the box just above it when it overlaps it and follows within a wrapped line's gap. */
function headerBoxes(lines: readonly Line[]): Box[] {
  const boxes: Box[] = [];
  for (const line of lines) {
    for (const s of line.segments.flatMap(labelsOf)) {
      const above = boxes.find((b) => overlaps(b, s) && b.bottom - s.y > 0 && b.bottom - s.y < WRAP_GAP * s.size);
      if (above) extend(above, s);
      else boxes.push({ text: s.text, left: s.left, right: s.right, top: s.y, bottom: s.y, size: s.size });
    }
  }
  return boxes;
}

/** Two header labels printed a little apart are two boxes, though their runs joined into one segment: Chinese words a space apart (公务用车购置 公务用车运行). */
const LABEL_GAP = /(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/;

/** A segment's labels: two words a space apart are one at its left edge and one at its right, each a full em per character. */
function labelsOf(s: Segment): Segment[] {
  const parts = s.text.split(LABEL_GAP);
  if (parts.length !== 2) return [s];
  const [first, second] = parts;
  return [
    { ...s, text: first, right: Math.min(s.right, s.left + first.length * s.size) },
    { ...s, text: second, left: Math.max(s.left, s.right - second.length * s.size) },
  ];
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
  for (const box of boxes) {
    const row = levels.findIndex((y) => Math.abs(y - box.top) < box.size / 2);
    const leaf = leaves.indexOf(box);
    const span = leaf >= 0 ? [leaf, leaf] : spanUnder(box, leaves, row === 0 ? boxes.filter((b) => Math.abs(b.top - box.top) < box.size / 2) : [box]);
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

/**
 * The columns a group label stands over: those it overlaps (and the bottom row's run they are
 * in, see bottomRun); else the two around it, and in the header's top row those nearer to it
 * than to the row's other labels (支出 over the four columns of 功能分类 and 支出用途, 收入 over
 * the two left of them).
 */
function spanUnder(box: Box, leaves: Box[], row: Box[]): [number, number] {
  const under = leaves.map((l, i) => (overlaps(l, box) ? i : -1)).filter((i) => i >= 0);
  if (under.length > 0) return bottomRun(box, leaves, under) ?? [under[0], under[under.length - 1]];
  const right = leaves.findIndex((l) => center(l) > center(box));
  const around: [number, number] = right < 0 ? [leaves.length - 1, leaves.length - 1] : [Math.max(0, right - 1), right];
  const distance = (a: Box, b: Box) => Math.abs(center(a) - center(b));
  const nearest = row.length < 2 ? [] : leaves.flatMap((l, i) => (row.every((o) => o === box || distance(l, box) < distance(l, o)) ? [i] : []));
  return nearest.length === 0 ? around : [Math.min(around[0], nearest[0]), Math.max(around[1], nearest[nearest.length - 1])];
}

const center = (b: Box) => (b.left + b.right) / 2;
