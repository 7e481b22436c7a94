/** A PDF file's budget tables as sheets, read by pdf.js on a worker thread (pdfSheets.ts says what is refused and why). */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SheetCells } from "../../reading/sheetCells";
import { extractPdfText } from "./extractText";
import { checkPdfSize, pdfSheets } from "./pdfSheets";

export { PdfReadError } from "./pdfSheets";

export async function readPdfFile(file: string): Promise<SheetCells[]> {
  const name = basename(file);
  checkPdfSize(name, (await stat(file)).size);
  return readPdfData(new Uint8Array(await readFile(file)), name);
}

export const readPdfData = (data: Uint8Array, name: string): Promise<SheetCells[]> => pdfSheets(data, name, (d) => extractPdfText(d));
