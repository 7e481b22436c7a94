/**
 * Amounts as exact intervals (XBRL Calculations 1.1 round-to-nearest): a figure printed with d
 * decimals stands for itself ± half its last digit, in a text as in a table. Intervals are held in
 * millionths of a 元 as BigInts, so that 万元 and 元, cited and printed, meet without rounding and
 * without a ceiling on the amount.
 */
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { Figure } from "../reading/tableView";

/** Millionths of a 元 per unit: money.ts's 分 per unit, 10,000 millionths to the 分. */
const PER_UNIT = Object.fromEntries(Object.entries(DISPLAY_UNITS).map(([unit, fen]) => [unit, BigInt(fen) * 10_000n])) as Record<DisplayUnit, bigint>;

export interface Interval {
  mid: bigint;
  half: bigint;
}

/** A decimal as printed: its digits without the point, and how many were decimals. */
export interface Decimal {
  digits: bigint;
  decimals: number;
}

export function parseDecimal(text: string): Decimal | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.replace(/,/g, ""));
  if (!m) return undefined;
  return { digits: BigInt(m[1] + (m[2] ?? "")), decimals: (m[2] ?? "").length };
}

/** A cited amount: 887.36 万元 stands for [887.355, 887.365] 万元. Undefined beyond a millionth of a 元. */
export function citedInterval(value: Decimal, unit: DisplayUnit): Interval | undefined {
  const step = PER_UNIT[unit] / 10n ** BigInt(value.decimals);
  if (step < 2n || step % 2n !== 0n) return undefined;
  return { mid: value.digits * step, half: step / 2n };
}

/** A table's figure (hundredths of its display unit, half-width in thousandths). */
export const figureInterval = (figure: Figure, unit: DisplayUnit): Interval => ({
  mid: (BigInt(figure.cents) * PER_UNIT[unit]) / 100n,
  half: (BigInt(figure.halfWidth) * PER_UNIT[unit]) / 1000n,
});

export const exactZero: Interval = { mid: 0n, half: 0n };

export const minus = (a: Interval, b: Interval): Interval => ({ mid: a.mid - b.mid, half: a.half + b.half });

/** What a figure stands for if its writer cut the digits off rather than rounding (87.708 → 87.70): [c, c + one last digit]. */
export const truncation = (cited: Interval): Interval => ({ mid: cited.mid + cited.half, half: cited.half });

const abs = (n: bigint) => (n < 0n ? -n : n);

/** Whether two intervals meet: the difference is within what rounding on both sides allows. */
export const meets = (a: Interval, b: Interval): boolean => abs(a.mid - b.mid) <= a.half + b.half;

/** An interval's midpoint in a unit, as a number for reports (never summed again). */
export const inUnit = (n: bigint, unit: DisplayUnit): number => Number(n) / Number(PER_UNIT[unit]);

/** An amount in a unit with two decimals, half away from zero, as hundredths (for drafting). */
export function hundredths(n: bigint, unit: DisplayUnit): bigint {
  const step = PER_UNIT[unit] / 100n;
  const q = abs(n) / step;
  const rounded = 2n * (abs(n) - q * step) >= step ? q + 1n : q;
  return n < 0n ? -rounded : rounded;
}

/**
 * Whether a change of p percent (growth +1, decline −1) from `base` can give `current`, every
 * figure taken as its interval: the ratio current/base spans [lo(c)/hi(b), hi(c)/lo(b)], the
 * claim [1 + s·lo(p)/100, 1 + s·hi(p)/100]. Undefined when the base may be zero.
 */
export function percentFits(current: Interval, base: Interval, percent: Decimal, sign: 1 | -1): boolean | undefined {
  const baseLo = base.mid - base.half;
  if (baseLo <= 0n) return undefined;
  const baseHi = base.mid + base.half;
  const curLo = current.mid - current.half;
  const curHi = current.mid + current.half;
  const denominator = 2n * 100n * 10n ** BigInt(percent.decimals);
  const ends = [2n * percent.digits - 1n, 2n * percent.digits + 1n].map((p) => denominator + BigInt(sign) * p);
  const [qLo, qHi] = sign === 1 ? ends : [ends[1], ends[0]];
  return curHi * denominator >= qLo * baseLo && curLo * denominator <= qHi * baseHi;
}

/** The percent change from base to current, for messages. */
export const percentChange = (current: Interval, base: Interval): number => (Number(current.mid - base.mid) / Number(base.mid)) * 100;

/** An amount in a unit as exact decimal text with separators and at least two decimals: 87.3617万元. */
export function exactText(n: bigint, unit: DisplayUnit): string {
  const per = PER_UNIT[unit];
  const whole = (abs(n) / per).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = (abs(n) % per).toString().padStart(per.toString().length - 1, "0").replace(/0+$/, "").padEnd(2, "0");
  return `${n < 0n ? "-" : ""}${whole}.${fraction}${unit}`;
}
