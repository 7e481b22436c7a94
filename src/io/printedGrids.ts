/**
 * Tables read from a PDF as grids to write to a workbook an officer can edit: each table on its
 * own sheet laid out as printed (title, 编制/单位 line, header with its merged blocks, body,
 * notes), so that validating the workbook finds what validating the PDF found, at the same cells.
 */
import type { CellStyle, GridCell, TableGrid } from "../generation/grid";
import type { TableId } from "../model/types";
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { detectLayout } from "../reading/detect";
import { titleMatcher } from "../reading/locate";
import { normalizeLabel } from "../reading/normalize";
import { cellValue, type CellValue, type SheetCells } from "../reading/sheetCells";
import type { TableDef, TemplatePack } from "../tables/types";

const PRINT = { orientation: "landscape", paperSize: "A4", fitToWidth: true } as const;
const ROW_HEIGHT = 20;
const WIDTH = { code: 6, label: 30, amount: 16 };

/** A PDF's tables as grids, named by the given pack or by the built-in pack they match best, with the count of their figures. */
export function printedWorkbook(sheets: readonly SheetCells[], given?: TemplatePack): { grids: TableGrid[]; figures: number } {
  const pack = given ?? detectLayout(sheets, Object.values(BUILT_IN_PACKS)).best.pack;
  const grids = printedTablesToGrids(sheets, pack.tables);
  return { grids, figures: grids.reduce((n, g) => n + g.cells.flat().filter((c) => c?.style === "amount").length, 0) };
}

/** Each PDF table as a grid; `defs` name the tables (表N) by their titles. */
export function printedTablesToGrids(sheets: readonly SheetCells[], defs: readonly TableDef[]): TableGrid[] {
  const tableOf = titleMatcher(defs);
  return sheets.filter((s) => s.origin).map((s) => printedGrid(s, tableOf(normalizeLabel(cellValue(s, 0, 0))) ?? s.name));
}

function printedGrid(sheet: SheetCells, table: TableId): TableGrid {
  const header = sheet.origin!.header;
  const width = sheet.origin!.columns.length;
  const notes = firstNoteRow(sheet, header.last + 1);
  const styleAt = (r: number, c: number, v: CellValue): CellStyle =>
    r === 0 ? "title" : r < header.first ? (c === 0 ? "unitLine" : "unitLineRight") : r <= header.last ? "header" : r >= notes ? "note" : typeof v === "number" ? "amount" : /^\d+$/.test(String(v)) ? "code" : "label";
  const cells = sheet.rows.map((row, r) => Array.from({ length: width }, (_, c): GridCell | null => {
    const v = row?.[c] ?? null;
    return v === null ? null : { value: v as string | number, style: styleAt(r, c, v) };
  }));
  return {
    table,
    sheetName: sheet.name,
    cells,
    merges: sheet.merges,
    columnWidths: Array.from({ length: width }, (_, c) => columnWidth(cells, c, header.last + 1)),
    rowHeights: cells.map(() => ROW_HEIGHT),
    headerRows: header,
    bodyRows: { first: header.last + 1, last: Math.max(header.last + 1, notes - 1) },
    numberFormat: commonFormat(sheet, header.last + 1),
    print: PRINT,
  };
}

function firstNoteRow(sheet: SheetCells, from: number): number {
  let r = from;
  while (r < sheet.rows.length && !/^注/.test(String(cellValue(sheet, r, 0) ?? ""))) r++;
  return r;
}

/** The body's most frequent number format: a grid shows its figures alike. */
function commonFormat(sheet: SheetCells, from: number): string {
  const counts = new Map<string, number>();
  for (const row of sheet.numberFormats?.slice(from) ?? []) for (const f of row ?? []) if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "#,##0.00";
}

function columnWidth(cells: Array<Array<GridCell | null>>, c: number, body: number): number {
  const styles = cells.slice(body).map((row) => row[c]?.style);
  return styles.includes("label") ? WIDTH.label : styles.includes("code") ? WIDTH.code : WIDTH.amount;
}
