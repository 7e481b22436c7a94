/**
 * One pass over the line items that adds up items sharing every dimension. Tables are then
 * computed from these facts, whose number is bounded by the code space, not by the item count.
 */
import type { Fen } from "../model/money";
import type { BudgetModel, ExpenditureKind, Fund, RevenueSource, UnitKind } from "../model/types";

export interface Fact {
  stream: "revenue" | "expenditure";
  unit: string;
  unitKind: UnitKind;
  function: string;
  economic?: string;
  kind?: ExpenditureKind;
  fund?: Fund;
  source?: RevenueSource;
  project?: string;
  amount: Fen;
}

const SEP = "\u0001";

export function compactFacts(model: BudgetModel): Fact[] {
  const unitKinds = new Map(model.units.map((u) => [u.id, u.kind]));
  const facts = new Map<string, Fact>();
  const add = (key: string, make: () => Fact, amount: Fen) => {
    const fact = facts.get(key);
    if (fact) fact.amount += amount;
    else facts.set(key, make());
  };
  for (const r of model.revenues) {
    const key = `r${SEP}${r.unit}${SEP}${r.function}${SEP}${r.source}`;
    add(key, () => ({ stream: "revenue", unit: r.unit, unitKind: unitKinds.get(r.unit)!, function: r.function, source: r.source, amount: r.amount }), r.amount);
  }
  for (const e of model.expenditures) {
    const key = `e${SEP}${e.unit}${SEP}${e.function}${SEP}${e.economic}${SEP}${e.kind}${SEP}${e.fund}${SEP}${e.project ?? ""}`;
    add(
      key,
      () => ({
        stream: "expenditure",
        unit: e.unit,
        unitKind: unitKinds.get(e.unit)!,
        function: e.function,
        economic: e.economic,
        kind: e.kind,
        fund: e.fund,
        project: e.project,
        amount: e.amount,
      }),
      e.amount,
    );
  }
  return [...facts.values()];
}
