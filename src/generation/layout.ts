/** Lays a table's figures out as a TableGrid in the published layout. */
import { DisplayUnit, toDisplayNumber } from "../model/money";
import type { ColumnDef, TableDef } from "../tables/types";
import type { FigureRow, TableFigures } from "./figures";
import type { CellStyle, GridCell, Merge, TableGrid } from "./grid";

/** Full-width space (U+3000): the tables indent one per level. */
export const INDENT = "\u3000";
const TITLE_ROWS = 3;

export interface LayoutContext {
  department: string;
  displayUnit: DisplayUnit;
  note: string;
}

export function layoutTable(figures: TableFigures, ctx: LayoutContext): TableGrid {
  const def = figures.def;
  const width = def.columns.length;
  const rows: Array<Array<GridCell | null>> = [];
  const merges: Merge[] = [];
  const blankRow = () => new Array<GridCell | null>(width).fill(null);

  rows.push(titleRow(def, width), blankRow(), blankRow());
  rows[1][0] = { value: def.title, style: "title" };
  merges.push({ top: 1, left: 0, bottom: 1, right: width - 1 });
  rows[2][0] = { value: `单位名称：${ctx.department}`, style: "unitLine" };
  rows[2][width - 1] = { value: `单位：${ctx.displayUnit}`, style: "unitLineRight" };
  if (width > 2) merges.push({ top: 2, left: 0, bottom: 2, right: width - 2 });

  const header = headerBlock(def.columns, TITLE_ROWS);
  rows.push(...header.rows);
  merges.push(...header.merges);
  const bodyFirst = rows.length;
  const body = figures.sections ? twoSidedBody(figures, ctx) : singleBody(figures, ctx, bodyFirst);
  rows.push(...body.rows);
  merges.push(...body.merges);
  const bodyLast = rows.length - 1;

  const noteRow = blankRow();
  noteRow[0] = { value: `注：${ctx.note.replace(/\n/g, `\n${INDENT}${INDENT}`)}`, style: "note" };
  rows.push(noteRow);
  if (width > 1) merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: width - 1 });

  return {
    table: def.id,
    sheetName: def.sheetName,
    cells: rows,
    merges,
    columnWidths: def.columns.map((c) => c.width),
    rowHeights: rowHeights(rows, merges, def.columns.map((c) => c.width)),
    headerRows: { first: TITLE_ROWS, last: TITLE_ROWS + header.rows.length - 1 },
    bodyRows: { first: bodyFirst, last: bodyLast },
    numberFormat: def.numberFormat,
    print: def.print,
  };
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
  const rows = Array.from({ length: depth }, () => new Array<GridCell | null>(columns.length).fill(null));
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

function singleBody(figures: TableFigures, ctx: LayoutContext, firstRow: number): Block {
  const def = figures.def;
  const merges: Merge[] = [];
  const labels: LabelStyle = {
    indentPerLevel: def.rows.type === "unitBreakdown" ? 2 : 1,
    bracketed: def.rows.type === "codeHierarchy" && def.rows.labels === "bracketed",
  };
  const rows = figures.rows.map((fig, r) => {
    const row = def.columns.map((col) =>
      col.role === "amount"
        ? amountCell(fig, col, figures.amountColumns.indexOf(col), ctx.displayUnit)
        : labelCell(fig, col, labels),
    );
    const codeColumn = def.columns.findIndex((c) => c.role === "code");
    if (fig.total && codeColumn >= 0 && def.columns[codeColumn + 1]?.role === "label") {
      row[codeColumn + 1] = { value: null, style: "labelTotal" };
      merges.push({ top: firstRow + r, left: codeColumn, bottom: firstRow + r, right: codeColumn + 1 });
    }
    return row;
  });
  return { rows, merges };
}

function amountCell(fig: FigureRow, col: ColumnDef, index: number, unit: DisplayUnit): GridCell {
  const style: CellStyle = fig.total ? "amountTotal" : "amount";
  return { value: toDisplayNumber(fig.values[index], unit), style, row: fig.key, column: col.key };
}

interface LabelStyle {
  indentPerLevel: number;
  /** Code and name in one cell as [201]一般公共服务支出 (表5–表7). */
  bracketed: boolean;
}

function labelCell(fig: FigureRow, col: ColumnDef, style: LabelStyle): GridCell {
  const indent = INDENT.repeat(fig.level * style.indentPerLevel);
  switch (col.role) {
    case "code":
      return fig.total ? { value: fig.name, style: "labelTotal" } : { value: fig.code ?? "", style: "code" };
    case "text":
      return { value: fig.text ?? "", style: "text", row: fig.key, column: col.key };
    default: {
      if (fig.total) return { value: fig.name, style: "labelTotal" };
      const code = style.bracketed && fig.code ? `[${fig.code}]` : "";
      return { value: indent + code + fig.name, style: "label", row: fig.key };
    }
  }
}

function twoSidedBody(figures: TableFigures, ctx: LayoutContext): Block {
  const [leftLabel, leftAmount, rightLabel, rightAmount] = figures.def.columns;
  const rows: Array<Array<GridCell | null>> = [];
  for (const section of figures.sections!) {
    const height = Math.max(section.left.length, section.right.length);
    for (let i = 0; i < height; i++) {
      rows.push([
        ...sideCells(section.left[i], leftLabel, leftAmount, ctx.displayUnit),
        ...sideCells(section.right[i], rightLabel, rightAmount, ctx.displayUnit),
      ]);
    }
  }
  return { rows, merges: [] };
}

function sideCells(fig: FigureRow | undefined, labelCol: ColumnDef, amountCol: ColumnDef, unit: DisplayUnit): GridCell[] {
  if (!fig) return [{ value: null, style: "label" }, { value: null, style: "amount" }];
  const text = INDENT.repeat(fig.level) + fig.name;
  return [
    { value: text, style: fig.total ? "labelTotal" : "label", row: fig.key, column: labelCol.key },
    { ...amountCell(fig, amountCol, 0, unit), column: amountCol.key },
  ];
}

const LINE_HEIGHT = 14;
const TITLE_HEIGHT = 28;

/**
 * Row heights that show wrapped text whole: hosts and Excel do not grow rows for text written
 * by a program, so the height is estimated from the text's display width (CJK counts double).
 */
function rowHeights(rows: Array<Array<GridCell | null>>, merges: Merge[], widths: number[]): number[] {
  const spanWidth = new Map<string, number>();
  for (const m of merges) {
    if (m.top !== m.bottom) continue;
    let w = 0;
    for (let c = m.left; c <= m.right; c++) w += widths[c];
    spanWidth.set(`${m.top}:${m.left}`, w);
  }
  return rows.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (typeof cell?.value !== "string") return;
      const width = spanWidth.get(`${r}:${c}`) ?? widths[c];
      const needed = cell.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / Math.max(width - 1, 1))), 0);
      lines = Math.max(lines, needed);
    });
    return rows[r][0]?.style === "title" ? TITLE_HEIGHT : lines * LINE_HEIGHT + 4;
  });
}

function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}
