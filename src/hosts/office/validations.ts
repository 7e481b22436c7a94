/**
 * The blank 明细 sheet's data validation (mingxiTemplate.ts) through Office.js's
 * Range.dataValidation (ExcelApi 1.8), and the Text format of its code columns. Queued only:
 * the caller syncs once for all of it.
 */
import { cellAddress } from "../../generation/grid";
import { ColumnValidation, digitsFormula, listCells, ValidationRule } from "../../model/mingxiTemplate";
import { rangeAddress, TEXT_FORMAT } from "./sheetOps";

export function queueValidations(sheet: Excel.Worksheet, validations: readonly ColumnValidation[]): void {
  for (const v of validations) {
    const range = sheet.getRange(rangeAddress(v.firstRow, v.column, v.lastRow, v.column));
    range.dataValidation.clear();
    range.dataValidation.ignoreBlanks = true;
    range.dataValidation.rule = officeRule(v.rule, cellAddress(v.firstRow, v.column));
    range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "明细", message: v.error };
  }
}

function officeRule(rule: ValidationRule, topLeft: string): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "listFromCells":
      return { list: { inCellDropDown: true, source: `=${listCells(rule)}` } };
    case "digits":
      return { custom: { formula: `=${digitsFormula(topLeft, rule.length)}` } };
    case "nonNegativeDecimal":
      return { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
  }
}

/**
 * The item rows' code and text columns (A to the column before 金额) formatted as Text in one
 * 2D write, so that 2010301 typed later keeps its digits as typed.
 */
export function queueTextBlock(sheet: Excel.Worksheet, lastTextColumn: number, firstRow: number, lastRow: number): void {
  const row = new Array<string>(lastTextColumn + 1).fill(TEXT_FORMAT);
  sheet.getRange(rangeAddress(firstRow, 0, lastRow, lastTextColumn)).numberFormat = Array.from({ length: lastRow - firstRow + 1 }, () => row);
}
