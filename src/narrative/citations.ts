/** The figures a sentence cites: amounts with their unit (万元, 元) and percentages, as printed. */
import type { DisplayUnit } from "../model/money";
import { citedInterval, Decimal, Interval, parseDecimal } from "./exact";

export interface Citation {
  kind: "amount" | "percent";
  /** As printed ("887.36万元", "77.70 %"). */
  text: string;
  start: number;
  end: number;
  value: Decimal;
  /** Amounts only. */
  unit?: DisplayUnit;
  interval?: Interval;
}

// Not part of a longer number or a code; 万元 before 元.
const FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元|%|％)/g;

export function citations(text: string): Citation[] {
  const out: Citation[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const value = parseDecimal(m[1])!;
    const start = m.index!;
    const base = { text: m[0], start, end: start + m[0].length, value };
    if (m[2] === "%" || m[2] === "％") {
      out.push({ kind: "percent", ...base });
      continue;
    }
    const unit = m[2] as DisplayUnit;
    const interval = citedInterval(value, unit);
    if (interval) out.push({ kind: "amount", ...base, unit, interval });
  }
  return out;
}
