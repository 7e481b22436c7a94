/**
 * A budget unit's own budget: the department's model filtered to that unit's line items and
 * projects, headed by the unit's name. Its tables are what the unit itself publishes; the
 * department's are their sum (checked by `budget-tables units`).
 */
import type { BudgetModel } from "./types";

/** The model of one unit (by id); undefined when the model has no such unit. */
export function unitModel(model: BudgetModel, unitId: string): BudgetModel | undefined {
  const unit = model.units.find((u) => u.id === unitId);
  if (!unit) return undefined;
  const mine = <T extends { unit: string }>(items: readonly T[]) => items.filter((i) => i.unit === unitId);
  return {
    ...model,
    department: unit.name,
    units: [unit],
    projects: mine(model.projects),
    revenues: mine(model.revenues),
    expenditures: mine(model.expenditures),
  };
}
