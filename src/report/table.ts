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
  /** Cells that are links, .xlsx only (CSV keeps their text). */
  links?: ReportLink[];
}

/** rows[row][column] links to a row of another report table in the same workbook, or to a file (a path relative to the workbook). */
export interface ReportLink {
  row: number;
  column: number;
  /** Another table by its sheet name and worksheet row (sheetRowOf), or a file. */
  to: { table: string; row: number } | { file: string };
}

/** The 1-based worksheet row that rows[i] of `table` is written to: after the preamble and the header. */
export const sheetRowOf = (table: Pick<ReportTable, "preamble">, i: number): number => table.preamble.length + 2 + i;

/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel reads Chinese as the
 * system code page), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 * Text that a spreadsheet would take for a formula (a sheet named =HYPERLINK(…), a project named
 * =1+1) is neutralised as OWASP recommends: a leading ' and the field quoted.
 */
export function toCsv(table: ReportTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** What Excel, LibreOffice and Google Sheets may start a formula with (OWASP, CSV Injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A field that is entirely a number (-12, +3.5, -1,234.56, -7.5%) is no formula and stays a number. */
const PLAIN_NUMBER = /^[+-]?\d[\d,]*(\.\d+)?%?$/;

function csvField(v: ReportCell): string {
  const s = v === null ? "" : String(v);
  if (typeof v === "string" && FORMULA_START.test(s) && !PLAIN_NUMBER.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
