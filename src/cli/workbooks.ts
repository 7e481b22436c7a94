/**
 * The readers as the CLI reaches them, each loaded only when a command touches its kind of file:
 * ExcelJS alone takes about half a second to load, pdf.js more, and `--help` or a usage error
 * needs neither. A file is read by what it holds, not by its name: a PDF starts with %PDF-.
 */
import { open } from "node:fs/promises";
import type { SheetCells } from "../reading/sheetCells";
import { CliError } from "./errors";

/** A workbook's sheets, or a PDF's budget tables as sheets; a file that is neither readable is a CliError saying so. */
export async function readWorkbookFile(file: string): Promise<SheetCells[]> {
  if (await isPdfFile(file)) return readPdf(file);
  const { readXlsxFile } = await import("../hosts/xlsx/streamWorkbook");
  return readXlsxFile(file).catch((e: Error) => {
    throw new CliError(e.message);
  });
}

/** Whether the file's first kilobyte holds %PDF- (false when it cannot be opened: the workbook reader says why). */
async function isPdfFile(file: string): Promise<boolean> {
  const { isPdf } = await import("../hosts/pdf/pdfSignature");
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const head = new Uint8Array(1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return isPdf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function readPdf(file: string): Promise<SheetCells[]> {
  const { readPdfFile, PdfReadError } = await import("../hosts/pdf/readPdf");
  return readPdfFile(file).catch((e: unknown) => {
    throw e instanceof PdfReadError ? new CliError(e.message) : e;
  });
}

/** Whether the sheets were read from a PDF (no cells to mark, no workbook to copy). */
export const fromPdf = (sheets: readonly SheetCells[]): boolean => sheets.some((s) => s.origin);

/** The modules that write workbooks, each of which loads ExcelJS. */
export const xlsxWriting = () => import("../hosts/xlsx/writeWorkbook");
export const mingxiWriting = () => import("../hosts/xlsx/mingxiSheet");
export const templateWriting = () => import("../hosts/xlsx/templateWorkbook");
export const reportWriting = () => import("../hosts/xlsx/reportWorkbook");
export const markWriting = () => import("../hosts/xlsx/markWorkbook");
/** The comparison's file forms, .xlsx among them. */
export const comparisonWriting = () => import("../io/comparisonFile");
