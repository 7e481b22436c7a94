/**
 * A table-level model from either of its two sources, a workbook's cells or the JSON that
 * `import` writes, with the same checks wherever it is read: the CLI (files on disk) and the
 * task pane (the open workbook, a file the user picks). Host-free: the caller reads the bytes.
 */
import { parseJsonText } from "../model/jsonText";
import type { InputProblem } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import type { TemplatePack } from "../tables/types";
import type { Finding } from "../validation/findings";
import { importTables } from "./importTables";
import { TableModel, tableModelFromJson } from "./tableModel";

export type TableModelRead =
  /** readingErrors: the reader's error-level findings (a missing table, an unreadable amount); the model leaves those figures out. */
  | { ok: true; model: TableModel; readingErrors: Finding[] }
  /** notTableModel: the JSON is not a table-level model; noTables: the workbook holds none of the pack's tables. */
  | { ok: false; reason: "notTableModel" | "noTables"; problems: InputProblem[] };

/** A tables.json text (a byte-order mark is allowed, as editors on Windows add one). */
export function tableModelFromText(text: string, file: string): TableModelRead {
  const json = parseJsonText(text, file);
  if (!json.ok) return { ok: false, reason: "notTableModel", problems: [json.problem] };
  const read = tableModelFromJson(json.value, file);
  return read.ok ? { ok: true, model: read.model, readingErrors: [] } : { ok: false, reason: "notTableModel", problems: read.problems };
}

/** A workbook's sheets, by the pack given or detected; finding none of its tables is a failure, not an empty model. */
export function tableModelFromSheets(sheets: readonly SheetCells[], file: string, pack?: TemplatePack): TableModelRead {
  const { model, findings, unrecognised, pack: used } = importTables(sheets, file, pack);
  if (unrecognised) return { ok: false, reason: "noTables", problems: [{ path: file, message: `no built-in template pack matches the workbook's tables (closest: ${unrecognised}); choose one with --pack` }] };
  if (model.tables.length === 0) return { ok: false, reason: "noTables", problems: [{ path: file, message: `none of ${used.tables.map((t) => t.id).join(" ")} was found` }] };
  return { ok: true, model, readingErrors: findings.filter((f) => f.severity === "error") };
}

/** "表3!D8 message" in the language asked for, as the CLI prints and the pane lists reading errors. */
export function readingErrorText(f: Finding, lang: "zh" | "en"): string {
  return `${f.sheet ? `${f.sheet}!${f.cell} ` : ""}${f.message[lang]}`;
}
