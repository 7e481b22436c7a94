/**
 * Money as integer 分 (hundredths of a 元). JavaScript numbers hold integers exactly up to
 * 2^53 分 (about 9×10^13 元), far beyond any budget, so sums of 分 are exact and fast.
 */
export type Fen = number;

/** The units a table may display its figures in, and how many 分 one unit holds. */
export const DISPLAY_UNITS = { 元: 100, 万元: 1_000_000 } as const;
export type DisplayUnit = keyof typeof DISPLAY_UNITS;

/** The largest amount whose 分 are still exact in a JavaScript number. */
const MAX_YUAN = Number.MAX_SAFE_INTEGER / 100;
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?$/;

/** Why an amount could not be read, or null when it was read. */
export type AmountResult = { ok: true; fen: Fen } | { ok: false; reason: string; zh: string };

/**
 * Parses an amount in 元 given as a JSON number or a decimal string ("1234.5", "1,234.50").
 * Numbers are read through their shortest decimal form, so 0.1 stays exactly 10 分.
 */
export function parseYuan(value: unknown): AmountResult {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "is not a finite number", zh: "不是有限的数" };
    if (Math.abs(value) > MAX_YUAN) return { ok: false, reason: `${value} is too large`, zh: `${value} 过大` };
    text = numberToPlainDecimal(value);
  } else if (typeof value === "string") {
    text = value.trim().replace(/,/g, "");
  } else {
    return { ok: false, reason: "is not a number", zh: "不是数字" };
  }
  const m = DECIMAL.exec(text);
  if (!m) return { ok: false, reason: `${JSON.stringify(value)} is not a decimal amount`, zh: `“${String(value)}”不是有效的金额数字` };
  const decimals = m[3] ?? "";
  if (decimals.replace(/0+$/, "").length > 2) {
    return { ok: false, reason: `${text} has more than 2 decimals`, zh: `${text} 的小数超过 2 位` };
  }
  const fen = Number(m[2]) * 100 + Number((decimals + "00").slice(0, 2));
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: `${text} is too large`, zh: `${text} 过大` };
  return { ok: true, fen: m[1] === "-" ? -fen : fen };
}

/** The plain (non-exponent) decimal text of a finite number. */
export function numberToPlainDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** 分 → 元 as a decimal string with two decimals ("-1234.05"). */
export function formatYuan(fen: Fen): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Rounds an exact amount to the display unit with two decimals, half away from zero as the
 * published tables do, and returns it in hundredths of the display unit (an integer).
 */
export function toDisplayCents(fen: Fen, unit: DisplayUnit): number {
  return roundedSteps(fen, DISPLAY_UNITS[unit] / 100);
}

/**
 * The value a cell shows for an exact amount: the display figure as a number (3518.02), with 2
 * decimals or as many as the table shows. Made once per unit and decimals, for a table's many amounts.
 */
export function displayNumbers(unit: DisplayUnit, decimals = 2): (fen: Fen) => number {
  const scale = 10 ** decimals;
  const step = DISPLAY_UNITS[unit] / scale;
  return (fen) => roundedSteps(fen, step) / scale;
}

/** How many steps of `step` 分 an amount comes to, rounded half away from zero. */
function roundedSteps(fen: Fen, step: number): number {
  const q = Math.floor(Math.abs(fen) / step);
  const r = Math.abs(fen) - q * step;
  const rounded = 2 * r >= step ? q + 1 : q;
  return fen < 0 ? -rounded : rounded;
}
