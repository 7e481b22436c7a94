/** Lays a table's figures out as a TableGrid in the published layout. */
import { DisplayUnit, displayNumbers, Fen } from "../model/money";
import { shownDecimals } from "../reading/amounts";
import { tableSides, TableSide } from "../tables/sides";
import { CodeSegment, ColumnDef, PRIOR_YEAR_PLACEHOLDER, TableDef, YEAR_PLACEHOLDER } from "../tables/types";
import type { FigureRow, TableFigures } from "./figures";
import type { CellStyle, GridCell, Merge, TableGrid } from "./grid";

/** Full-width space (U+3000): the tables indent one per level. */
export const INDENT = "\u3000";

export interface LayoutContext {
  department: string;
  fiscalYear: number;
  displayUnit: DisplayUnit;
  note: string;
}

/** How figures are shown: in which unit, to how many decimals, and whether zeros are left blank. */
interface FigureStyle {
  /** The figure shown for an amount, in the table's unit and decimals. */
  figureOf: (fen: Fen) => number;
  blankZeros: boolean;
}

export function layoutTable(figures: TableFigures, ctx: LayoutContext): TableGrid {
  const def = figures.def;
  const width = def.columns.length;
  const rows: Array<Array<GridCell | null>> = [];
  const merges: Merge[] = [];
  const blankRow = () => new Array<GridCell | null>(width).fill(null);
  const shown: FigureStyle = { figureOf: displayNumbers(ctx.displayUnit, shownDecimals(def.numberFormat)), blankZeros: !!def.blankZeros };

  if (def.tableNumberLine !== false) rows.push(titleRow(def, width));
  const titleAt = rows.length;
  rows.push(blankRow(), blankRow());
  rows[titleAt][0] = { value: def.title.replace(YEAR_PLACEHOLDER, String(ctx.fiscalYear)), style: "title" };
  merges.push({ top: titleAt, left: 0, bottom: titleAt, right: width - 1 });
  rows[titleAt + 1][0] = { value: `${def.departmentLabel ?? "单位名称"}：${ctx.department}`, style: "unitLine" };
  rows[titleAt + 1][width - 1] = { value: `单位：${ctx.displayUnit}`, style: "unitLineRight" };
  if (width > 2) merges.push({ top: titleAt + 1, left: 0, bottom: titleAt + 1, right: width - 2 });

  const headerFirst = rows.length;
  const header = headerBlock(def.columns, headerFirst);
  rows.push(...header.rows);
  merges.push(...header.merges);
  const bodyFirst = rows.length;
  const body = figures.sections ? twoSidedBody(figures, shown) : singleBody(figures, shown, bodyFirst, ctx);
  rows.push(...body.rows);
  merges.push(...body.merges);
  const bodyLast = rows.length - 1;

  if (def.noteLine !== false) {
    const noteRow = blankRow();
    noteRow[0] = { value: `注：${noteInUnit(ctx.note, ctx.displayUnit).replace(/\n/g, `\n${INDENT}${INDENT}`)}`, style: "note" };
    rows.push(noteRow);
    if (width > 1) merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: width - 1 });
  }

  const widths = columnWidths(def, rows.slice(bodyFirst, bodyLast + 1));
  // 单位：万元 stands alone in the last column.
  widths[width - 1] = Math.max(widths[width - 1], displayWidth(String(rows[titleAt + 1][width - 1]!.value)) + CELL_PADDING);
  return {
    table: def.id,
    sheetName: def.sheetName,
    cells: rows,
    merges,
    columnWidths: widths,
    rowHeights: rowHeights(rows, merges, widths),
    headerRows: { first: headerFirst, last: headerFirst + header.rows.length - 1 },
    bodyRows: { first: bodyFirst, last: bodyLast },
    numberFormat: def.numberFormat,
    print: def.print,
  };
}

/**
 * A line of the 注 that speaks of rounding to 万元 (本套报表金额转化为万元时，四舍五入可能存在误差。)
 * is untrue of a table printed in 元, which shows every 分: it is left out there.
 */
const WAN_YUAN_ROUNDING = /^[^\n]*万元[^\n]*四舍五入[^\n]*(\n|$)/gm;

export function noteInUnit(note: string, unit: DisplayUnit): string {
  return unit === "万元" ? note : note.replace(WAN_YUAN_ROUNDING, "").replace(/\n$/, "");
}

/**
 * Narrow amount columns, as the published tables have (their headers wrap): each is as wide as
 * its widest printed figure needs, and no wider. A figure's characters (digits, separators, sign)
 * are each about one width unit in 宋体 10 pt; bold adds about a pixel to each 7-pixel glyph.
 * At least 10, four characters of a wrapped header a line (and not 9, which ExcelJS takes for
 * its default and leaves out of the file, so that Excel shows 8.43).
 */
const MIN_AMOUNT_WIDTH = 10;
const BOLD_FACTOR = 1.15;
const CELL_PADDING = 2;

function columnWidths(def: TableDef, body: Array<Array<GridCell | null>>): number[] {
  const decimals = shownDecimals(def.numberFormat);
  const grouped = /[0#],[0#]/.test(def.numberFormat);
  const widths = def.columns.map((c) => (c.role === "amount" ? MIN_AMOUNT_WIDTH : c.width));
  for (const row of body) {
    row.forEach((cell, c) => {
      if (typeof cell?.value !== "number") return;
      const chars = printedLength(cell.value, decimals, grouped) * (cell.style === "amountTotal" ? BOLD_FACTOR : 1);
      widths[c] = Math.max(widths[c], Math.ceil(chars) + CELL_PADDING);
    });
  }
  return widths;
}

/** How many characters a figure prints as: -12,345.67 is 10. */
export function printedLength(value: number, decimals: number, grouped: boolean): number {
  const digits = Math.floor(Math.abs(value)).toString().length;
  return (value < 0 ? 1 : 0) + digits + (grouped ? Math.floor((digits - 1) / 3) : 0) + (decimals > 0 ? decimals + 1 : 0);
}

/** The same grid with other column widths, its rows made tall enough for text wrapped in them. */
export function withColumnWidths(grid: TableGrid, widths: number[]): TableGrid {
  return { ...grid, columnWidths: widths, rowHeights: rowHeights(grid.cells, grid.merges, widths) };
}

function titleRow(def: TableDef, width: number): Array<GridCell | null> {
  const row = new Array<GridCell | null>(width).fill(null);
  row[0] = { value: def.id, style: "tableNo" };
  return row;
}

/**
 * Builds the header rows from each column's label path: neighbours sharing a label merge
 * across, and a column whose path is shorter than the deepest one merges down.
 */
export function headerBlock(columns: ColumnDef[], top: number): { rows: Array<Array<GridCell | null>>; merges: Merge[] } {
  const depth = Math.max(...columns.map((c) => c.header.length));
  const rows: Array<Array<GridCell | null>> = [];
  for (let level = 0; level < depth; level++) rows.push(new Array<GridCell | null>(columns.length).fill(null));
  const merges: Merge[] = [];
  columns.forEach((col, c) => {
    col.header.forEach((text, level) => {
      const sameGroupAsLeft = c > 0 && level < col.header.length - 1 && samePrefix(columns[c - 1], col, level);
      if (!sameGroupAsLeft) rows[level][c] = { value: text, style: "header" };
    });
    for (let level = col.header.length; level < depth; level++) rows[level][c] = { value: null, style: "header" };
    if (col.header.length < depth) merges.push({ top: top + col.header.length - 1, left: c, bottom: top + depth - 1, right: c });
  });
  for (let level = 0; level < depth - 1; level++) {
    let c = 0;
    while (c < columns.length) {
      let end = c;
      while (end + 1 < columns.length && columns[c].header.length > level + 1 && samePrefix(columns[c], columns[end + 1], level)) end++;
      if (end > c) {
        merges.push({ top: top + level, left: c, bottom: top + level, right: end });
        for (let k = c + 1; k <= end; k++) rows[level][k] = { value: null, style: "header" };
      }
      c = end + 1;
    }
  }
  return { rows, merges };
}

function samePrefix(a: ColumnDef, b: ColumnDef, level: number): boolean {
  if (a.header.length <= level + 1 || b.header.length <= level + 1) return false;
  for (let i = 0; i <= level; i++) if (a.header[i] !== b.header[i]) return false;
  return true;
}

interface Block {
  rows: Array<Array<GridCell | null>>;
  merges: Merge[];
}

function singleBody(figures: TableFigures, shown: FigureStyle, firstRow: number, ctx: LayoutContext): Block {
  const def = figures.def;
  const merges: Merge[] = [];
  const hasUnit = def.columns.some((c) => c.role === "unit");
  const labels: LabelStyle = {
    indentPerLevel: def.rows.type === "unitBreakdown" ? 2 : 1,
    bracketed: def.rows.type === "codeHierarchy" && def.rows.labels === "bracketed",
    year: ctx.fiscalYear,
    // The department's name on the total row: in the 预算单位 column, or in place of 合计.
    totalName: def.totalLabel === "department" ? (hasUnit ? "" : ctx.department) : undefined,
  };
  const firstCode = def.columns.findIndex((c) => c.role === "code");
  const label = def.columns.findIndex((c) => c.role === "label");
  const amountIndex = def.columns.map((col) => figures.amountColumns.indexOf(col));
  const rows = figures.rows.map((fig, r) => {
    const row = def.columns.map((col, c) =>
      col.role === "amount" ? amountCell(fig, col, amountIndex[c], shown) : col.role === "unit" ? unitCell(r, ctx.department) : labelCell(fig, col, labels),
    );
    // A total's label spans the code column(s) and the name column, as 合计 does in print.
    if (fig.total && labels.totalName === undefined && firstCode >= 0 && label > firstCode) {
      for (let c = firstCode + 1; c <= label; c++) row[c] = { value: null, style: "labelTotal" };
      merges.push({ top: firstRow + r, left: firstCode, bottom: firstRow + r, right: label });
    }
    return row;
  });
  return { rows, merges };
}

function amountCell(fig: FigureRow, col: ColumnDef, index: number, shown: FigureStyle): GridCell {
  const style: CellStyle = fig.total ? "amountTotal" : "amount";
  const value = fig.values[index] === 0 && shown.blankZeros ? null : shown.figureOf(fig.values[index]);
  return { value, style, row: fig.key, column: col.key };
}

interface LabelStyle {
  indentPerLevel: number;
  /** Code and name in one cell as [201]一般公共服务支出 (表5–表7). */
  bracketed: boolean;
  /** The fiscal year, for fixed rows labelled with it (2026 年). */
  year: number;
  /** What the total row's name and code cells show instead of 合计 (totalLabel). */
  totalName?: string;
}

/** The 预算单位 column: the department's name on the first row. */
const unitCell = (r: number, department: string): GridCell => ({ value: r === 0 ? department : null, style: "label" });

/** A fixed row's label with the fiscal year (or the year before) in place of its placeholder. */
export const withYear = (label: string, year: number): string => label.replace(PRIOR_YEAR_PLACEHOLDER, String(year - 1)).replace(YEAR_PLACEHOLDER, String(year));

/** Where each part of a code sits when 类, 款 and 项 have columns of their own: 201 | 06 | 01. */
const SEGMENT_DIGITS: Record<CodeSegment, [number, number]> = { 类: [0, 3], 款: [3, 5], 项: [5, 7] };

function labelCell(fig: FigureRow, col: ColumnDef, style: LabelStyle): GridCell {
  const indent = INDENT.repeat(fig.level * style.indentPerLevel);
  if (fig.total && style.totalName !== undefined) return { value: col.role === "label" ? style.totalName : null, style: "labelTotal" };
  switch (col.role) {
    case "code": {
      if (fig.total) return { value: fig.name, style: "labelTotal" };
      const code = fig.code ?? "";
      return { value: col.codeSegment ? code.slice(...SEGMENT_DIGITS[col.codeSegment]) : code, style: "code" };
    }
    case "text":
      return { value: fig.text ?? "", style: "text", row: fig.key, column: col.key };
    default: {
      if (fig.total) return { value: fig.name, style: "labelTotal" };
      const code = style.bracketed && fig.code ? `[${fig.code}]` : "";
      return { value: indent + code + withYear(fig.name, style.year), style: "label", row: fig.key };
    }
  }
}

function twoSidedBody(figures: TableFigures, shown: FigureStyle): Block {
  const sides = tableSides(figures.def).map((side) => ({ side, amountIndex: side.amounts.map((col) => figures.amountColumns.indexOf(col)) }));
  const rows: Array<Array<GridCell | null>> = [];
  for (const section of figures.sections!) {
    const height = Math.max(section.left.length, section.right.length);
    for (let i = 0; i < height; i++) {
      const row: GridCell[] = [];
      sideCells(row, section.left[i], sides[0].side, sides[0].amountIndex, shown);
      sideCells(row, section.right[i], sides[1].side, sides[1].amountIndex, shown);
      rows.push(row);
    }
  }
  return { rows, merges: [] };
}

/** Appends one side's cells of a two-sided row: its label, then its amounts (blank where the side has no more rows). */
function sideCells(row: GridCell[], fig: FigureRow | undefined, side: TableSide, amountIndex: number[], shown: FigureStyle): void {
  if (!fig) {
    row.push({ value: null, style: "label" });
    for (let k = 0; k < amountIndex.length; k++) row.push({ value: null, style: "amount" });
    return;
  }
  row.push({ value: INDENT.repeat(fig.level) + fig.name, style: fig.total ? "labelTotal" : "label", row: fig.key, column: side.label.key });
  side.amounts.forEach((col, k) => row.push(amountCell(fig, col, amountIndex[k], shown)));
}

const LINE_HEIGHT = 14;
const TITLE_HEIGHT = 28;

/**
 * Row heights that show wrapped text whole: hosts and Excel do not grow rows for text written
 * by a program, so the height is estimated from the text's display width (CJK counts double).
 */
function rowHeights(rows: Array<Array<GridCell | null>>, merges: Merge[], widths: number[]): number[] {
  // The width a cell's text has: its column's, or its merge's across (keyed by row × width + column).
  const spanWidth = new Map<number, number>();
  for (const m of merges) {
    if (m.top !== m.bottom) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widths[c];
    spanWidth.set(m.top * widths.length + m.left, w);
  }
  return rows.map((row, r) => {
    if (row[0]?.style === "title") return TITLE_HEIGHT;
    let lines = 1;
    row.forEach((cell, c) => {
      if (typeof cell?.value !== "string") return;
      const width = Math.max((spanWidth.get(r * widths.length + c) ?? widths[c]) - 1, 1);
      // One line of text that would fit even were every character double-width needs no measuring.
      if (cell.value.length * 2 <= width && !cell.value.includes("\n")) return;
      lines = Math.max(lines, linesNeeded(cell.value, width));
    });
    return lines * LINE_HEIGHT + 4;
  });
}

/** The height of a row whose tallest wrapped text is one of `texts`, in columns of these widths. */
export function wrappedRowHeight(texts: ReadonlyArray<string | null>, widths: readonly number[]): number {
  const lines = texts.reduce((most, text, c) => (text ? Math.max(most, linesNeeded(text, Math.max(widths[c] - 1, 1))) : most), 1);
  return lines * LINE_HEIGHT + 4;
}

function linesNeeded(text: string, width: number): number {
  if (!text.includes("\n")) return Math.max(1, Math.ceil(displayWidth(text) / width));
  let lines = 0;
  for (const part of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(part) / width));
  return lines;
}

function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // CJK counts double; the second half of a surrogate pair adds nothing of its own.
    if (code < 0xdc00 || code > 0xdfff) w += code > 0x2e80 ? 2 : 1;
  }
  return w;
}
