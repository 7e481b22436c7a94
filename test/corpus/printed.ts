/** Helpers shared by the corpus tests: a cell as the PDF printed it, and the rules each truth kind is reported under. */
import type { CellValue } from "../../src/reading/sheetCells";
import type { TruthDefect } from "./buildWorkbook";

/** A cell's value shown as printed: a number with its format's decimals and thousands separators, text as is, blank as "". */
export function printedText(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value);
  const decimals = format?.includes(".") ? format.length - format.indexOf(".") - 1 : 0;
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = format?.includes(",") ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** The rules a truth item's kind is reported under. */
export const RULES_OF_KIND: Record<TruthDefect["kind"], string[]> = {
  arithmetic: [],
  "code.malformed": ["code.malformed"],
  "code.parent": ["code.parent"],
  "row.duplicate": ["row.duplicate"],
  "name.old": ["code.historicalName"],
  "name.unknown": ["code.unknown"],
  "economic.nonstandard": ["code.catalogName", "code.unknown"],
};
