/**
 * Label normalisation: two labels that a reviewer would call the same compare equal after it.
 * NFKC folds full-width brackets, colons, digits and U+3000 to their half-width forms.
 */
import type { CellValue } from "./sheetCells";

const WHITESPACE = /\s+/g;
const QUOTES = /["“”'‘’「」『』]/g;
/** 一、 (一) (一)、 一. 1. 1、 1) (1): NFKC has folded full-width brackets and digits already. */
const ORDINAL = /^(?:\([一二三四五六七八九十百]+\)[、.]?|[一二三四五六七八九十百]+[、.]|\(?\d+\)[、.]?|\d+[.、])/;
const QUALIFIER = /^其中[:：]?/;
/** A year before a heading or title: 2024年机关运行经费预算数, 2025年度… */
const YEAR_PREFIX = /^(?:19|20)\d{2}年度?/;

/** Whitespace (incl. U+3000 and line breaks) and quotes removed, full-width folded to half-width. */
export function normalizeLabel(value: CellValue): string {
  if (value === null) return "";
  return String(value).normalize("NFKC").replace(WHITESPACE, "").replace(QUOTES, "").replace(/【/g, "[").replace(/】/g, "]");
}

/** The label without a leading 其中： or an ordinal (一、 (一) 1.), for matching row and column names. */
export function labelCore(value: CellValue): string {
  return normalizeLabel(value).replace(YEAR_PREFIX, "").replace(QUALIFIER, "").replace(ORDINAL, "").replace(QUALIFIER, "");
}

/**
 * A fund item's label as layouts vary it: 一般公共预算资金, 一般公共预算 and 一般公共预算拨款 are one
 * row, 政府性基金 and 政府性基金预算 another. Short labels keep their words (预算拨款 stays).
 */
export function fundItemCore(core: string): string {
  const bare = core.replace(/(?:资金|拨款)$/, "");
  const shorter = bare.replace(/预算$/, "");
  return shorter.length > 2 ? shorter : bare.length > 2 ? bare : core;
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
