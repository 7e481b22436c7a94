/**
 * What the task pane does to the workbook, each in one Excel.run: generate, validate and
 * flag, clear flags, select a cell. The core stays host-free; this only joins it to the host.
 */
import { generateGrids } from "../generation/generate";
import type { OfficeFeatures } from "../hosts/office/features";
import { applyFlags, clearFlags, CellMark, FLAG_STORE_SHEET } from "../hosts/office/flags";
import { readSheets } from "../hosts/office/readSheets";
import { REPORT_SHEET, writeReport } from "../hosts/office/reportSheet";
import { ExistingSheetChoice, writeGrids, WriteResult } from "../hosts/office/writeGrids";
import type { BudgetModel } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import type { TemplatePack } from "../tables/types";
import { validateSheets, ValidationResult } from "../validation/validate";
import type { Strings } from "./i18n";

export type Progress = (label: string, fraction: number) => void;

export async function generateTables(model: BudgetModel, pack: TemplatePack, features: OfficeFeatures, existing: ExistingSheetChoice | undefined, progress: Progress, t: Strings): Promise<WriteResult> {
  progress(t.generating, 0.05);
  const grids = generateGrids(model, pack);
  return Excel.run((context) => writeGrids(context, grids, { features, existing, onProgress: (done, total) => progress(t.writing, 0.1 + (0.9 * done) / total) }));
}

/** Reads the workbook, validates it, flags the cells and writes the 校验报告 sheet. */
export async function validateWorkbook(pack: TemplatePack, features: OfficeFeatures, lang: "zh" | "en", progress: Progress, t: Strings): Promise<ValidationResult> {
  progress(t.reading, 0.1);
  const sheets = await readWorkbookSheets(features);
  const result = validateSheets(sheets, { pack });
  progress(t.flagging, 0.6);
  const marks: CellMark[] = result.findings.filter((f) => f.cell).map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity, text: f.message[lang] }));
  await Excel.run(async (context) => {
    await applyFlags(context, marks, features);
    const rows = result.findings.map((f) => ({ ...f, message: f.message[lang] }));
    const { errors, warnings, infos } = result.summary;
    await writeReport(context, rows, t.counts(errors, warnings, infos), features);
  });
  return result;
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

/** Calls back on edits to the table sheets (ExcelApi 1.7); each sheet is watched once. */
export async function watchTableSheets(watched: Set<string>, sheetNames: readonly string[], onEdit: () => void): Promise<void> {
  const fresh = sheetNames.filter((n) => !watched.has(n));
  if (fresh.length === 0) return;
  await Excel.run(async (context) => {
    for (const name of fresh) context.workbook.worksheets.getItem(name).onChanged.add(async () => onEdit());
    await context.sync();
  });
  fresh.forEach((n) => watched.add(n));
}
