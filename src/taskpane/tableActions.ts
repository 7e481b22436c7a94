/**
 * The pane's table-level actions: 导出表格数据 (the open workbook's tables as the JSON that
 * `budget-tables import` writes) and 与上年对比 (the open workbook against last year's workbook,
 * PDF or tables.json). Reading, checking, comparing and the output files are src/io's, shared
 * with the CLI; this module only joins them to the pane: the open workbook through Office.js, the
 * other year through a file input read in the browser. ExcelJS (reading .xlsx, writing the
 * comparison) and pdf.js (reading a PDF) are loaded on first use.
 */
import type { OfficeFeatures } from "../hosts/office/features";
import { writeGrids } from "../hosts/office/writeGrids";
import { reportGrid } from "../generation/reportGrid";
import type { ComparisonForm } from "../io/comparisonFile";
import { Comparison, comparisonTable } from "../io/comparisonTable";
import { readingErrorText, tableModelFromSheets, tableModelFromText, TableModelRead } from "../io/readTableModel";
import { figureCount, NOT_RECOVERABLE, TableModel, tableModelJsonText } from "../io/tableModel";
import { formatProblem } from "../model/types";
import { builtInPackById } from "../packs/builtIn";
import { isPdf } from "../hosts/pdf/pdfSignature";
import type { SheetCells } from "../reading/sheetCells";
import type { TemplatePack } from "../tables/types";
import type { OutFile } from "./download";
import type { Strings } from "./i18n";
import { UserError } from "./modelSource";
import { readWorkbookSheets } from "./workbook";

/** How many problems the pane lists; the CLI lists them all. */
const SHOWN_PROBLEMS = 20;

type Lang = "zh" | "en";

export interface TablesRead {
  model: TableModel;
  /** The reader's errors in the user's language, each with its cell; those figures are left out. */
  readingErrors: string[];
}

/**
 * The open workbook's tables, read by `pack`, or without one (a built-in pack chosen) by the
 * built-in pack its tables match, as validation and the CLI read them.
 */
export async function openWorkbookTables(pack: TemplatePack | undefined, features: OfficeFeatures, t: Strings, lang: Lang): Promise<TablesRead> {
  const sheets = await readWorkbookSheets(features);
  return accepted(tableModelFromSheets(sheets, t.thisWorkbook, pack), t.thisWorkbook, pack, t, lang);
}

/** The pack a table-level model was read by: the given one, else the built-in one it names. */
export const packOfTables = (read: TablesRead, given: TemplatePack | undefined): TemplatePack => given ?? builtInPackById(read.model.pack.id)!;

/** Last year's tables from the picked file, read by this year's pack: an .xlsx or a PDF read in the browser, or a tables.json from 导出表格数据. */
export async function pickedTables(file: File | undefined, pack: TemplatePack, t: Strings, lang: Lang): Promise<TablesRead> {
  if (!file) throw new UserError(t.pickPrevious);
  if (/\.json$/i.test(file.name)) return accepted(tableModelFromText(await file.text(), file.name, pack), file.name, pack, t, lang);
  return accepted(tableModelFromSheets(await pickedSheets(file, t, lang), file.name, pack), file.name, pack, t, lang);
}

/** A picked PDF's tables (a PDF known by its content or its name), or a picked .xlsx's sheets. */
async function pickedSheets(file: File, t: Strings, lang: Lang): Promise<SheetCells[]> {
  if (await isPdfFile(file)) return (await import("./pdfFile")).pdfFileSheets(file, lang);
  if (!/\.xlsx$/i.test(file.name)) throw new UserError(t.wrongPreviousType(file.name));
  const { readXlsxData } = await import("../hosts/xlsx/readWorkbook");
  // The parser's own message (English, with a URL) would say nothing more to the user.
  return readXlsxData(await file.arrayBuffer(), file.name).catch(() => {
    throw new UserError(t.unreadableXlsx(file.name));
  });
}

export const isPdfFile = async (file: File): Promise<boolean> => /\.pdf$/i.test(file.name) || isPdf(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));

function accepted(read: TableModelRead, where: string, pack: TemplatePack | undefined, t: Strings, lang: Lang): TablesRead {
  if (read.ok) return { model: read.model, readingErrors: read.readingErrors.map((f) => `${where}: ${readingErrorText(f, lang)}`) };
  if (read.reason === "noTables") throw new UserError(pack ? t.noTables(where, pack.name, `${pack.tables[0].id}–${pack.tables[pack.tables.length - 1].id}`) : t.noKnownTables(where));
  throw new UserError(`${t.notTableModel(where, read.problems.length)}\n${read.problems.slice(0, SHOWN_PROBLEMS).map((p) => formatProblem(p, lang)).join("\n")}`);
}

export function tablesFile(model: TableModel): OutFile {
  return { name: "表格数据.json", type: "application/json", data: tableModelJsonText(model) };
}

/** What was read, what could not be, and what tables alone cannot give back: the pane's message after an export. */
export function tablesSummary(read: TablesRead, t: Strings, lang: Lang): string {
  const lines = [t.tablesRead(read.model.tables.length, figureCount(read.model)), ...readingErrorLines(read.readingErrors, t)];
  lines.push(t.notRecoverable, ...NOT_RECOVERABLE[lang].map((s) => `· ${s}`));
  return lines.join("\n");
}

/** The reader's errors under a heading, the first few of them; none gives no lines. */
export function readingErrorLines(errors: readonly string[], t: Strings): string[] {
  return errors.length > 0 ? [t.readingErrors(errors.length), ...errors.slice(0, SHOWN_PROBLEMS)] : [];
}

export async function comparisonDownload(comparison: Comparison, form: ComparisonForm): Promise<OutFile> {
  const { COMPARISON_TYPES, comparisonFile } = await import("../io/comparisonFile");
  return { name: `上年对比.${form}`, type: COMPARISON_TYPES[form], data: await comparisonFile(comparison, form) };
}

/** Where downloads do not work: the comparison as a sheet beside any sheet of its name; returns the sheet's name. */
export async function writeComparisonSheet(comparison: Comparison, features: OfficeFeatures): Promise<string> {
  const grid = reportGrid(comparisonTable(comparison.figures, comparison.statements, comparison.sources));
  const written = await Excel.run((context) => writeGrids(context, [grid], { features, existing: "beside" }));
  return written.sheetNames[0];
}
