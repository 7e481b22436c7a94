/** The forms a CLI report is written in: text or JSON on stdout, or a file whose extension says (.xlsx, .csv, .json). */
import { findingsTable } from "../report/findingsTable";
import { jsonReport } from "../report/jsonReport";
import { toCsv } from "../report/table";
import { textReport } from "../report/textReport";
import type { Finding } from "../validation/findings";
import type { Summary } from "../validation/validate";
import { reportWriting } from "./workbooks";

export type ReportForm = "text" | "json" | "csv" | "xlsx";

/** The form of a report: by the -o file's extension, else --format. */
export function reportForm(output: string | undefined, format: "text" | "json"): ReportForm {
  const ext = output === undefined ? undefined : /\.(xlsx|csv|json)$/i.exec(output)?.[1].toLowerCase();
  return (ext as ReportForm | undefined) ?? format;
}

/** What a report says it is about: a workbook's name, and for the text report lines that describe it further. */
export interface ReportSource {
  name: string;
  details?: string[];
}

export async function renderReport(form: ReportForm, summary: Summary, findings: Finding[], source: ReportSource): Promise<string | Uint8Array> {
  switch (form) {
    case "json":
      return `${JSON.stringify(jsonReport(summary, findings, source.name), null, 2)}\n`;
    case "csv":
      return toCsv(findingsTable(summary, findings, source.name));
    case "xlsx":
      return (await reportWriting()).reportWorkbookBuffer([findingsTable(summary, findings, source.name)]);
    default:
      return textReport(summary, findings, [source.name, ...(source.details ?? [])].join("\n"));
  }
}
