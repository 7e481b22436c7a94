/**
 * Rounding-aware comparison after XBRL Calculations 1.1 (round-to-nearest): a figure shown as
 * d stands for [d − h, d + h] (h = 0.005 for two decimals); a total is consistent with its parts
 * when its interval meets the interval of the parts' sum, i.e. |total − Σparts| ≤ h_total + Σ h_part.
 * Amounts are integer hundredths and half-widths integer thousandths, so nothing is rounded.
 */
import type { Figure } from "../reading/tableView";

export interface Term {
  figure: Figure;
  /** Added (1, the default) or subtracted. */
  sign?: 1 | -1;
}

export type Verdict = "equal" | "rounding" | "inconsistent";

export interface Comparison {
  /** Σ parts, in hundredths. */
  expected: number;
  /** The total, in hundredths. */
  actual: number;
  /** actual − expected, in hundredths. */
  difference: number;
  /** The largest difference rounding can explain, in thousandths. */
  tolerance: number;
  verdict: Verdict;
}

/** `toleranceOverride` (thousandths, from a pack's rule setting) replaces the tolerance rounding allows. */
export function compare(total: Figure, parts: readonly Term[], toleranceOverride?: number): Comparison {
  let expected = 0;
  let tolerance = total.halfWidth;
  for (const p of parts) {
    expected += p.sign === -1 ? -p.figure.cents : p.figure.cents;
    tolerance += p.figure.halfWidth;
  }
  if (toleranceOverride !== undefined) tolerance = toleranceOverride;
  const difference = total.cents - expected;
  const verdict: Verdict = difference === 0 ? "equal" : Math.abs(difference) * 10 <= tolerance ? "rounding" : "inconsistent";
  return { expected, actual: total.cents, difference, tolerance, verdict };
}
