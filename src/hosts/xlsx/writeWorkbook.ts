/** The .xlsx host, writing side: TableGrids → an ExcelJS workbook in the published layout. */
import ExcelJS from "exceljs";
import { CELL_FORMATS, CellFormat } from "../../generation/cellFormats";
import type { CellStyle, RowSpan, TableGrid } from "../../generation/grid";
import type { PrintDef } from "../../tables/types";
import { ignoreNumbersAsText, xlsxWithExtras } from "./sheetXml";

const A4 = 9;
const PAGE_FOOTER = "&C第 &P 页，共 &N 页";

function excelStyle(format: CellFormat, numberFormat: string): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
  return {
    font: { name: format.font, size: format.size, bold: !!format.bold },
    alignment: { horizontal: format.horizontal, vertical: format.vertical, wrapText: !!format.wrap },
    ...(format.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(format.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${format.fill}` } } } : {}),
    ...(format.numeric ? { numFmt: numberFormat } : {}),
  };
}

/** Adds one worksheet per grid; an existing sheet of the same name is an error, never replaced. */
export function addGridsToWorkbook(workbook: ExcelJS.Workbook, grids: readonly TableGrid[]): void {
  for (const grid of grids) {
    if (workbook.getWorksheet(grid.sheetName)) throw new Error(`工作表“${grid.sheetName}”已存在 (sheet ${grid.sheetName} already exists)`);
    writeGrid(workbook, grid);
  }
}

/** A4 in the given orientation, one page wide when asked, the header rows (zero-based) repeated on every page, pages numbered. */
export function printSetup(print: PrintDef, header: RowSpan): Pick<Partial<ExcelJS.AddWorksheetOptions>, "pageSetup" | "headerFooter"> {
  return {
    pageSetup: {
      paperSize: A4,
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${header.first + 1}:${header.last + 1}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: PAGE_FOOTER, evenFooter: PAGE_FOOTER },
  };
}

function writeGrid(workbook: ExcelJS.Workbook, grid: TableGrid): void {
  const header = grid.headerRows;
  const sheet = workbook.addWorksheet(grid.sheetName, { views: [{ state: "frozen", ySplit: header.last + 1, xSplit: 0 }], ...printSetup(grid.print, header) });
  const styles = new Map<CellStyle, Partial<ExcelJS.Style>>();
  const styleOf = (s: CellStyle) => {
    let st = styles.get(s);
    if (!st) styles.set(s, (st = excelStyle(CELL_FORMATS[s], grid.numberFormat)));
    return st;
  };
  grid.columnWidths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  grid.cells.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 1);
    excelRow.height = grid.rowHeights[r];
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = excelRow.getCell(c + 1);
      // A plain string value is always stored as text in the file; ExcelJS writes formulas only from { formula }.
      target.value = cell.value;
      target.style = styleOf(cell.style);
    });
  });
  for (const m of grid.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  ignoreCodesAsText(sheet, grid);
}

/** Each column's code cells (201, 20103 as text) from the first to the last. */
function ignoreCodesAsText(sheet: ExcelJS.Worksheet, grid: TableGrid): void {
  grid.columnWidths.forEach((_, c) => {
    const rows = grid.cells.flatMap((row, r) => (row[c]?.style === "code" ? [r] : []));
    if (rows.length > 0) ignoreNumbersAsText(sheet, rows[0], c, rows[rows.length - 1], c);
  });
}

export async function gridsToXlsxBuffer(grids: readonly TableGrid[]): Promise<Buffer> {
  const workbook = newWorkbook();
  addGridsToWorkbook(workbook, grids);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "budget-tables";
  workbook.created = new Date();
  // ExcelJS 4 cannot write <ignoredErrors> nor where a sheet's view opens: every write of a workbook made here adds them (sheetXml.ts).
  const write = workbook.xlsx.writeBuffer.bind(workbook.xlsx);
  workbook.xlsx.writeBuffer = (options) => xlsxWithExtras(workbook, write, options);
  return workbook;
}

/** A copy of a workbook with the grids added as new sheets: the original's sheets are kept, none is replaced. */
export async function workbookWithGrids(data: Buffer, grids: readonly TableGrid[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  addGridsToWorkbook(workbook, grids);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
