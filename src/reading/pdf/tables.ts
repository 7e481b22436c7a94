/**
 * A PDF's budget tables as sheets: each table is found by its title (a line the packs' titles
 * match, with its 编制/单位 line below it, so the narrative's mentions of a title are passed by),
 * its header read into columns, its rows laid out under them, a table continued on the next
 * pages joined (their repeated header dropped), and it ends at its 注 lines, at narrative text
 * or at a page that does not continue it. Each becomes one SheetCells as an officer would type
 * the table: title, 编制/单位 line, header, body, notes, with the page of every row. The lines no
 * table took are the document's narrative.
 */
import { kindOfTitle } from "../../generic/kinds";
import { roleOf } from "../../generic/roles";
import { labelCore, normalizeLabel } from "../normalize";
import type { SheetCells } from "../sheetCells";
import { headerGrid, HeaderGrid, joinText } from "./columns";
import { Line, lineText, pageLines, withoutPageNumber, withoutRunningLines } from "./lines";
import { layTable } from "./sheetLayout";
import { isPrintedNumber } from "./numbers";
import { bodyRows, isAnchor } from "./rows";
import type { PdfPage } from "./textItems";

/** Whether the pages hold any text at all (a scan holds images only). */
export const hasText = (pages: readonly PdfPage[]): boolean => pages.some((p) => p.items.length > 0);

export interface PrintedTable {
  title: Line;
  meta: Line[];
  header: HeaderGrid;
  rows: { page: number; cells: string[] }[];
  notes: { page: number; text: string }[];
  /** Every line the table spans, from its title to its last row or note. */
  lines: readonly Line[];
}

const META_LINE = /编制|单位(?:名称)?[:：]/;
const NOTE_LINE = /^注[:：]/;
/** The next table's label printed above or below its title (公开05表, 预算表6, 公开表十二) ends a table. */
const TABLE_LABEL = /^(?:部门|单位)?(?:公开|预算)?(?:表(?:\d{1,2}|[一二三四五六七八九十]{1,3})|\d{1,2}表)$/;
/** A 单位 cut short at its cell's edge, and the rest of it on the next line. */
const UNIT_START = /单位[:：]\s*万?$/;
const UNIT_END = /^万?元$/;
/** The 编制/单位 line follows a title within this many lines. */
const META_REACH = 3;

/** Whether a line, its segments' texts, is a table's title. */
export type TitleTest = (texts: readonly string[]) => boolean;

export interface PdfReading {
  /** The tables, each laid out as a sheet. */
  sheets: SheetCells[];
  /** The lines outside every table (page numbers and running headers dropped), in reading order: the narrative. */
  rest: Line[];
}

/** The tables printed in the pages whose titles pass `isTitle` (see titles.ts), and the lines around them. */
export function readPdfPages(pages: readonly PdfPage[], isTitle: TitleTest): PdfReading {
  const lines = withoutRunningLines(pages.map((page) => withoutPageNumber(pageLines(page)))).flat();
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isTitleLine(lines, i, isTitle) && !inHeaderOf(lines, starts[starts.length - 1], i)) starts.push(i);
  // A table continued on the next page may print its title again: it goes on, it does not start.
  const firsts = starts.filter((start, k) => k === 0 || !repeatsTitle(lines, starts[k - 1], start));
  const tables = firsts.flatMap((start, k) => readTable(lines.slice(start, firsts[k + 1] ?? lines.length)) ?? []);
  const taken = new Set(tables.flatMap((t) => t.lines));
  return { sheets: layTables(tables), rest: lines.filter((l) => !taken.has(l)) };
}

/** The tables printed in the pages, each laid out as a sheet. */
export const pdfTables = (pages: readonly PdfPage[], isTitle: TitleTest): SheetCells[] => readPdfPages(pages, isTitle).sheets;

/**
 * A header's label naming a table kind (2026 年政府采购项目 over 支出总表's last columns) is no
 * title: it stands below the title before on its page with no row or note between, and no
 * 编制/单位 line follows it.
 */
function inHeaderOf(lines: readonly Line[], title: number | undefined, i: number): boolean {
  if (title === undefined || lines[title].page !== lines[i].page || lines[i + 1] === undefined || META_LINE.test(lineText(lines[i + 1]))) return false;
  return lines.slice(title + 1, i).every((l) => !isAnchor(l) && !isNote(l));
}

/** A title has its 编制/单位 line or header below, and is not a header line itself (those follow the 编制/单位 line). */
const isTitleLine = (lines: readonly Line[], i: number, isTitle: TitleTest) =>
  !isHeaderLine(lines[i]) &&
  !(i > 0 && META_LINE.test(lineText(lines[i - 1]))) &&
  isTitle(lines[i].segments.map((s) => s.text)) &&
  hasMetaBelow(lines, i) &&
  !wrapsOn(lines, i);

/** A header label wrapped over lines (基本支出国 | 库集中支付 | 资金) goes on right below itself; a title does not, but for a bracketed subtitle. */
function wrapsOn(lines: readonly Line[], i: number): boolean {
  const [line, next] = [lines[i], lines[i + 1]];
  if (!next || next.page !== line.page || line.y - next.y > WRAP_SIZES * next.size) return false;
  return next.segments.some((s) => !/^[(（]/.test(s.text) && line.segments.some((t) => t.left < s.right && s.left < t.right));
}

/** Lines of one wrapped label are closer than this (of the font size). */
const WRAP_SIZES = 1.5;

const repeatsTitle = (lines: readonly Line[], before: number, at: number) =>
  lines[at].page > lines[before].page && titleWords(lines[at]) === titleWords(lines[before]);
const titleWords = (line: Line) => normalizeLabel(lineText(line)).replace(/续表|\(续\)/g, "");

/** A title is followed by its 编制/单位 line or, where a region prints none, by header labels (合计, 基本支出 …). */
function hasMetaBelow(lines: readonly Line[], i: number): boolean {
  return lines.slice(i + 1, i + 1 + META_REACH).some((l) => l.page === lines[i].page && (META_LINE.test(lineText(l)) || isHeaderLine(l)));
}

/** At least two of the line's labels name a column role. */
const isHeaderLine = (line: Line) => !isAnchor(line) && line.segments.filter((s) => roleOf(labelCore(s.text))).length >= 2;

function readTable(lines: readonly Line[]): PrintedTable | undefined {
  const [title] = lines;
  // The 编制/单位 lines, and a subtitle (（按功能分类）) printed before them.
  let i = 1;
  // A header line naming 编制预算 is no 编制 line.
  for (let k = 1; k <= META_REACH && k < lines.length && lines[k].page === title.page; k++) if (META_LINE.test(lineText(lines[k])) && !isHeaderLine(lines[k])) i = k + 1;
  let meta = lines.slice(1, i);
  // A 单位 line wrapped in its narrow cell (单位：万 | 元) ends on the line below.
  if (i > 1 && i < lines.length && UNIT_END.test(lineText(lines[i]))) {
    const end = lineText(lines[i++]);
    meta = meta.map((l) => withUnitEnd(l, end));
  }
  const headerStart = i;
  while (i < lines.length && lines[i].page === title.page && (!isAnchor(lines[i]) || isColumnNumbers(lines[i])) && !isNote(lines[i]) && !isTotalLine(lines[i], lines[i + 1])) i++;
  const header = headerGrid(lines.slice(headerStart, i).filter((l) => !isColumnNumbers(l)));
  if (header.columns.length < 2) return undefined;
  const { body, notes, end } = splitBody(lines.slice(i), header, titleWords(title));
  return { title, meta, header, rows: bodyRows(body, header.columns), notes, lines: lines.slice(0, i + end) };
}

/** A column-number line (栏次 1 2 3 …, perhaps 甲 乙 over the label columns) ends the header: it numbers the columns, it is no row. */
function isColumnNumbers(line: Line): boolean {
  const numbers = line.segments.filter((s) => /^\d{1,2}$/.test(s.text)).map((s) => Number(s.text));
  const labels = line.segments.filter((s) => !/^\d{1,2}$/.test(s.text)).map((s) => s.text.replace(/\s+/g, ""));
  const counting = numbers.every((n, k) => n === numbers[0] + k);
  const labelled = labels.length > 0 && labels.every((t) => /^(?:栏次|行次|栏号|[甲乙丙丁])$/.test(t)) && labels.some((t) => t.length > 1);
  return numbers.length >= 2 && counting && (labelled || (labels.length === 0 && numbers[0] === 1 && numbers.length >= 3));
}

/** A meta line whose last segment is a 单位 cut short (单位：万) with the rest of it (元) added. */
function withUnitEnd(line: Line, end: string): Line {
  const last = line.segments[line.segments.length - 1];
  return UNIT_START.test(last.text) ? { ...line, segments: [...line.segments.slice(0, -1), { ...last, text: last.text + end }] } : line;
}

const isNote = (line: Line) => NOTE_LINE.test(lineText(line));
/**
 * An empty table's 合计 row: a total label alone on its line (in a header, 合计 stands beside other
 * labels, or alone a little above the labels beside it, each centred over the header's rows).
 */
const isTotalLine = (line: Line, next: Line | undefined) =>
  line.segments.length === 1 && /^(合计|总计)$/.test(lineText(line)) && !(next && next.page === line.page && line.y - next.y < line.size && !isAnchor(next));

/** The table's body lines and its notes, up to where the table ends (`end`, the first line after it). */
function splitBody(lines: readonly Line[], header: HeaderGrid, title: string): { body: Line[]; notes: { page: number; text: string }[]; end: number } {
  const labels = header.rows.flat().join("|");
  const body: Line[] = [];
  const notes: { page: number; text: string }[] = [];
  let page = lines[0]?.page;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].page !== page) {
      const pageStart = i;
      page = lines[i].page;
      while (i < lines.length && lines[i].page === page && (isRepeatedHeader(lines[i], labels) || titleWords(lines[i]) === title || repeatsLabel(lines, i, title))) i++;
      const otherTable = lines.slice(pageStart, i).some((_, k) => isOtherTitle(lines, pageStart + k, title));
      if (notes.length > 0 || otherTable || !continues(lines, i, header)) return { body, notes, end: pageStart };
    }
    const line = lines[i];
    if (notes.length > 0 || isNote(line)) addNote(notes, line, lines[i - 1]);
    else if (isNarrative(line, header) || TABLE_LABEL.test(lineText(line)) || isOtherTitle(lines, i, title)) return { body, notes, end: i };
    else body.push(line);
  }
  return { body, notes, end: lines.length };
}

/** The table's 表N label printed again above its repeated title. */
const repeatsLabel = (lines: readonly Line[], i: number, title: string) =>
  TABLE_LABEL.test(lineText(lines[i])) && lines[i + 1]?.page === lines[i].page && titleWords(lines[i + 1]) === title;

/** Another table's title (a table kind's, alone on its line, with its 编制/单位 line below) ends a table, though the pack does not read that table (江苏's 政府采购预算表). */
const isOtherTitle = (lines: readonly Line[], i: number, title: string) =>
  lines[i].segments.length === 1 &&
  titleWords(lines[i]) !== title &&
  kindOfTitle(labelCore(lineText(lines[i]))) !== undefined &&
  lines.slice(i + 1, i + 1 + META_REACH).some((l) => l.page === lines[i].page && META_LINE.test(lineText(l)));

/** A page goes on with the table when a row with a figure or code comes on it before any narrative. */
function continues(lines: readonly Line[], from: number, header: HeaderGrid): boolean {
  for (let i = from; i < lines.length && lines[i].page === lines[from].page; i++) {
    if (isAnchor(lines[i])) return true;
    if (isNarrative(lines[i], header) || isNote(lines[i])) return false;
  }
  return false;
}

/** A continuation page repeats the title (or 续表), the 编制/单位 line and the header rows (their labels, perhaps wrapped otherwise). */
const isRepeatedHeader = (line: Line, labels: string) =>
  isColumnNumbers(line) || (!isAnchor(line) && (META_LINE.test(lineText(line)) || /续表|预算.*表$/.test(lineText(line)) || line.segments.every((s) => labels.includes(s.text))));

/** Text running across several columns is not a cell: the narrative after a table. */
const isNarrative = (line: Line, header: HeaderGrid) =>
  line.segments.some((s) => !isPrintedNumber(s.text) && header.columns.filter((c) => c.center > s.left && c.center < s.right).length >= 2);

function addNote(notes: { page: number; text: string }[], line: Line, above: Line | undefined): void {
  const text = line.segments.map((s) => s.text).join(" ");
  const last = notes[notes.length - 1];
  if (last && !isNote(line) && above && above.page === line.page && above.y - line.y < 1.5 * line.size) last.text = joinText(last.text, text);
  else notes.push({ page: line.page, text });
}

function layTables(tables: PrintedTable[]): SheetCells[] {
  const names = new Set<string>();
  return tables.map((t) => layTable(t, names));
}
