/**
 * A PDF file's budget tables as sheets, read by pdf.js on a worker thread (pdfSheets.ts says what
 * is refused and why); read as a document, its tables come with the lines around them (its narrative).
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { PdfReading } from "../../reading/pdf/tables";
import type { SheetCells } from "../../reading/sheetCells";
import { extractPdfText } from "./extractText";
import { checkPdfSize, pdfDocument, pdfSheets, tablesOf } from "./pdfSheets";

export { PdfReadError } from "./pdfSheets";

export const readPdfFile = async (file: string): Promise<SheetCells[]> => tablesOf(await readPdfDocument(file), basename(file));

export const readPdfData = (data: Uint8Array, name: string): Promise<SheetCells[]> => pdfSheets(data, name, (d) => extractPdfText(d));

/** The PDF's tables (none, for a PDF holding only text) and the lines around them. */
export async function readPdfDocument(file: string): Promise<PdfReading> {
  const name = basename(file);
  checkPdfSize(name, (await stat(file)).size);
  return pdfDocument(new Uint8Array(await readFile(file)), name, (d) => extractPdfText(d));
}
