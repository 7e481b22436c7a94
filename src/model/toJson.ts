/** The model's JSON form: what loadModel reads, with amounts in 元 as numbers of two decimals at most. */
import { formatYuan } from "./money";
import { BudgetModel, MODEL_FORMAT_VERSION } from "./types";

export const yuanNumber = (fen: number): number => Number(formatYuan(fen));

export function modelToJson(model: BudgetModel): Record<string, unknown> {
  return {
    formatVersion: MODEL_FORMAT_VERSION,
    department: model.department,
    fiscalYear: model.fiscalYear,
    displayUnit: model.displayUnit,
    units: model.units,
    projects: model.projects,
    revenues: model.revenues.map((r) => ({ ...r, amount: yuanNumber(r.amount) })),
    expenditures: model.expenditures.map((e) => ({ ...e, amount: yuanNumber(e.amount) })),
    notes: model.notes,
    codeNames: model.codeNames,
  };
}

export const modelToJsonText = (model: BudgetModel): string => `${JSON.stringify(modelToJson(model), null, 2)}\n`;
