/**
 * Label normalisation: two labels that a reviewer would call the same compare equal after it.
 * NFKC folds full-width brackets, colons, digits and U+3000 to their half-width forms. It lives
 * in the catalogue (the lowest layer) because names are compared here; reading re-exports it.
 */
type Text = string | number | boolean | null;

/**
 * Han characters (the unified block, which NFKC leaves alone), ASCII letters and digits, and
 * spaces (an indented name): most labels and names are only these, and their normal form is
 * the text without its spaces (one test rather than NFKC and four patterns).
 */
const PLAIN = /^[\u4e00-\u9fffA-Za-z0-9 \u3000]*$/;
const SPACES = /[ \u3000]/g;
const WHITESPACE = /\s+/g;
const QUOTES = /["“”'‘’「」『』]/g;
/** 一、 (一) (一)、 一. 1. 1、 1) (1): NFKC has folded full-width brackets and digits already. */
const ORDINAL = /^(?:\([一二三四五六七八九十百]+\)[、.]?|[一二三四五六七八九十百]+[、.]|\(?\d+\)[、.]?|\d+[.、])/;
const QUALIFIER = /^其中[:：]?/;
/** A year before a heading or title: 2024年机关运行经费预算数, 2025年度… */
const YEAR_PREFIX = /^(?:19|20)\d{2}年度?/;
/** A printed code before the name (spaces already removed): `[2010301]`, `2010301`, `201 03 01`. */
const CODE_PREFIX = /^(?:\[\d{3,7}\]|\d{3,7})/;
/** The level a narrative appends: 卫生健康支出（类）. */
const LEVEL_SUFFIX = /\((?:类|款|项)\)$/;

/** Whitespace (incl. U+3000 and line breaks) and quotes removed, full-width folded to half-width. */
export function normalizeLabel(value: Text): string {
  if (value === null) return "";
  const text = String(value);
  if (PLAIN.test(text)) return text.includes(" ") || text.includes("\u3000") ? text.replace(SPACES, "") : text;
  return text.normalize("NFKC").replace(WHITESPACE, "").replace(QUOTES, "").replace(/【/g, "[").replace(/】/g, "]");
}

/**
 * Labels recur: a header is read once per pack in detecting the layout and again per table, row
 * names repeat across tables. Each text's core is made once (NFKC and five patterns cost);
 * bounded, so that unique names (projects) only pass through.
 */
const cores = new Map<Text, string>();
const MAX_CORES = 10_000;

/** The label without a leading 其中：, year (其中：2026年…) or ordinal (一、 (一) 1.), for matching row and column names. */
export function labelCore(value: Text): string {
  let core = cores.get(value);
  if (core === undefined) {
    if (cores.size >= MAX_CORES) cores.clear();
    core = normalizeLabel(value).replace(YEAR_PREFIX, "").replace(QUALIFIER, "").replace(YEAR_PREFIX, "").replace(ORDINAL, "").replace(QUALIFIER, "");
    cores.set(value, core);
  }
  return core;
}

/** A classification name as compared with the catalogue: labelCore without a printed code or a trailing (类)/(款)/(项). */
export function nameCore(value: Text): string {
  return labelCore(value).replace(CODE_PREFIX, "").replace(LEVEL_SUFFIX, "");
}
