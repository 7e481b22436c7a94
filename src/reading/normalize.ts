/**
 * Label normalisation: two labels that a reviewer would call the same compare equal after it.
 * NFKC folds full-width brackets, colons, digits and U+3000 to their half-width forms.
 */
import type { CellValue } from "./sheetCells";

const WHITESPACE = /\s+/g;
const QUOTES = /["“”'‘’「」『』]/g;
const ORDINAL = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十百]+、|\d+[.、])/;
const QUALIFIER = /^其中[:：]?/;

/** Whitespace (incl. U+3000 and line breaks) and quotes removed, full-width folded to half-width. */
export function normalizeLabel(value: CellValue): string {
  if (value === null) return "";
  return String(value).normalize("NFKC").replace(WHITESPACE, "").replace(QUOTES, "").replace(/【/g, "[").replace(/】/g, "]");
}

/** The label without a leading 其中： or an ordinal (一、 (一) 1.), for matching row and column names. */
export function labelCore(value: CellValue): string {
  return normalizeLabel(value).replace(QUALIFIER, "").replace(ORDINAL, "").replace(QUALIFIER, "");
}

/** Indentation in full-width spaces (two half-width spaces count as one). */
export function indentLevel(text: string): number {
  let level = 0;
  let halves = 0;
  for (const ch of text) {
    if (ch === "\u3000") level++;
    else if (ch === " " || ch === "\u00a0") halves++;
    else if (ch !== "\t") break;
  }
  return level + Math.floor(halves / 2);
}

/** The text as a reader sees it: trimmed, line breaks (wrapping) removed. */
export function displayText(value: CellValue): string {
  return value === null ? "" : String(value).replace(/[\r\n]+/g, "").trim();
}
