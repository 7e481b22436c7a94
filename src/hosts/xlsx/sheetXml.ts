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
const AFTER_IGNORED_ERRORS = /<(drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|tableParts|extLst)[\s>/]|<\/worksheet>/;
const SHEET_VIEW = Buffer.from("<sheetView ");
const SHEET_DATA_END = Buffer.from("</sheetData>");

/**
 * The sheet's XML with its extras. Edited as bytes: a 明细 of 100,000 rows is tens of megabytes
 * of cells, which are neither decoded nor copied into a string; only what follows them is.
 */
export function withSheetExtras(xml: Buffer, e: SheetExtras): Buffer {
  const parts: Buffer[] = [];
  let from = 0;
  if (e.viewTopLeft) {
    const at = xml.indexOf(SHEET_VIEW) + SHEET_VIEW.length;
    parts.push(xml.subarray(0, at), Buffer.from(`topLeftCell="${e.viewTopLeft}" `));
    from = at;
  }
  if (e.textNumbers.length === 0) return Buffer.concat([...parts, xml.subarray(from)]);
  const cellsEnd = xml.lastIndexOf(SHEET_DATA_END);
  const tail = xml.subarray(cellsEnd).toString("utf8");
  const at = AFTER_IGNORED_ERRORS.exec(tail)!.index;
  const element = `<ignoredErrors><ignoredError sqref="${e.textNumbers.join(" ")}" numberStoredAsText="1"/></ignoredErrors>`;
  return Buffer.concat([...parts, xml.subarray(from, cellsEnd), Buffer.from(tail.slice(0, at) + element + tail.slice(at))]);
}

type Write = (options?: Partial<ExcelJS.XlsxWriteOptions>) => Promise<ExcelJS.Buffer>;

/**
 * The workbook's .xlsx file with each sheet's extras added (ExcelJS names sheet files by worksheet
 * id). ExcelJS writes it uncompressed, so that no sheet is inflated again here; every entry is
 * compressed once, when the file is put together.
 */
export async function xlsxWithExtras(workbook: ExcelJS.Workbook, write: Write, options?: Partial<ExcelJS.XlsxWriteOptions>): Promise<ExcelJS.Buffer> {
  const sheets = workbook.worksheets.filter((s) => extras.has(s));
  if (sheets.length === 0) return write(options);
  const zip = await JSZip.loadAsync(await write({ ...options, zip: { ...options?.zip, compression: "STORE" } }));
  for (const sheet of sheets) {
    const name = `xl/worksheets/sheet${sheet.id}.xml`;
    zip.file(name, withSheetExtras(await zip.file(name)!.async("nodebuffer"), extras.get(sheet)!));
  }
  return (await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })) as unknown as ExcelJS.Buffer;
}
