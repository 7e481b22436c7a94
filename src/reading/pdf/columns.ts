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
const WRAP_GAP = 1.6;
/** Lines this far apart or more (of the font size) may be header rows as well as a label's wrapped lines. */
const ROW_GAP = 1.5;

/** How many of its own widths a top-row label reaches to the labels it stands over. */
const TOP_ROW_REACH = 5;

const overlaps = (a: { left: number; right: number }, b: { left: number; right: number }) => a.left < b.right && b.left < a.right;

export function headerGrid(lines: readonly Line[]): HeaderGrid {
  const boxes = headerBoxes(lines);
  const below = (b: Box) => boxes.filter((c) => c !== b && c.top < b.bottom - c.size / 2);
  const top = Math.max(...boxes.map((b) => b.top));
  const isLeaf = (b: Box) => !below(b).some((c) => overlaps(b, c)) && !straddles(b, below(b), top - b.top < b.size / 2) && !spansGap(b, boxes);
  const leaves = boxes.filter(isLeaf).sort((a, b) => a.left + a.right - (b.left + b.right));
  const columns = leaves.map((b) => ({ left: b.left, right: b.right, center: middleX(b), label: b.text }));
  return { columns, ...layOut(boxes, leaves) };
}

/**
 * A label centred over a gap between labels below it (本年收入 over 项目 and 预算数) is a group
 * label too short to overlap them: there are labels below it within its width on either side
 * (on one side is enough in the header's top row, where only group labels stand).
 */
function straddles(b: Box, under: Box[], topRow: boolean): boolean {
  const width = b.right - b.left;
  const center = middleX(b);
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
  const mid = middleX(b);
  const bottom = Math.min(...boxes.map((c) => c.top));
  const lower = boxes.filter((c) => c.top < b.bottom - c.size / 2 && c.top < bottom + c.size / 2);
  const left = lower.filter((c) => c.right <= mid).sort((x, y) => y.right - x.right)[0];
  const right = lower.filter((c) => c.left >= mid).sort((x, y) => x.left - y.left)[0];
  // Centred over the two, as a group label is (a leaf beside them stands nearer one: 广州's 合计).
  if (!left || !right || Math.abs(mid - (middleX(left) + middleX(right)) / 2) > (b.right - b.left) / 2) return false;
  return !boxes.some((c) => c !== b && c !== left && c !== right && c.bottom <= b.top + c.size / 2 && c.left < right.left && c.right > left.right);
}

/**
 * Segments joined into boxes: one continues the box just above it when it overlaps it and follows
 * within a wrapped line's gap, unless, as far apart as header rows may be, each names a column by
 * itself and together they do not (当年预算 over 基本支出 over 人员经费; 事业单位经营 | 收入 is one).
 */
function headerBoxes(lines: readonly Line[]): Box[] {
  const boxes: Box[] = [];
  const named = (text: string) => !!roleOf(labelCore(text));
  const twoLabels = (a: string, b: string) => named(a) && named(b) && !named(joinText(a, b));
  for (const line of lines) {
    for (const s of line.segments.flatMap((seg) => splitNeighbours(seg, lines))) {
      const above = boxes.find((b) => overlaps(b, s) && b.bottom - s.y > 0 && b.bottom - s.y < WRAP_GAP * s.size && !(b.bottom - s.y >= ROW_GAP * s.size && twoLabels(b.text, s.text)));
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
 * by its characters, each a full em wide (less in a run narrower than that).
 */
function splitNeighbours(s: Segment, lines: readonly Line[]): Segment[] {
  const texts = s.text.split(" ");
  if (texts.length < 2 || !texts.every((t) => LABEL_PART.test(t))) return [s];
  const chars = texts.join("").length;
  // A character is an em wide, or less where the run is narrower (a font set tighter than its size).
  const em = Math.min(s.size, (s.right - s.left) / chars);
  const gap = (s.right - s.left - chars * em) / (texts.length - 1);
  let x = s.left;
  const parts = texts.map((text) => {
    const part = { ...s, text, left: x, right: x + text.length * em };
    x = part.right + gap;
    return part;
  });
  // Lines below its own (whose baseline may stand a little apart from its neighbours').
  const below = lines.flatMap((l) => (s.y - l.y > s.size / 2 && s.y - l.y < WRAP_GAP * s.size ? l.segments : []));
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
  const top = Math.max(...boxes.map((b) => b.top));
  const underTop = topRowColumns(boxes.filter((b) => top - b.top < b.size / 2 && !leaves.includes(b)), leaves, boxes);
  const spans = new Map(boxes.map((b) => [b, leaves.includes(b) ? ([leaves.indexOf(b), leaves.indexOf(b)] as [number, number]) : (underTop.get(b) ?? spanUnder(b, boxes, leaves))]));
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

/** The longest run of leaf labels printed again and again, no run shorter than this. */
const MIN_RUN = 2;

/**
 * A group label over one column of labels repeated under each group (一般公共预算 | 政府性基金预算
 * | 国有资本经营预算 under 总计, 因公出国(境)费 …) stands over that column's whole repetition: the
 * repetitions counted from where the leaves start repeating.
 */
function repeatedRun(leaves: Box[], i: number): [number, number] | undefined {
  const texts = leaves.map((l) => l.text);
  for (let len = MIN_RUN; 2 * len <= texts.length; len++) {
    let start = 0;
    while (start + 2 * len <= texts.length && !texts.slice(start, start + len).every((t, k) => t === texts[start + len + k])) start++;
    if (start + 2 * len > texts.length || i < start) continue;
    const first = start + Math.floor((i - start) / len) * len;
    if (first + len <= texts.length && texts.slice(first, first + len).every((t, k) => t === texts[start + k])) return [first, first + len - 1];
  }
  return undefined;
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
  const middle = headerMiddle(boxes);
  const below = leaves.map((l) => middleY(l) < middle - l.size / 2);
  for (let first = 0; first < leaves.length; first++) {
    if (!below[first]) continue;
    let last = first;
    while (below[last + 1]) last++;
    const over = top.filter((t) => middleX(t) >= leaves[first].left && middleX(t) <= leaves[last].right).sort((a, b) => middleX(a) - middleX(b));
    const starts = over.length > 0 ? bestSplit(leaves, first, last + 1, over) : undefined;
    over.forEach((t, k) => {
      const span: [number, number] | undefined = starts && [starts[k], (starts[k + 1] ?? last + 1) - 1];
      if (span && isCentredOver(t, leaves[span[0]], leaves[span[1]])) spans.set(t, span);
    });
    first = last;
  }
  return spans;
}


/** A label stands over columns it is about centred on: within a quarter of their width of their middle. */
const isCentredOver = (label: Box, first: Box, last: Box) => Math.abs((first.left + last.right) / 2 - middleX(label)) <= (last.right - first.left) / 4;

/** The columns from..to cut into one run per label, left to right, each label as near the middle of its run as can be: the runs' first columns. */
function bestSplit(leaves: Box[], from: number, to: number, labels: Box[]): number[] | undefined {
  const cost = (a: number, b: number, label: Box) => Math.abs((leaves[a].left + leaves[b - 1].right) / 2 - middleX(label));
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

/**
 * The columns a group label stands over. It is centred over them: of the runs of columns that
 * hold those it overlaps and go on only over columns below it, not under another group label of
 * its row, not labelled over the header's full height (合计 beside 当年预算) and, below the
 * header's top row, no higher than those it overlaps, the run whose middle is nearest its own
 * (the widest within a font size of that). A label over one column of a repeated run stands
 * over that column's repetition (see repeatedRun). A label over none stands over the nearest two.
 */
function spanUnder(box: Box, boxes: Box[], leaves: Box[]): [number, number] {
  const under = leaves.map((l, i) => (overlaps(l, box) ? i : -1)).filter((i) => i >= 0);
  // A label under another group (基本支出 under 当年预算, beside its 小计 and 项目支出) stands within it, not over a repetition.
  const topLevel = !boxes.some((b) => !leaves.includes(b) && b.top - box.top >= box.size / 2 && overlaps(b, box));
  const repeated = under.length === 1 && topLevel ? repeatedRun(leaves, under[0]) : undefined;
  if (repeated) return repeated;
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

const middleX = (b: { left: number; right: number }) => (b.left + b.right) / 2;
const middleY = (b: Box) => (b.top + b.bottom) / 2;
/** The height halfway down the header: a label centred there spans all its rows (合计, 2025年预算数). */
const headerMiddle = (boxes: readonly Box[]) => (Math.max(...boxes.map((b) => b.top)) + Math.min(...boxes.map((b) => b.bottom))) / 2;

/** Whether the group label's run may go on over a column (see spanUnder). */
function reachableColumns(box: Box, boxes: Box[], leaves: Box[], under: number[]): (i: number) => boolean {
  const top = Math.max(...boxes.map((b) => b.top));
  const middle = headerMiddle(boxes);
  const leafSet = new Set(leaves);
  const siblings = boxes.filter((b) => b !== box && !leafSet.has(b) && Math.abs(b.top - box.top) < box.size / 2);
  const overlapped = boxes.filter((b) => b.top < box.bottom - b.size / 2 && overlaps(b, box));
  const highest = top - box.top < box.size / 2 ? Infinity : Math.max(...overlapped.map(middleY), ...under.map((i) => middleY(leaves[i])));
  return (i) => {
    const l = leaves[i];
    return (
      !!l && l.top < box.bottom - l.size / 2 && !siblings.some((s) => overlaps(s, l)) && Math.abs(middleY(l) - middle) >= l.size / 2 && middleY(l) < highest + l.size / 2
    );
  };
}

