/**
 * Reads an amount cell exactly: the stored number (or text) becomes integer hundredths of the
 * display unit, rounded as the cell shows it, with the half-width of the interval it stands for.
 */
import { numberToPlainDecimal } from "../model/money";
import type { CellValue } from "./sheetCells";

export type AmountRead =
  | { kind: "blank" }
  | {
      kind: "amount";
      /** Hundredths of the display unit, as shown (rounded half away from zero). */
      cents: number;
      /** Half the width of the interval the shown figure stands for, in thousandths of the display unit. */
      halfWidth: number;
      /** Decimals stored beyond what the cell shows (and beyond 2). */
      hiddenDecimals: boolean;
      fromText: boolean;
      /** The stored decimal, for messages ("1068.005"); absent for a number read exactly, which is String(value) (not made for every cell). */
      stored?: string;
    }
  | { kind: "invalid"; text: string };

const BLANK_TEXT = /^[-－—–]*$/;
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const MAX_SHOWN_DECIMALS = 2;

export function readAmount(value: CellValue, numberFormat?: string): AmountRead {
  if (value === null || typeof value === "boolean") return value === null ? { kind: "blank" } : { kind: "invalid", text: String(value) };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value) };
    return exactNumber(value, numberFormat) ?? fromDecimal(numberToPlainDecimal(value), shownDecimals(numberFormat), false) ?? { kind: "invalid", text: String(value) };
  }
  const text = value.normalize("NFKC").replace(/[\s,，']/g, "");
  if (BLANK_TEXT.test(text)) return { kind: "blank" };
  const negative = /^\((.*)\)$/.exec(text);
  const decimal = negative ? `-${negative[1]}` : text;
  return fromDecimal(decimal, MAX_SHOWN_DECIMALS, true) ?? { kind: "invalid", text: value };
}

/** Whether a cell holds something that reads as an amount (used to tell body rows from headers). */
export function looksLikeAmount(value: CellValue): boolean {
  return typeof value === "number" || (typeof value === "string" && readAmount(value).kind === "amount");
}

/**
 * The common case without any string work: the hundredths of a number that is exactly a decimal
 * with no more decimals than its format shows (the double nearest to n / 10^keep is that
 * decimal's only reading); undefined for any other number.
 */
export function exactCents(value: number, numberFormat?: string): number | undefined {
  const keep = Math.min(shownDecimals(numberFormat), MAX_SHOWN_DECIMALS);
  const scale = 10 ** keep;
  const units = Math.round(value * scale);
  if (units / scale !== value || !Number.isSafeInteger(units * 10 ** (MAX_SHOWN_DECIMALS - keep))) return undefined;
  const cents = units * 10 ** (MAX_SHOWN_DECIMALS - keep);
  return cents === 0 ? 0 : cents;
}

/** Half the width of the interval a figure in this format stands for, in thousandths of the display unit (5 for two decimals). */
export const shownHalfWidth = (numberFormat?: string): number => 5 * 10 ** (MAX_SHOWN_DECIMALS - Math.min(shownDecimals(numberFormat), MAX_SHOWN_DECIMALS));

function exactNumber(value: number, numberFormat?: string): AmountRead | undefined {
  const cents = exactCents(value, numberFormat);
  return cents === undefined ? undefined : { kind: "amount", cents, halfWidth: shownHalfWidth(numberFormat), hiddenDecimals: false, fromText: false };
}

function fromDecimal(text: string, shown: number, fromText: boolean): AmountRead | undefined {
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === "" && !m[3])) return undefined;
  const decimals = m[3] ?? "";
  const keep = Math.min(shown, MAX_SHOWN_DECIMALS);
  const kept = (decimals + "00").slice(0, keep);
  const roundUp = (decimals[keep] ?? "0") >= "5";
  const units = Number(m[2] || "0") * 10 ** keep + Number(kept || "0") + (roundUp ? 1 : 0);
  const cents = units * 10 ** (MAX_SHOWN_DECIMALS - keep);
  if (!Number.isSafeInteger(cents)) return undefined;
  return {
    kind: "amount",
    cents: m[1] === "-" && cents !== 0 ? -cents : cents,
    halfWidth: 5 * 10 ** (MAX_SHOWN_DECIMALS - keep),
    hiddenDecimals: decimals.replace(/0+$/, "").length > keep,
    fromText,
    stored: text,
  };
}

/** Workbooks use a handful of number formats over many cells, so each is parsed once. */
const decimalsByFormat = new Map<string, number>();

/** Decimals a number format shows: "#,##0.00" → 2, "0" → 0; General and unknown formats count as 2. */
export function shownDecimals(numberFormat: string | undefined): number {
  if (!numberFormat) return MAX_SHOWN_DECIMALS;
  let decimals = decimalsByFormat.get(numberFormat);
  if (decimals === undefined) decimalsByFormat.set(numberFormat, (decimals = parseShownDecimals(numberFormat)));
  return decimals;
}

function parseShownDecimals(numberFormat: string): number {
  if (/general/i.test(numberFormat)) return MAX_SHOWN_DECIMALS;
  const section = numberFormat.split(";")[0].replace(/"[^"]*"|\\./g, "");
  const m = /[0#?]\.([0#?]*)/.exec(section);
  if (m) return m[1].length;
  return /[0#?]/.test(section) ? 0 : MAX_SHOWN_DECIMALS;
}
