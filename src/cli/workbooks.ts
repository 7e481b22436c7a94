/**
 * The readers as the CLI reaches them, each loaded only when a command touches its kind of file:
 * ExcelJS alone takes about half a second to load, pdf.js more, and `--help` or a usage error
 * needs neither. A file is read by what it holds, not by its name: a PDF starts with %PDF-.
 */
import { open } from "node:fs/promises";
import { basename } from "node:path";
import type { TextBlock } from "../narrative/blocks";
import { pdfBlocks } from "../narrative/pdfBlocks";
import type { PdfReading } from "../reading/pdf/tables";
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

/** A book read for its narrative too: a workbook's sheets, or a PDF's tables with the text around them as its narrative. */
export interface Book {
  sheets: SheetCells[];
  /** A PDF's narrative: its text outside the tables, a block per page. */
  narrative?: TextBlock[];
}

export async function readBookFile(file: string): Promise<Book> {
  if (!(await isPdfFile(file))) return { sheets: await readWorkbookFile(file) };
  const { sheets, rest } = await readPdfDocument(file);
  return { sheets, narrative: pdfBlocks(rest, basename(file)) };
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

const readPdf = (file: string): Promise<SheetCells[]> => pdfRead((host) => host.readPdfFile(file));
const readPdfDocument = (file: string): Promise<PdfReading> => pdfRead((host) => host.readPdfDocument(file));

/** A read by the PDF host, loaded now; the PDFs it refuses are CliErrors saying why. */
async function pdfRead<T>(read: (host: typeof import("../hosts/pdf/readPdf")) => Promise<T>): Promise<T> {
  const host = await import("../hosts/pdf/readPdf");
  return read(host).catch((e: unknown) => {
    throw e instanceof host.PdfReadError ? new CliError(e.message) : e;
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
