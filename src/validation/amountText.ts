/** Exact amount formatting for messages and reports: hundredths → "1,078.03", thousandths → "0.105". */

export const formatCents = (cents: number): string => grouped(cents, 100);

/** Thousandths with thousands separators and three decimals: 90047185 → "90,047.185". */
export const formatThousandthsGrouped = (thousandths: number): string => grouped(thousandths, 1000);

function grouped(units: number, per: 100 | 1000): string {
  const sign = units < 0 ? "-" : "";
  const abs = Math.abs(units);
  const whole = Math.floor(abs / per).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${whole}.${String(abs % per).padStart(per === 100 ? 2 : 3, "0")}`;
}

/** A tolerance in thousandths with at least two decimals: 105 → "0.105", 20 → "0.02". */
export function formatThousandths(thousandths: number): string {
  const text = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, "0")}`;
  return text.replace(/(\.\d\d\d*?)0+$/, "$1");
}

/** Hundredths as a number in the display unit (1078.03), for JSON. */
export const centsToNumber = (cents: number) => cents / 100;
export const thousandthsToNumber = (thousandths: number) => thousandths / 1000;
