/**
 * The narrative of an open workbook, for the task pane: its 说明 sheets checked together with its
 * tables (the narrative's findings join the validation's, so they are listed, flagged and reported
 * like the others), and the draft as a grid for a new sheet. Host-free: the pane reads and writes.
 */
import type { TableGrid } from "../generation/grid";
import type { SheetCells } from "../reading/sheetCells";
import { ValidateOptions, validateSheets, ValidationResult } from "../validation/validate";
import { narrativeSheets, sheetBlocks } from "./blocks";
import { checkNarrative, NarrativeSummary } from "./checkNarrative";
import { draftNarrative } from "./draft";
import { draftGrid, draftSheetName } from "./draftGrid";
import { narrativeTables } from "./facts";

/** Why there is nothing to check or draft: no 说明 sheet, or none of the Shanghai tables. */
export type NoNarrative = { ok: false; reason: "noNarrative" | "noTables" };

export type NarrativeValidation = { ok: true; result: ValidationResult; narrative: NarrativeSummary } | NoNarrative;

/** The tables checked with the narrative: the workbook's 说明 sheets, or the blocks given (a PDF's text outside its tables). */
export function validateWithNarrative(sheets: readonly SheetCells[], options: ValidateOptions = {}, blocks = sheetBlocks(narrativeSheets(sheets))): NarrativeValidation {
  if (blocks.length === 0) return { ok: false, reason: "noNarrative" };
  const result = validateSheets(sheets, options);
  if (narrativeTables(result.views).size === 0) return { ok: false, reason: "noTables" };
  const { findings, summary } = checkNarrative({ blocks, views: result.views, sheets });
  const counts = { errors: result.summary.errors + summary.errors, warnings: result.summary.warnings + summary.warnings, infos: result.summary.infos + findings.length - summary.errors - summary.warnings };
  return { ok: true, narrative: summary, result: { ...result, findings: [...result.findings, ...findings], summary: { ...result.summary, ...counts } } };
}

/** The drafted 说明 as a grid for a sheet whose name the workbook does not have yet. */
export function draftSheetGrid(sheets: readonly SheetCells[], options: ValidateOptions = {}): { ok: true; grid: TableGrid } | NoNarrative {
  const views = validateSheets(sheets, options).views;
  if (narrativeTables(views).size === 0) return { ok: false, reason: "noTables" };
  return { ok: true, grid: draftGrid(draftNarrative({ views, sheets }), draftSheetName(sheets.map((s) => s.name))) };
}
