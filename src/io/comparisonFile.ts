/**
 * A comparison as the file the user asked for: .xlsx (the report workbook), CSV (with a BOM)
 * or JSON. One place for the CLI's `compare -o` and the pane's downloads, so both write the
 * same bytes.
 */
import { reportWorkbookBuffer } from "../hosts/xlsx/reportWorkbook";
import { toCsv } from "../report/table";
import { Comparison, comparisonJson, comparisonTable } from "./comparisonTable";

export type ComparisonForm = "xlsx" | "csv" | "json";

export const COMPARISON_TYPES: Record<ComparisonForm, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  json: "application/json",
};

export async function comparisonFile(c: Comparison, form: ComparisonForm): Promise<string | Uint8Array> {
  if (form === "json") return `${JSON.stringify(comparisonJson(c.figures, c.statements, c.sources), null, 2)}\n`;
  const table = comparisonTable(c.figures, c.statements, c.sources);
  return form === "csv" ? toCsv(table) : reportWorkbookBuffer([table]);
}
