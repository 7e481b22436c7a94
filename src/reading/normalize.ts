/** Label normalisation and display text as a reader needs them; name comparison lives in the catalogue. */
import type { CellValue } from "./sheetCells";

export { labelCore, normalizeLabel } from "../catalog/labelText";

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
