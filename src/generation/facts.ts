/**
 * Line items reduced to facts. The items are read once into columns of small integer codes.
 * Each table then asks for the dimensions it looks at: items agreeing on those are numbered
 * group by group (one pass per dimension, shared between tables through common prefixes) and
 * added up in one more pass. A table thus sees a few hundred facts whatever the number of line
 * items, and a million items cost a handful of typed-array passes, with no per-item objects.
 */
import type { Fen } from "../model/money";
import type { BudgetModel, ExpenditureKind, Fund, RevenueSource, UnitKind } from "../model/types";
import { DIMENSIONS, Dimension } from "../tables/dimensions";
import { matches } from "../tables/filter";
import type { ItemFilter } from "../tables/types";

/** Items that agree on some dimensions, added up; a dimension the table does not look at is absent. */
export interface Fact {
  stream: "revenue" | "expenditure";
  unit?: string;
  unitKind?: UnitKind;
  function?: string;
  economic?: string;
  economicClass?: string;
  kind?: ExpenditureKind;
  fund?: Fund;
  source?: RevenueSource;
  project?: string;
  amount: Fen;
}

/** Strings ↔ small integers; 0 stands for "absent". */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: Array<string | undefined> = [undefined];

  id(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** Items numbered by the distinct combinations of some dimensions' values. */
interface Grouping {
  /** The group of each item. */
  ids: Int32Array;
  count: number;
  /** One item of each group, to read the group's values from. */
  representative: Int32Array;
}

/**
 * Dimensions are folded into groupings in this order: few-valued ones first, so that tables
 * share the longest prefixes and the early folds' lookup arrays stay small.
 */
const GROUPING_ORDER: readonly Dimension[] = ["stream", "kind", "fund", "source", "unitKind", "economicClass", "function", "economic", "unit", "project"];

/** Folding a dimension into a grouping uses a flat lookup array up to this many slots, else a Map. */
const FLAT_FOLD_LIMIT = 1 << 22;

export class FactCube {
  private readonly interners = Object.fromEntries([...DIMENSIONS, "economicClass"].map((d) => [d, new Interner()])) as Record<Dimension, Interner>;
  private readonly codes = {} as Record<Dimension, Int32Array>;
  private readonly amounts: Float64Array;
  private readonly groupings = new Map<string, Grouping>();
  private readonly groupSums = new Map<Grouping, Float64Array>();

  constructor(model: BudgetModel) {
    const n = model.revenues.length + model.expenditures.length;
    for (const d of DIMENSIONS) this.codes[d] = new Int32Array(n);
    this.amounts = new Float64Array(n);
    this.readItems(model);
    this.codes.economicClass = this.derive("economic", "economicClass", (code) => code.slice(0, 3));
  }

  /** One pass over the items, written out per dimension: this loop is most of the cost of a large model. */
  private readItems(model: BudgetModel): void {
    const { stream, unit, unitKind, function: fn, economic, kind, fund, source, project } = this.codes;
    const [units, functions, economics, kinds, funds, sources, projects] = (["unit", "function", "economic", "kind", "fund", "source", "project"] as const).map(
      (d) => this.interners[d],
    );
    const kindOfUnit: number[] = [];
    for (const u of model.units) kindOfUnit[units.id(u.id)] = this.interners.unitKind.id(u.kind);
    const revenue = this.interners.stream.id("revenue");
    const expenditure = this.interners.stream.id("expenditure");
    let i = 0;
    for (const r of model.revenues) {
      stream[i] = revenue;
      unit[i] = units.id(r.unit);
      unitKind[i] = kindOfUnit[unit[i]] ?? 0;
      fn[i] = functions.id(r.function);
      source[i] = sources.id(r.source);
      this.amounts[i++] = r.amount;
    }
    for (const e of model.expenditures) {
      stream[i] = expenditure;
      unit[i] = units.id(e.unit);
      unitKind[i] = kindOfUnit[unit[i]] ?? 0;
      fn[i] = functions.id(e.function);
      economic[i] = economics.id(e.economic);
      kind[i] = kinds.id(e.kind);
      fund[i] = funds.id(e.fund);
      project[i] = projects.id(e.project);
      this.amounts[i++] = e.amount;
    }
  }

  /** A dimension computed from another one's values, through a lookup by code rather than per item. */
  private derive(from: Dimension, to: Dimension, f: (value: string) => string): Int32Array {
    const lookup = Int32Array.from(this.interners[from].values, (v) => (v === undefined ? 0 : this.interners[to].id(f(v))));
    return this.codes[from].map((code) => lookup[code]);
  }

  /**
   * The items that pass `filter`, added up over every dimension but `dims`. The filter looks
   * only at dimensions among `dims` (see dimensionsOf), so it is checked once per group.
   */
  project(dims: readonly Dimension[], filter: ItemFilter): Fact[] {
    const grouping = this.grouping(GROUPING_ORDER.filter((d) => dims.includes(d)));
    const sums = this.sums(grouping);
    const facts: Fact[] = [];
    for (let g = 0; g < grouping.count; g++) {
      const fact = this.fact(dims, grouping.representative[g], sums[g]);
      if (matches(filter, fact)) facts.push(fact);
    }
    return facts;
  }

  /** Each group's total (memoised: several tables group alike and differ only in their filters). */
  private sums(grouping: Grouping): Float64Array {
    let sums = this.groupSums.get(grouping);
    if (!sums) {
      sums = new Float64Array(grouping.count);
      const { ids } = grouping;
      for (let i = 0; i < ids.length; i++) sums[ids[i]] += this.amounts[i];
      this.groupSums.set(grouping, sums);
    }
    return sums;
  }

  /** Groups by these dimensions, built from the grouping by all but the last (memoised, so tables share prefixes). */
  private grouping(dims: readonly Dimension[]): Grouping {
    const signature = dims.join(",");
    let grouping = this.groupings.get(signature);
    if (!grouping) {
      grouping = dims.length === 0 ? this.oneGroup() : this.fold(this.grouping(dims.slice(0, -1)), dims[dims.length - 1]);
      this.groupings.set(signature, grouping);
    }
    return grouping;
  }

  private oneGroup(): Grouping {
    const n = this.amounts.length;
    return { ids: new Int32Array(n), count: n > 0 ? 1 : 0, representative: Int32Array.of(0) };
  }

  /** Splits each group by one more dimension, numbering the combinations as they are first seen. */
  private fold(previous: Grouping, dim: Dimension): Grouping {
    const codes = this.codes[dim];
    const radix = this.interners[dim].values.length;
    const slots = previous.count * radix;
    const flat = slots <= FLAT_FOLD_LIMIT ? new Int32Array(slots) : undefined;
    const sparse = flat ? undefined : new Map<number, number>();
    const ids = new Int32Array(codes.length);
    const representative: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const slot = previous.ids[i] * radix + codes[i];
      let id = flat ? flat[slot] - 1 : (sparse!.get(slot) ?? -1);
      if (id < 0) {
        id = representative.length;
        representative.push(i);
        if (flat) flat[slot] = id + 1;
        else sparse!.set(slot, id);
      }
      ids[i] = id;
    }
    return { ids, count: representative.length, representative: Int32Array.from(representative) };
  }

  private fact(dims: readonly Dimension[], item: number, amount: number): Fact {
    const fact: Record<string, unknown> = { amount };
    for (const d of dims) {
      const value = this.interners[d].values[this.codes[d][item]];
      if (value !== undefined) fact[d] = value;
    }
    return fact as unknown as Fact;
  }
}
