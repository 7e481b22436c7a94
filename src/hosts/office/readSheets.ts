/**
 * The Office.js host, reading side: worksheets → host-free SheetCells for the reader and
 * validator. One sync sizes the used ranges; then values and number formats come back in
 * row bands, as many per request as keep the answer under the payload budget.
 */
import { parseCellAddress, type Merge } from "../../generation/grid";
import type { CellValue, SheetCells } from "../../reading/sheetCells";
import type { OfficeFeatures } from "./features";
import { rangeAddress } from "./sheetOps";
import { PAYLOAD_BUDGET } from "./writeGrids";

/** A generous guess at one cell's share of an answer: its value and its number format. */
const BYTES_PER_CELL = 48;

export interface ReadOptions {
  features: OfficeFeatures;
  /** Which visible sheets to read; all by default. */
  include?: (name: string) => boolean;
  payloadBudget?: number;
}

interface Sized {
  name: string;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
}

export async function readSheets(context: Excel.RequestContext, options: ReadOptions): Promise<SheetCells[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  await context.sync();
  const wanted = sheets.items.filter((s) => s.visibility === "Visible" && (options.include?.(s.name) ?? true));
  const sized: Sized[] = wanted.map((s) => {
    const used = s.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    const merged = options.features.mergedAreas ? s.getRange().getMergedAreasOrNullObject().load("isNullObject,address") : undefined;
    return { name: s.name, used, merged };
  });
  await context.sync();
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  const bands = sized.flatMap((s) => bandsOf(context, s, budget));
  let queued = 0;
  for (const band of bands) {
    if (queued > 0 && queued + band.bytes > budget) {
      await context.sync();
      queued = 0;
    }
    band.range.load("values,numberFormat");
    queued += band.bytes;
  }
  if (queued > 0) await context.sync();
  return sized.map((s) => assemble(s, bands.filter((b) => b.sheet === s.name)));
}

interface Band {
  sheet: string;
  top: number;
  left: number;
  range: Excel.Range;
  bytes: number;
}

function bandsOf(context: Excel.RequestContext, s: Sized, budget: number): Band[] {
  if (s.used.isNullObject) return [];
  const { rowIndex: top, columnIndex: left, rowCount, columnCount } = s.used;
  const rowsPerBand = Math.max(1, Math.floor(budget / (BYTES_PER_CELL * columnCount)));
  const sheet = context.workbook.worksheets.getItem(s.name);
  const bands: Band[] = [];
  for (let r = top; r < top + rowCount; r += rowsPerBand) {
    const bottom = Math.min(r + rowsPerBand, top + rowCount) - 1;
    const range = sheet.getRange(rangeAddress(r, left, bottom, left + columnCount - 1));
    bands.push({ sheet: s.name, top: r, left, range, bytes: (bottom - r + 1) * columnCount * BYTES_PER_CELL });
  }
  return bands;
}

/** Places each band at its offset in the sheet, so row and column numbers match A1 addresses. */
function assemble(s: Sized, bands: Band[]): SheetCells {
  const rows: Array<CellValue[] | undefined> = [];
  const numberFormats: Array<Array<string | null> | undefined> = [];
  for (const band of bands) {
    const values = band.range.values as CellValue[][];
    const formats = band.range.numberFormat as string[][];
    values.forEach((row, i) => {
      rows[band.top + i] = [...new Array<CellValue>(band.left).fill(null), ...row.map((v) => (v === "" ? null : v))];
      numberFormats[band.top + i] = [...new Array<string | null>(band.left).fill(null), ...formats[i]];
    });
  }
  return { name: s.name, rows, merges: s.merged && !s.merged.isNullObject ? parseAreas(s.merged.address) : [], numberFormats };
}

/** "表3!A2:F2,表3!A8:B8" → zero-based merges. */
export function parseAreas(address: string): Merge[] {
  return address
    .split(",")
    .map((part) => part.trim().replace(/^.*!/, "").replace(/\$/g, ""))
    .filter(Boolean)
    .map((local) => {
      const [a, b = a] = local.split(":");
      const s = parseCellAddress(a)!;
      const e = parseCellAddress(b)!;
      return { top: s.row, left: s.column, bottom: e.row, right: e.column };
    });
}
