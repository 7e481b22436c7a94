/**
 * A PDF file's budget tables as sheets, or a message saying why it has none: too large, not a
 * PDF, encrypted, damaged, scanned (no text to read), or text without a budget table's title.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { BUILT_IN_PACKS } from "../../packs/builtIn";
import { hasText } from "../../reading/pdf/tables";
import { budgetTables } from "../../reading/pdf/titles";
import type { SheetCells } from "../../reading/sheetCells";
import { extractPdfText, PdfExtractError } from "./extractText";
import { isPdf } from "./pdfSignature";
import { MAX_PDF_BYTES, MAX_PDF_PAGES, PDF_HEAP_MB, PDF_TIME_LIMIT_MS } from "./limits";

/** A PDF that cannot be read as budget tables; the message says why in Chinese and English and names the file. */
export class PdfReadError extends Error {}


export async function readPdfFile(file: string): Promise<SheetCells[]> {
  const name = basename(file);
  const size = (await stat(file)).size;
  if (size > MAX_PDF_BYTES) throw refuse(name, `大小 ${mib(size)} MiB，超过上限 ${mib(MAX_PDF_BYTES)} MiB`, `is ${mib(size)} MiB, more than the limit of ${mib(MAX_PDF_BYTES)} MiB`);
  return readPdfData(new Uint8Array(await readFile(file)), name);
}

export async function readPdfData(data: Uint8Array, name: string): Promise<SheetCells[]> {
  if (!isPdf(data)) throw refuse(name, "不是 PDF 文件", "is not a PDF file");
  const pages = await extractPdfText(data).catch((e: unknown) => {
    throw e instanceof PdfExtractError ? extractFailure(name, e) : e;
  });
  if (!hasText(pages)) throw refuse(name, "没有文字层（可能是扫描件），无法读取表格", "has no text layer (a scan?); its tables cannot be read");
  const sheets = budgetTables(pages, Object.values(BUILT_IN_PACKS).flatMap((p) => p.tables));
  if (sheets.length === 0) throw refuse(name, NO_TABLES.zh, NO_TABLES.en);
  return sheets.map((s) => ({ ...s, origin: { ...s.origin!, file: name } }));
}

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

const refuse = (name: string, zh: string, en: string) => new PdfReadError(`${name}：${zh}\n${name} ${en}`);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
