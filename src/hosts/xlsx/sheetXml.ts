/**
 * What ExcelJS 4 cannot write, added to a worksheet's XML after it has written the file:
 * `<ignoredErrors numberStoredAsText>` over code cells, so that Excel shows no green triangle on
 * 2010301 kept as text (exceljs issue #2092), and the cell a frozen sheet's view opens at
 * (ExcelJS writes the pane's topLeftCell only, not the sheetView's).
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAddress } from "../../generation/grid";

interface SheetExtras {
  /** A1 ranges of cells holding, or meant to hold, digits stored as text. */
  textNumbers: string[];
  /** The top-left cell the sheet opens at. */
  viewTopLeft?: string;
}

const extras = new WeakMap<ExcelJS.Worksheet, SheetExtras>();

function extrasOf(sheet: ExcelJS.Worksheet): SheetExtras {
  let e = extras.get(sheet);
  if (!e) extras.set(sheet, (e = { textNumbers: [] }));
  return e;
}

/** Cells (zero-based rows and columns, inclusive) where digits are text on purpose: codes. */
export function ignoreNumbersAsText(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  extrasOf(sheet).textNumbers.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
}

/** The sheet opens scrolled to this zero-based row (with a frozen pane: the pane's first row). */
export function openViewAtRow(sheet: ExcelJS.Worksheet, row: number): void {
  extrasOf(sheet).viewTopLeft = cellAddress(row, 0);
}

/** The elements that follow <ignoredErrors> in a worksheet (ECMA-376 CT_Worksheet order) as ExcelJS writes them. */
const AFTER_IGNORED_ERRORS = /<(drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|tableParts|extLst)[\s>/]|<\/worksheet>/g;

export function withSheetExtras(xml: string, e: SheetExtras): string {
  let out = xml;
  if (e.viewTopLeft) out = out.replace(/<sheetView /, `<sheetView topLeftCell="${e.viewTopLeft}" `);
  if (e.textNumbers.length > 0) {
    AFTER_IGNORED_ERRORS.lastIndex = out.lastIndexOf("</sheetData>");
    const at = AFTER_IGNORED_ERRORS.exec(out)!.index;
    const element = `<ignoredErrors><ignoredError sqref="${e.textNumbers.join(" ")}" numberStoredAsText="1"/></ignoredErrors>`;
    out = out.slice(0, at) + element + out.slice(at);
  }
  return out;
}

/** The workbook's .xlsx file with each sheet's extras added (ExcelJS names sheet files by worksheet id). */
export async function xlsxWithExtras(workbook: ExcelJS.Workbook, written: ExcelJS.Buffer): Promise<ExcelJS.Buffer> {
  const sheets = workbook.worksheets.filter((s) => extras.has(s));
  if (sheets.length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  for (const sheet of sheets) {
    const name = `xl/worksheets/sheet${sheet.id}.xml`;
    const xml = await zip.file(name)!.async("string");
    zip.file(name, withSheetExtras(xml, extras.get(sheet)!));
  }
  return (await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })) as unknown as ExcelJS.Buffer;
}
