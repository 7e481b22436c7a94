/**
 * The .xlsx host, reading side, through ExcelJS's object model: an ExcelJS workbook → host-free
 * SheetCells, one per worksheet. The task pane reads a picked file this way (in a browser);
 * the CLI reads with streamWorkbook.ts, which bounds memory and checks the limits.
 */
import ExcelJS from "exceljs";
import type { Merge } from "../../generation/grid";
import type { CellValue, SheetCells } from "../../reading/sheetCells";

/** Loads .xlsx bytes, as the task pane has them from a file input (no file system in a browser); bytes ExcelJS cannot open are an Error saying so. */
export async function readXlsxData(data: ArrayBuffer, name: string): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (e) {
    throw new Error(`${name} is not a readable .xlsx workbook (${(e as Error).message})`);
  }
  return workbookToSheets(workbook);
}

export function workbookToSheets(workbook: ExcelJS.Workbook): SheetCells[] {
  return workbook.worksheets.map(worksheetToSheet);
}

function worksheetToSheet(worksheet: ExcelJS.Worksheet): SheetCells {
  const rows: Array<CellValue[] | undefined> = [];
  const numberFormats: Array<Array<string | undefined> | undefined> = [];
  const merges = new Map<string, Merge>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) return extendMerge(merges, cell.master, r, c);
      values[c] = plainValue(cell.value);
      if (typeof values[c] === "number" && cell.numFmt) (numberFormats[r] ??= [])[c] = cell.numFmt;
    });
    rows[r] = Array.from(values, (v) => v ?? null);
  });
  return { name: worksheet.name, rows, merges: [...merges.values()], numberFormats };
}

function extendMerge(merges: Map<string, Merge>, master: ExcelJS.Cell, r: number, c: number): void {
  const top = Number(master.row) - 1;
  const left = Number(master.col) - 1;
  const key = `${top}:${left}`;
  const m = merges.get(key) ?? { top, left, bottom: top, right: left };
  m.bottom = Math.max(m.bottom, r);
  m.right = Math.max(m.right, c);
  merges.set(key, m);
}

/** A cell's value as a reader sees it: formulas by their cached result, rich text as its text. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  if ("text" in value) return String(value.text);
  return null;
}
