/** Printed figures: "31,214,205.80", "0", "-1,000" — and how a cell keeps one (a number shown with its printed decimals). */
const PRINTED_NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export const isPrintedNumber = (text: string): boolean => PRINTED_NUMBER.test(text);

/** The number an officer would type for a printed figure. */
export const printedValue = (text: string): number => Number(text.replace(/,/g, ""));

/** The number format that shows a value as printed: thousands separators and the printed decimals. */
export function printedFormat(text: string): string {
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}
