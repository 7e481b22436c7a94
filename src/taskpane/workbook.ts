/**
 * What the task pane does to the workbook, each in one Excel.run: generate, validate and
 * flag, clear flags, select a cell, bring a sheet forward. The core stays host-free; this only joins it to the host.
 */
import type { TableGrid } from "../generation/grid";
import type { OfficeFeatures } from "../hosts/office/features";
import { applyFlags, clearFlags, CellMark, FLAG_STORE_SHEET } from "../hosts/office/flags";
import { readSheets } from "../hosts/office/readSheets";
import { REPORT_SHEET, writeReport } from "../hosts/office/reportSheet";
import { ExistingSheetChoice, writeGrids, WriteResult } from "../hosts/office/writeGrids";
import type { BudgetModel } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import { findingsToMark } from "../report/marks";
import type { TemplatePack } from "../tables/types";
import { ValidateOptions, validateSheets, ValidationResult } from "../validation/validate";
import type { Strings } from "./i18n";
import type { Work } from "./work";

/** Generates the tables and writes them; the model's size is shown while it computes, the writing as it goes. */
export async function generateTables(model: BudgetModel, pack: TemplatePack, features: OfficeFeatures, existing: ExistingSheetChoice | undefined, work: Work, t: Strings): Promise<WriteResult> {
  await work.step(t.generating(model.revenues.length + model.expenditures.length, pack.tables.length), 0.05);
  // Generation is loaded when first used, so that the start-up script stays small.
  const { generateGrids } = await import("../generation/generate");
  const grids = generateGrids(model, pack);
  await work.step(t.writing, 0.1);
  work.wrote = true;
  return Excel.run((context) => writeGrids(context, grids, { features, existing, onProgress: (done, total) => work.report(t.writing, 0.1 + (0.9 * done) / total) }));
}

export interface Validated {
  result: ValidationResult;
  /** Cells flagged: errors and warnings, and notes too when the user asked for them. */
  painted: number;
  /** Where the report went: 校验报告, or 校验报告 (2) beside a user's sheet of that name. */
  reportSheet: string;
}

/** How the pane checks the sheets it read: the tables alone, or the tables and the 说明 with them. */
export type Check = (sheets: SheetCells[], options: ValidateOptions) => ValidationResult;

/**
 * Reads the workbook, validates it by `pack` (or, without one, by the built-in pack its tables
 * match, as the CLI does), flags the cells and writes the 校验报告 sheet, without changing the
 * active sheet or the selection. Rounding tails and catalogue notes (info) are listed and
 * reported but painted only when `paintInfo` is set (src/report/marks.ts).
 */
export async function validateWorkbook(pack: TemplatePack | undefined, features: OfficeFeatures, lang: "zh" | "en", work: Work, t: Strings, paintInfo: boolean, check: Check = validateSheets): Promise<Validated> {
  await work.step(t.reading, 0.1);
  const sheets = await readWorkbookSheets(features);
  await work.step(t.checking(sheets.length), 0.4);
  const result = check(sheets, pack ? { pack } : {});
  const marks: CellMark[] = findingsToMark(result.findings, { includeInfo: paintInfo }).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, text: f.message[lang] }));
  const painted = new Set(marks.map((m) => `${m.sheet}!${m.cell}`)).size;
  await work.step(t.flagging(painted), 0.7);
  work.wrote = true;
  const reportSheet = await Excel.run(async (context) => {
    await applyFlags(context, marks, features);
    const rows = result.findings.map((f) => ({ ...f, message: f.message[lang] }));
    const { errors, warnings, infos } = result.summary;
    return writeReport(context, rows, t.counts(errors, warnings, infos), features);
  });
  return { result, painted, reportSheet };
}

/** The drafted 说明 in a new sheet (never one the workbook has: a clash is written beside); returns its name. */
export async function writeDraftSheet(grid: TableGrid, features: OfficeFeatures): Promise<string> {
  const written = await Excel.run((context) => writeGrids(context, [grid], { features, existing: "beside" }));
  return written.sheetNames[0];
}

/** Brings a sheet forward: only ever on the user's request. */
export function showSheet(name: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** The workbook's visible sheets that may hold tables: all but our report and flag store. */
export function readWorkbookSheets(features: OfficeFeatures): Promise<SheetCells[]> {
  return Excel.run((context) => readSheets(context, { features, include: (name) => name !== REPORT_SHEET && name !== FLAG_STORE_SHEET && !name.startsWith(`${REPORT_SHEET} (`) }));
}

export function clearAllFlags(features: OfficeFeatures): Promise<number> {
  return Excel.run((context) => clearFlags(context, features));
}

export function selectCell(sheet: string, cell: string): Promise<void> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/**
 * Calls back on edits to the table sheets (ExcelApi 1.7). Sheets are told apart by id, not
 * name: a sheet replaced by 替换 has the old name and a new id, so it is watched afresh.
 */
export async function watchTableSheets(watched: Set<string>, sheetNames: readonly string[], onEdit: () => void): Promise<void> {
  await Excel.run(async (context) => {
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject,id"));
    await context.sync();
    const fresh = sheets.filter((s) => !s.isNullObject && !watched.has(s.id));
    if (fresh.length === 0) return;
    for (const sheet of fresh) sheet.onChanged.add(async () => onEdit());
    await context.sync();
    fresh.forEach((s) => watched.add(s.id));
  });
}
