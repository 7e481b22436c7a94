/**
 * What both PDF hosts (Node's worker thread, the task pane's web worker) share, free of either:
 * a PDF's bytes to its budget tables as sheets, given the host's text extractor, and the
 * refusals in Chinese and English when it has none: too large, not a PDF, encrypted, damaged,
 * too many pages, too slow, scanned (no text to read), or text without a budget table's title.
 */
import { BUILT_IN_PACKS } from "../../packs/builtIn";
import { hasText, PdfReading } from "../../reading/pdf/tables";
import { budgetTables } from "../../reading/pdf/titles";
import type { PdfPage } from "../../reading/pdf/textItems";
import type { SheetCells } from "../../reading/sheetCells";
import { MAX_PDF_BYTES, MAX_PDF_PAGES, PDF_HEAP_MB, PDF_TIME_LIMIT_MS } from "./limits";
import { isPdf } from "./pdfSignature";

/** Why a host's extractor could not read a PDF, as pdf.js names it (PasswordException, InvalidPDFException …) or as the limits do. */
export class PdfExtractError extends Error {
  constructor(
    readonly reason: "password" | "invalid" | "pages" | "time" | "stopped" | "failed",
    message: string,
    readonly pages?: number,
  ) {
    super(message);
  }
}

const REASONS: Record<string, PdfExtractError["reason"]> = { PasswordException: "password", InvalidPDFException: "invalid", pages: "pages" };

/** The error pdf.js raised (its name and message) as a reason to refuse the file. */
export const pdfjsFailure = (name: string, message: string, pages?: number): PdfExtractError =>
  new PdfExtractError(REASONS[name] ?? (/Invalid|corrupt|XRef|Missing PDF/i.test(message) ? "invalid" : "failed"), message, pages);

/** A PDF that cannot be read as budget tables; the message names the file and says why in Chinese, then English (`zh`, `en` alone). */
export class PdfReadError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
  }
}

/** Every page's text items; a PdfExtractError when the file cannot be opened, has too many pages or takes too long. */
export type PdfTextExtractor = (data: Uint8Array) => Promise<PdfPage[]>;

/** Every table the built-in packs print, whichever layout the PDF follows: their titles are looked for first. */
const BUILT_IN_TABLES = Object.values(BUILT_IN_PACKS).flatMap((p) => p.tables);

/** Refuses a file over the size limit before it is read into memory. */
export function checkPdfSize(name: string, size: number): void {
  if (size > MAX_PDF_BYTES) throw refuse(name, `大小 ${mib(size)} MiB，超过上限 ${mib(MAX_PDF_BYTES)} MiB`, `is ${mib(size)} MiB, more than the limit of ${mib(MAX_PDF_BYTES)} MiB`);
}

/** The PDF's tables (none, for a PDF holding only text) and the lines around them (its narrative). */
export async function pdfDocument(data: Uint8Array, name: string, extract: PdfTextExtractor): Promise<PdfReading> {
  if (!isPdf(data)) throw refuse(name, "不是 PDF 文件", "is not a PDF file");
  const pages = await extract(data).catch((e: unknown) => {
    throw e instanceof PdfExtractError ? extractFailure(name, e) : e;
  });
  if (!hasText(pages)) throw refuse(name, "没有文字层（可能是扫描件），无法读取", "has no text layer (a scan?) and cannot be read");
  const { sheets, rest } = budgetTables(pages, BUILT_IN_TABLES);
  return { sheets: sheets.map((s) => ({ ...s, origin: { ...s.origin!, file: name } })), rest };
}

/** A PDF's tables, refused when it has none. */
export function tablesOf({ sheets }: PdfReading, name: string): SheetCells[] {
  if (sheets.length === 0) throw refuse(name, NO_TABLES.zh, NO_TABLES.en);
  return sheets;
}

export const pdfSheets = async (data: Uint8Array, name: string, extract: PdfTextExtractor): Promise<SheetCells[]> => tablesOf(await pdfDocument(data, name, extract), name);

/** Tables are found by their titles (a built-in pack's or a table kind's), each with its 编制/单位 line or header below. */
const NO_TABLES = {
  zh: "找不到预算公开表（没有“收支总表”“支出总表”“三公经费”等表格标题及其下的编制/单位行或表头）",
  en: "holds no budget table (no table title such as 收支总表, 支出总表 or “三公”经费 with its 编制/单位 line or header below)",
};

function extractFailure(name: string, e: PdfExtractError): PdfReadError {
  switch (e.reason) {
    case "password":
      return refuse(name, "已加密（需要密码），无法读取", "is encrypted (password protected) and cannot be read");
    case "pages":
      return refuse(name, `共 ${e.pages} 页，超过上限 ${MAX_PDF_PAGES} 页`, `has ${e.pages} pages, more than the limit of ${MAX_PDF_PAGES}`);
    case "stopped":
      return refuse(name, `读取时 PDF 读取程序停止（可能超出 ${PDF_HEAP_MB} MB 内存上限）`, `stopped the PDF reader (beyond its ${PDF_HEAP_MB} MB memory limit?)`);
    case "time":
      return refuse(name, `在 ${PDF_TIME_LIMIT_MS / 1000} 秒内未能读完，已停止`, `could not be read within ${PDF_TIME_LIMIT_MS / 1000} s; reading stopped`);
    default:
      return refuse(name, "已损坏或不是有效的 PDF，无法读取", `is damaged or not a valid PDF (${e.message})`);
  }
}

const refuse = (name: string, zh: string, en: string) => new PdfReadError(`${name}：${zh}`, `${name} ${en}`);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
