/**
 * The fact cube adds items up exactly as a plain aggregation does: for every table of every
 * built-in pack, its facts are the items that pass the table's filter, summed by the table's
 * dimensions, and a filter checked on the facts' codes passes the facts it passes on their
 * strings. Checked on realistic models and on models wide enough to make the cube fold
 * unit × project before adding up.
 */
import fc from "fast-check";
import { Fact, FactCube } from "../../src/generation/facts";
import { EXPENDITURE_KINDS, FUNDS, REVENUE_SOURCES, UNIT_KINDS } from "../../src/model/types";
import type { BudgetModel, ExpenditureItem, RevenueItem } from "../../src/model/types";
import { BUILT_IN_PACKS } from "../../src/packs/builtIn";
import { Dimension, dimensionsOf } from "../../src/tables/dimensions";
import { accepts, conditions } from "../../src/tables/filter";
import type { ItemFilter, TableDef } from "../../src/tables/types";
import { syntheticModel } from "../../bench/syntheticModel";

const ALL_TABLES = Object.values(BUILT_IN_PACKS).flatMap((pack) => pack.tables);

/** Each item as a fact of every dimension, filtered and summed the plain way. */
function plainSums(model: BudgetModel, dims: readonly Dimension[], filter: (fact: Fact) => boolean): Map<string, number> {
  const kindOf = new Map(model.units.map((u) => [u.id, u.kind]));
  const facts: Fact[] = [
    ...model.revenues.map(
      (r): Fact => ({ stream: "revenue", unit: r.unit, unitKind: kindOf.get(r.unit), function: r.function, functionClass: r.function.slice(0, 3), source: r.source, amount: r.amount }),
    ),
    ...model.expenditures.map(
      (e): Fact => ({ ...e, stream: "expenditure", unitKind: kindOf.get(e.unit), functionClass: e.function.slice(0, 3), economicClass: e.economic.slice(0, 3) }),
    ),
  ];
  const sums = new Map<string, number>();
  for (const fact of facts.filter(filter)) {
    const key = keyOf(fact, dims);
    sums.set(key, (sums.get(key) ?? 0) + fact.amount);
  }
  return sums;
}

/** Every filter of a table's columns and rows, which the table's facts are checked against on their codes. */
function filtersOf(def: TableDef): ItemFilter[] {
  const rows = def.rows.type === "fixed" ? def.rows.rows : def.rows.type === "twoSided" ? def.rows.sections.flatMap((s) => [...s.left, ...s.right]) : [];
  return [...def.columns, ...rows].flatMap((x) => (x.filter ? [x.filter] : []));
}

/** Whether a fact passes a filter, checked on its values. */
const matches = (filter: ItemFilter, fact: Fact) => conditions(filter).every((c) => accepts(c, fact[c.dimension]));

const keyOf = (fact: Fact, dims: readonly Dimension[]) => dims.map((d) => fact[d] ?? "").join("|");

function expectCubeToAgree(model: BudgetModel, tables = ALL_TABLES): void {
  const dimensionSets = tables.map(dimensionsOf);
  const cube = new FactCube(model, dimensionSets);
  tables.forEach((def, i) => {
    const table = cube.project(dimensionSets[i], def.filter);
    const facts = table.facts;
    const cubeSums = new Map(facts.map((f) => [keyOf(f, dimensionSets[i]), f.amount]));
    expect(cubeSums.size).toBe(facts.length);
    expect(cubeSums).toEqual(plainSums(model, dimensionSets[i], (f) => matches(def.filter, f)));
    for (const filter of filtersOf(def)) expect([...table.passing(filter)]).toEqual(facts.map((f) => (matches(filter, f) ? 1 : 0)));
  });
}

/**
 * A model with many units and projects, every item drawn at random: unit × project × the rest
 * is too many slots to add up directly, and with enough of both, too many pairs for a flat lookup.
 */
function wideModel(seed: number, items: number, unitCount: number, projectCount: number): BudgetModel {
  let state = seed;
  const pick = <T>(list: readonly T[]) => list[(state = (Math.imul(state, 1103515245) + 12345) >>> 0) % list.length];
  const units = Array.from({ length: unitCount }, (_, i) => ({ id: `u${i}`, name: `单位${i}`, kind: pick(UNIT_KINDS) }));
  const projects = Array.from({ length: projectCount }, (_, i) => ({ id: `p${i}`, unit: pick(units).id, name: `项目${i}`, performanceGoal: "" }));
  const functions = ["2010101", "2010301", "2050201", "2080505", "2210201"];
  const economics = ["30101", "30201", "30211", "31002", "39999"];
  const expenditures = Array.from({ length: items }, (): ExpenditureItem => {
    const project = pick([undefined, ...projects]);
    const kind = project ? "项目支出" : pick(EXPENDITURE_KINDS.filter((k) => k !== "项目支出"));
    const item: ExpenditureItem = { unit: project?.unit ?? pick(units).id, function: pick(functions), economic: pick(economics), kind, fund: pick(FUNDS), amount: pick([0, 1, 99, 12345]) };
    if (project) item.project = project.id;
    return item;
  });
  const revenues = Array.from({ length: items / 4 }, (): RevenueItem => ({ unit: pick(units).id, function: pick(functions), source: pick(REVENUE_SOURCES), amount: pick([1, 500]) }));
  return { department: "测试局", fiscalYear: 2025, displayUnit: "元", units, projects, revenues, expenditures, notes: {}, codeNames: { function: {}, economic: {} } };
}

describe("the fact cube", () => {
  test("agrees with a plain aggregation on realistic models", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 1e6 }), (items, seed) => expectCubeToAgree(syntheticModel(items, seed))),
      { numRuns: 15 },
    );
  });

  test("agrees when unit × project must be folded before adding up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => expectCubeToAgree(wideModel(seed, 4000, 300, 400))),
      { numRuns: 5 },
    );
  });

  test("agrees when the unit × project pairs are too many for a flat lookup, and a table's combinations for one number", () => {
    expectCubeToAgree(wideModel(7, 4000, 5000, 5000));
  });

  test("agrees when a dimension has more values than two bytes can number", () => {
    const model = syntheticModel(70_000);
    model.expenditures.forEach((e, i) => (e.function = String(2_000_000 + i)));
    expectCubeToAgree(
      model,
      ALL_TABLES.filter((t) => t.rows.type === "codeHierarchy" && t.rows.dimension === "function").slice(0, 2),
    );
  });

  test("names a value outside a closed list", () => {
    const model = syntheticModel(10);
    (model.expenditures[0] as { fund: string }).fund = "自有资金";
    expect(() => new FactCube(model, [["fund", "stream"]])).toThrow(/fund "自有资金"/);
  });
});
