/** Exact amount formatting for messages and reports: hundredths → "1,078.03", thousandths → "0.105". */

export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${String(abs % 100).padStart(2, "0")}`;
}

/** A tolerance in thousandths with at least two decimals: 105 → "0.105", 20 → "0.02". */
export function formatThousandths(thousandths: number): string {
  const text = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, "0")}`;
  return text.replace(/(\.\d\d\d*?)0+$/, "$1");
}

/** Hundredths as a number in the display unit (1078.03), for JSON. */
export const centsToNumber = (cents: number) => cents / 100;
export const thousandthsToNumber = (thousandths: number) => thousandths / 1000;
