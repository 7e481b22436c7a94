/**
 * A table's columns from its printed header. Header labels are boxes (a label wrapped over lines
 * is one box); a box with another below it is a group label, one with none is a column's own
 * label, and those leaves, left to right, are the table's columns. The header is laid out as
 * rows of cells with merged blocks, as a spreadsheet would hold it, so the workbook reader finds
 * each column by its labels.
 */
import type { Merge } from "../../generation/grid";
import { roleOf } from "../../generic/roles";
import { labelCore } from "../normalize";
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
  return joinSpread(boxes);
}

/** Header boxes with each row's letter-spaced labels joined (see joinSpreadLabel), in their order. */
function joinSpread(boxes: Box[]): Box[] {
  const done = new Set<Box>();
  const out: Box[] = [];
  for (const box of boxes) {
    if (done.has(box)) continue;
    const row = boxes.filter((b) => !done.has(b) && Math.abs(b.top - box.top) < box.size / 2).sort((x, y) => x.left - y.left);
    row.forEach((b) => done.add(b));
    out.push(...joinSpreadLabel(row));
  }
  return out;
}

/**
 * A label printed letter-spaced across its cell (项 … 目, 收 … 入, 收 入 总 计) is single
 * characters side by side on one line: of a run of them, the longest start that names a column
 * role or a total is one label. Items of one line, left to right; the joined item takes the others' place.
 */
export function joinSpreadLabel<T extends { text: string; left: number; right: number }>(items: readonly T[]): T[] {
  const out: T[] = [];
  const single = (t: T | undefined) => !!t && [...t.text].length === 1 && !/\d/.test(t.text);
  for (let i = 0; i < items.length; i++) {
    let end = i;
    while (single(items[i]) && single(items[end + 1])) end++;
    let n = end;
    while (n > i && !roleOf(labelCore(items.slice(i, n + 1).map((t) => t.text).join("")))) n--;
    if (n === i) {
      out.push(items[i]);
      continue;
    }
    out.push({ ...items[i], text: items.slice(i, n + 1).map((t) => t.text).join(""), right: items[n].right });
    i = n;
  }
  return out;
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

/**
 * Header rows by nesting, as a spreadsheet holds the header: a label's row is the number of group
 * labels above it over its columns (however many lines a vertical or wrapped label takes); a
 * leaf spans down to the last row, a group label across the columns under it.
 */
function layOut(boxes: Box[], leaves: Box[]): { rows: string[][]; merges: Merge[] } {
  const spans = new Map(boxes.map((b) => [b, leaves.includes(b) ? ([leaves.indexOf(b), leaves.indexOf(b)] as [number, number]) : spanUnder(b, boxes, leaves)]));
  const groups = boxes.filter((b) => !leaves.includes(b));
  const depth = (b: Box) => {
    const [left, right] = spans.get(b)!;
    return groups.filter((g) => g !== b && g.top - b.top >= b.size / 2 && spans.get(g)![0] <= left && right <= spans.get(g)![1]).length;
  };
  const last = Math.max(0, ...leaves.map(depth));
  const rows = Array.from({ length: last + 1 }, () => leaves.map(() => ""));
  const merges: Merge[] = [];
  for (const box of boxes) {
    const row = Math.min(depth(box), last);
    const [left, right] = spans.get(box)!;
    const bottom = leaves.includes(box) ? last : row;
    rows[row][left] = box.text;
    const merge = { top: row, left, bottom, right };
    if ((bottom > row || right > left) && !merges.some((m) => mergesMeet(m, merge))) merges.push(merge);
  }
  return { rows, merges };
}

const mergesMeet = (a: Merge, b: Merge) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The columns a group label stands over. It is centred over them: of the runs of columns that
 * hold those it overlaps and go on only over columns below it, not under another group label of
 * its row, not labelled over the header's full height (合计 beside 当年预算) and, below the
 * header's top row, no higher than those it overlaps, the run whose middle is nearest its own
 * (the widest within a font size of that). A label over none stands over the nearest two.
 */
function spanUnder(box: Box, boxes: Box[], leaves: Box[]): [number, number] {
  const under = leaves.map((l, i) => (overlaps(l, box) ? i : -1)).filter((i) => i >= 0);
  if (under.length === 0) {
    const right = leaves.findIndex((l) => middleX(l) > middleX(box));
    return right < 0 ? [leaves.length - 1, leaves.length - 1] : [Math.max(0, right - 1), right];
  }
  const reaches = reachableColumns(box, boxes, leaves, under);
  let [first, last] = [under[0], under[under.length - 1]];
  while (reaches(first - 1)) first--;
  while (reaches(last + 1)) last++;
  const runs: [number, number][] = [];
  for (let a = first; a <= under[0]; a++) for (let b = under[under.length - 1]; b <= last; b++) runs.push([a, b]);
  const off = ([a, b]: [number, number]) => Math.abs((leaves[a].left + leaves[b].right) / 2 - middleX(box));
  const best = Math.min(...runs.map(off));
  return runs.filter((r) => off(r) <= best + box.size).reduce((w, r) => (r[1] - r[0] > w[1] - w[0] ? r : w));
}

const middleX = (b: Box) => (b.left + b.right) / 2;
const middleY = (b: Box) => (b.top + b.bottom) / 2;

/** Whether the group label's run may go on over a column (see spanUnder). */
function reachableColumns(box: Box, boxes: Box[], leaves: Box[], under: number[]): (i: number) => boolean {
  const top = Math.max(...boxes.map((b) => b.top));
  const headerMiddle = (top + Math.min(...boxes.map((b) => b.bottom))) / 2;
  const leafSet = new Set(leaves);
  const siblings = boxes.filter((b) => b !== box && !leafSet.has(b) && Math.abs(b.top - box.top) < box.size / 2);
  const overlapped = boxes.filter((b) => b.top < box.bottom - b.size / 2 && overlaps(b, box));
  const highest = top - box.top < box.size / 2 ? Infinity : Math.max(...overlapped.map(middleY), ...under.map((i) => middleY(leaves[i])));
  return (i) => {
    const l = leaves[i];
    return (
      !!l && l.top < box.bottom - l.size / 2 && !siblings.some((s) => overlaps(s, l)) && Math.abs(middleY(l) - headerMiddle) >= l.size / 2 && middleY(l) < highest + l.size / 2
    );
  };
}
