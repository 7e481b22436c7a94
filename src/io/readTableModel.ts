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
import { builtInPackById } from "../packs/builtIn";
import { importTables } from "./importTables";
import { TableModel, tableModelFromJson } from "./tableModel";

export type TableModelRead =
  /** readingErrors: the reader's error-level findings (a missing table, an unreadable amount); the model leaves those figures out. */
  | { ok: true; model: TableModel; readingErrors: Finding[] }
  /** notTableModel: the JSON is not a table-level model; noTables: the workbook holds none of the pack's tables. */
  | { ok: false; reason: "notTableModel" | "noTables"; problems: InputProblem[] };

/**
 * A tables.json text (a byte-order mark is allowed, as editors on Windows add one), read with
 * `pack`: a table the pack does not define is refused at its place rather than left out.
 */
export function tableModelFromText(text: string, file: string, given?: TemplatePack): TableModelRead {
  const json = parseJsonText(text, file);
  if (!json.ok) return { ok: false, reason: "notTableModel", problems: [json.problem] };
  const read = tableModelFromJson(json.value, file);
  if (!read.ok) return { ok: false, reason: "notTableModel", problems: read.problems };
  // Without a pack, the built-in one the tables were read by.
  const pack = given ?? builtInPackById(read.model.pack.id);
  if (!pack) {
    const id = read.model.pack.id;
    const problem = { path: `${file}: pack.id`, message: `"${id}" is not a built-in pack: give the pack the tables were read by`, zh: `“${id}”不是内置模板包：请指定读取这些表时所用的模板包` };
    return { ok: false, reason: "notTableModel", problems: [problem] };
  }
  const unknown = unknownTables(read.model, file, pack);
  return unknown.length === 0 ? { ok: true, model: read.model, readingErrors: [] } : { ok: false, reason: "notTableModel", problems: unknown };
}

function unknownTables(model: TableModel, file: string, pack: TemplatePack): InputProblem[] {
  const ids = pack.tables.map((t) => t.id);
  return model.tables.flatMap((t, i) =>
    ids.includes(t.table) ? [] : [{ path: `${file}: tables[${i}].table`, message: `${t.table} is not a table of ${pack.name} (${ids.join(" ")})`, zh: `${t.table} 不是${pack.name}的表（${ids.join(" ")}）` }],
  );
}

/** A workbook's sheets, by the pack given or detected; finding none of its tables is a failure, not an empty model. */
export function tableModelFromSheets(sheets: readonly SheetCells[], file: string, pack?: TemplatePack): TableModelRead {
  const { model, findings, unrecognised, pack: used } = importTables(sheets, file, pack);
  if (unrecognised) {
    const problem = {
      path: file,
      message: `no built-in template pack matches the workbook's tables (closest: ${unrecognised}); choose one with --pack`,
      zh: `没有内置模板包与工作簿中的表相符（最接近：${unrecognised}）；请用 --pack 指定`,
    };
    return { ok: false, reason: "noTables", problems: [problem] };
  }
  if (model.tables.length === 0) return { ok: false, reason: "noTables", problems: [{ path: file, message: `none of ${used.tables.map((t) => t.id).join(" ")} was found`, zh: `未找到 ${used.tables.map((t) => t.id).join(" ")} 中的任何一张表` }] };
  return { ok: true, model, readingErrors: findings.filter((f) => f.severity === "error") };
}

/** "表3!D8 message" in the language asked for, as the CLI prints and the pane lists reading errors. */
export function readingErrorText(f: Finding, lang: "zh" | "en"): string {
  return `${f.sheet ? `${f.sheet}!${f.cell} ` : ""}${f.message[lang]}`;
}
