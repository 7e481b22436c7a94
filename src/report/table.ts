/**
 * A report as a plain table (a header and rows of text or numbers), the one shape that the CSV
 * writer, the .xlsx writer and the task pane's downloads all take.
 */
export type ReportCell = string | number | null;

export interface ReportTable {
  /** Sheet name in .xlsx. */
  name: string;
  /** Lines above the header (title, summary), written in .xlsx only. */
  preamble: string[];
  header: string[];
  rows: ReportCell[][];
  /** Columns holding amounts, shown as #,##0.00. */
  amountColumns: number[];
  widths: number[];
}

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Chinese as the
 * system code page), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
export function toCsv(table: ReportTable): string {
  const field = (v: ReportCell) => {
    const s = v === null ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
