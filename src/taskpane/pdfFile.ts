/**
 * A PDF the user picks in the pane, read in the browser: its budget tables as sheets, as the CLI
 * reads them, or why not (too large, encrypted, scanned …) in the user's language. This module
 * and pdf.js are loaded only when a PDF is picked.
 */
import { extractPdfTextInBrowser } from "../hosts/pdf/browserText";
import { checkPdfSize, PdfReadError, pdfSheets } from "../hosts/pdf/pdfSheets";
import type { SheetCells } from "../reading/sheetCells";
import { UserError } from "./modelSource";

export async function pdfFileSheets(file: File, lang: "zh" | "en"): Promise<SheetCells[]> {
  try {
    checkPdfSize(file.name, file.size);
    return await pdfSheets(new Uint8Array(await file.arrayBuffer()), file.name, (data) => extractPdfTextInBrowser(data, document.baseURI));
  } catch (e) {
    throw e instanceof PdfReadError ? new UserError(e[lang]) : e;
  }
}
