/** The 明细 template's data validation (mingxiTemplate.ts) as ExcelJS data validations. */
import type ExcelJS from "exceljs";
import { cellAddress } from "../../generation/grid";
import { ColumnValidation, digitsFormula, listCells, ValidationRule } from "../../model/mingxiTemplate";

/**
 * ExcelJS 4 keeps a sheet's validations in `worksheet.dataValidations`, whose add() takes a
 * range and writes one <dataValidation sqref> for it (exceljs issue #1109); its typings omit it.
 */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export function addValidations(sheet: ExcelJS.Worksheet, validations: readonly ColumnValidation[]): void {
  for (const v of validations) {
    const topLeft = cellAddress(v.firstRow, v.column);
    (sheet as WithValidations).dataValidations.add(`${topLeft}:${cellAddress(v.lastRow, v.column)}`, {
      ...excelRule(v.rule, topLeft),
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "明细",
      error: v.error,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
    });
  }
}

function excelRule(rule: ValidationRule, topLeft: string): Pick<ExcelJS.DataValidation, "type" | "formulae" | "operator"> {
  switch (rule.type) {
    case "list":
      return { type: "list", formulae: [`"${rule.values.join(",")}"`] };
    case "listFromCells":
      return { type: "list", formulae: [listCells(rule)] };
    case "digits":
      return { type: "custom", formulae: [digitsFormula(topLeft, rule.length)] };
    case "nonNegativeDecimal":
      return { type: "decimal", operator: "greaterThanOrEqual", formulae: [0] };
  }
}
