/**
 * A user-supplied catalogue of classification codes as CSV: `code,name` per record, an optional
 * header record, quotes as in RFC 4180 (a quoted name may hold commas and line breaks). Function
 * codes (2xx…) and economic codes (3xx…) never share a prefix, so one file may hold both.
 */
import { parse } from "csv-parse/sync";
import type { InputProblem } from "../model/types";

export type CatalogResult = { ok: true; names: Map<string, string> } | { ok: false; problems: InputProblem[] };

const CODE = /^\d{3}(\d{2}){0,2}$/;

/** The catalogue from a file's bytes, in whichever encoding it was saved (see decodeCsvBytes). */
export function readCodeCatalog(bytes: Uint8Array, fileName: string): CatalogResult {
  return parseCodeCatalog(decodeCsvBytes(bytes), fileName);
}

export function parseCodeCatalog(text: string, fileName: string): CatalogResult {
  const records = csvRecords(text, fileName);
  if (!records.ok) return records;
  const names = new Map<string, string>();
  const problems: InputProblem[] = [];
  records.list.forEach(({ fields, line }, i) => {
    const [code = "", name = ""] = fields;
    const path = `${fileName}:${line}`;
    if (i === 0 && !/^\d/.test(code)) return; // a header record
    if (!CODE.test(code)) problems.push({ path, message: `"${code}" is not a 3-, 5- or 7-digit code`, zh: `“${code}”不是 3、5 或 7 位编码` });
    else if (!name) problems.push({ path, message: `code ${code} has no name`, zh: `编码 ${code} 没有名称` });
    else names.set(code, name);
  });
  return problems.length ? { ok: false, problems } : { ok: true, names };
}

type Records = { ok: true; list: Array<{ fields: string[]; line: number }> } | { ok: false; problems: InputProblem[] };

function csvRecords(text: string, fileName: string): Records {
  try {
    const parsed = parse(text, {
      bom: true,
      trim: true,
      // Hand-edited files mix line ends; csv-parse would otherwise take the first line's for all.
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      raw: true,
      info: true,
    }) as unknown as Array<{ record: string[]; raw: string; info: { lines: number } }>;
    return { ok: true, list: parsed.map((r) => ({ fields: r.record, line: r.info.lines - lineBreaksWithin(r.raw) })) };
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { ok: false, problems: [{ path: line ? `${fileName}:${line}` : fileName, message: `not readable as CSV: ${(e as Error).message}`, zh: "无法按 CSV 读取" }] };
  }
}

/** info.lines is where a record ends; a quoted line break inside it puts its start earlier. */
const lineBreaksWithin = (raw: string) => raw.replace(/(\r\n|\n|\r)$/, "").match(/\r\n|\n|\r/g)?.length ?? 0;

/**
 * CSV bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order mark
 * (Excel's "Unicode text"), else GB18030, which Excel on Chinese Windows writes for "CSV (逗号分隔)"
 * and which includes GBK and GB2312. Bytes that are valid UTF-8 are read as UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
