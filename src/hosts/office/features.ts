/**
 * What the running Excel supports above the manifest's minimum (ExcelApi 1.4), detected once
 * at start-up. Every optional step of the Office.js host checks one of these flags.
 */
export interface OfficeFeatures {
  /** ExcelApi 1.7: freeze panes, hyperlinks, worksheet change events. */
  freezePanes: boolean;
  hyperlinks: boolean;
  changeEvents: boolean;
  /** ExcelApi 1.8: data validation (the blank 明细 sheet's drop-down lists and code checks). */
  dataValidation: boolean;
  /** ExcelApi 1.9: print setup and fill patterns (tells "no fill" from a white fill). */
  pageLayout: boolean;
  fillPattern: boolean;
  /** ExcelApi 1.13: reading merged areas back. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes, where a flag explains itself (below it, the 校验报告 sheet and the pane do). */
  notes: boolean;
}

export const MINIMUM_EXCEL_API = "1.4";

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): OfficeFeatures {
  const excel = (v: string) => isSetSupported("ExcelApi", v);
  return {
    freezePanes: excel("1.7"),
    hyperlinks: excel("1.7"),
    changeEvents: excel("1.7"),
    dataValidation: excel("1.8"),
    pageLayout: excel("1.9"),
    fillPattern: excel("1.9"),
    mergedAreas: excel("1.13"),
    notes: excel("1.18"),
  };
}
