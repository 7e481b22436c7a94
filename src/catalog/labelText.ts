/**
 * Label normalisation: two labels that a reviewer would call the same compare equal after it.
 * NFKC folds full-width brackets, colons, digits and U+3000 to their half-width forms. It lives
 * in the catalogue (the lowest layer) because names are compared here; reading re-exports it.
 */
type Text = string | number | boolean | null;

const WHITESPACE = /\s+/g;
const QUOTES = /["“”'‘’「」『』]/g;
const ORDINAL = /^(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十百]+、|\d+[.、])/;
const QUALIFIER = /^其中[:：]?/;
/** A printed code before the name (spaces already removed): `[2010301]`, `2010301`, `201 03 01`. */
const CODE_PREFIX = /^(?:\[\d{3,7}\]|\d{3,7})/;
/** The level a narrative appends: 卫生健康支出（类）. */
const LEVEL_SUFFIX = /\((?:类|款|项)\)$/;

/** Whitespace (incl. U+3000 and line breaks) and quotes removed, full-width folded to half-width. */
export function normalizeLabel(value: Text): string {
  if (value === null) return "";
  return String(value).normalize("NFKC").replace(WHITESPACE, "").replace(QUOTES, "").replace(/【/g, "[").replace(/】/g, "]");
}

/** The label without a leading 其中： or an ordinal (一、 (一) 1.), for matching row and column names. */
export function labelCore(value: Text): string {
  return normalizeLabel(value).replace(QUALIFIER, "").replace(ORDINAL, "").replace(QUALIFIER, "");
}

/** A classification name as compared with the catalogue: labelCore without a printed code or a trailing (类)/(款)/(项). */
export function nameCore(value: Text): string {
  return labelCore(value).replace(CODE_PREFIX, "").replace(LEVEL_SUFFIX, "");
}
