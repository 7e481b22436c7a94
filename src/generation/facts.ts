/**
 * Line items reduced to facts. The items are read once into columns of small integer codes.
 * Each table then asks for the dimensions it looks at: items agreeing on those are numbered
 * group by group (one pass per dimension, shared between tables through common prefixes) and
 * added up in one more pass. A table thus sees a few hundred facts whatever the number of line
 * items, and a million items cost a handful of typed-array passes, with no per-item objects.
 */
import type { Fen } from "../model/money";
import { EXPENDITURE_KINDS, FUNDS, REVENUE_SOURCES } from "../model/types";
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
const GROUPING_ORDER: readonly Dimension[] = ["stream", "kind", "fund", "source", "unitKind", "economicClass", "function", "economic", "project", "unit"];

/** Folding a dimension into a grouping uses a flat lookup array up to this many slots, else a Map. */
const FLAT_FOLD_LIMIT = 1 << 23;

/** Dimensions read from each item; the others (unitKind, economicClass) follow from these. */
const READ_DIMENSIONS = ["stream", "unit", "function", "economic", "kind", "fund", "source", "project"] as const;
type ReadDimension = (typeof READ_DIMENSIONS)[number];
/** Read dimensions with many values, each kept as its own column of codes. */
const MANY_VALUED = ["project", "unit", "economic", "function"] as const;
type ManyValued = (typeof MANY_VALUED)[number];
/**
 * Read dimensions with a handful of values, all kept in one column as one mixed-radix code;
 * each radix is its value list's length plus one for "absent".
 */
const FEW_VALUED: ReadonlyArray<[ReadDimension, number]> = [
  ["stream", 3],
  ["kind", EXPENDITURE_KINDS.length + 1],
  ["fund", FUNDS.length + 1],
  ["source", REVENUE_SOURCES.length + 1],
];
const FEW_RADIX = FEW_VALUED.reduce((p, [, r]) => p * r, 1);

/** Items in a numbering of their distinct combinations of every read dimension. */
interface Combinations {
  ids: Int32Array;
  count: number;
  firstItems: Int32Array;
}

/**
 * The line items as columns of small integer codes, read in one pass: this loop and the
 * numbering of combinations are most of the cost of a large model, so both avoid per-item
 * objects, keep few columns, and reuse their buffers.
 */
class ItemColumns {
  readonly codes = {} as Record<ManyValued, Int32Array>;
  /** The few-valued dimensions' mixed-radix code (FEW_VALUED). */
  readonly few: Int32Array;
  readonly amounts: Float64Array;
  readonly unitKinds: Map<string, UnitKind>;

  constructor(
    model: BudgetModel,
    private readonly interners: Record<Dimension, Interner>,
  ) {
    const n = model.revenues.length + model.expenditures.length;
    for (const d of MANY_VALUED) this.codes[d] = new Int32Array(n);
    this.few = new Int32Array(n);
    this.amounts = new Float64Array(n);
    this.unitKinds = new Map(model.units.map((u) => [u.id, u.kind]));
    this.read(model);
  }

  private read(model: BudgetModel): void {
    const { unit, function: fn, economic, project } = this.codes;
    const few = this.few;
    const [units, functions, economics, kinds, funds, sources, projects] = (["unit", "function", "economic", "kind", "fund", "source", "project"] as const).map(
      (d) => this.interners[d],
    );
    const [, [, kindRadix], [, fundRadix], [, sourceRadix]] = FEW_VALUED;
    const revenue = this.interners.stream.id("revenue") * kindRadix * fundRadix * sourceRadix;
    const expenditure = this.interners.stream.id("expenditure") * kindRadix * fundRadix * sourceRadix;
    let i = 0;
    for (const r of model.revenues) {
      unit[i] = units.id(r.unit);
      fn[i] = functions.id(r.function);
      few[i] = revenue + sources.id(r.source);
      this.amounts[i++] = r.amount;
    }
    for (const e of model.expenditures) {
      unit[i] = units.id(e.unit);
      fn[i] = functions.id(e.function);
      economic[i] = economics.id(e.economic);
      few[i] = expenditure + (kinds.id(e.kind) * fundRadix + funds.id(e.fund)) * sourceRadix;
      project[i] = projects.id(e.project);
      this.amounts[i++] = e.amount;
    }
  }

  /**
   * Numbers the distinct combinations: the few-valued code first (many possible, few actual
   * values), then the many-valued dimensions, most values first, which keeps the lookups flat
   * (a project fixes its unit and, in practice, most of its codes).
   */
  distinctCombinations(): Combinations {
    const n = this.amounts.length;
    let ids = new Int32Array(n);
    let next = new Int32Array(n);
    const firstItems = new Int32Array(n);
    let count = n > 0 ? 1 : 0;
    const many = MANY_VALUED.map((d) => ({ codes: this.codes[d], radix: this.interners[d].values.length }));
    const lookup = new FoldLookup();
    for (const { codes, radix } of [{ codes: this.few, radix: FEW_RADIX }, ...many.sort((a, b) => b.radix - a.radix)]) {
      count = foldInto(ids, count, codes, radix, next, firstItems, lookup);
      [ids, next] = [next, ids];
    }
    return { ids, count, firstItems: firstItems.subarray(0, count) };
  }

  /** A read dimension's code for each combination. */
  firstOfEach(d: ReadDimension, groups: Combinations): Int32Array {
    if ((MANY_VALUED as readonly string[]).includes(d)) {
      const codes = this.codes[d as ManyValued];
      return groups.firstItems.map((i) => codes[i]);
    }
    let divisor = 1;
    let radix = 1;
    for (let k = FEW_VALUED.length - 1; k >= 0; k--) {
      if (FEW_VALUED[k][0] === d) {
        radix = FEW_VALUED[k][1];
        break;
      }
      divisor *= FEW_VALUED[k][1];
    }
    return groups.firstItems.map((i) => Math.floor(this.few[i] / divisor) % radix);
  }

  sums(groups: Combinations): Float64Array {
    const sums = new Float64Array(groups.count);
    for (let i = 0; i < groups.ids.length; i++) sums[groups.ids[i]] += this.amounts[i];
    return sums;
  }
}

export class FactCube {
  private readonly interners = Object.fromEntries([...DIMENSIONS, "economicClass"].map((d) => [d, new Interner()])) as Record<Dimension, Interner>;
  private readonly codes = {} as Record<Dimension, Int32Array>;
  private readonly amounts: Float64Array;
  private readonly groupings = new Map<string, Grouping>();
  private readonly groupSums = new Map<Grouping, Float64Array>();

  constructor(model: BudgetModel) {
    const items = new ItemColumns(model, this.interners);
    const groups = items.distinctCombinations();
    for (const d of READ_DIMENSIONS) this.codes[d] = items.firstOfEach(d, groups);
    this.amounts = items.sums(groups);
    this.codes.unitKind = this.derive("unit", "unitKind", (id) => items.unitKinds.get(id)!);
    this.codes.economicClass = this.derive("economic", "economicClass", (code) => code.slice(0, 3));
  }

  /** A dimension that follows from another one's value, looked up per code rather than stored per item. */
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
    const ids = new Int32Array(previous.ids.length);
    // At most as many groups as items and as (group, value) pairs: sized so, it allocates less.
    const firstItems = new Int32Array(Math.min(ids.length, previous.count * this.interners[dim].values.length));
    const count = foldInto(previous.ids, previous.count, this.codes[dim], this.interners[dim].values.length, ids, firstItems);
    return { ids, count, representative: firstItems.subarray(0, count) };
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

/**
 * Numbers the (group, code) pairs of each item, in order of first appearance: writes each
 * item's number to `ids` and each number's first item to `firstItems`; returns how many.
 * A lookup array may be passed in to be reused: large ones cost a garbage collection each.
 */
function foldInto(groups: Int32Array, groupCount: number, codes: Int32Array, radix: number, ids: Int32Array, firstItems: Int32Array, lookup = new FoldLookup()): number {
  const slots = groupCount * radix;
  if (slots > FLAT_FOLD_LIMIT) return foldSparse(groups, codes, radix, ids, firstItems);
  const table = lookup.cleared(slots);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const slot = groups[i] * radix + codes[i];
    let id = table[slot] - 1;
    if (id < 0) {
      id = count++;
      table[slot] = count;
      firstItems[id] = i;
    }
    ids[i] = id;
  }
  lookup.used(count, (k) => groups[firstItems[k]] * radix + codes[firstItems[k]]);
  return count;
}

/** A flat lookup array, grown when needed and cleared slot by slot after use rather than reallocated. */
class FoldLookup {
  private table = new Int32Array(0);

  cleared(slots: number): Int32Array {
    if (this.table.length < slots) this.table = new Int32Array(slots);
    return this.table;
  }

  /** Clears the `count` slots a fold filled. */
  used(count: number, slot: (k: number) => number): void {
    for (let k = 0; k < count; k++) this.table[slot(k)] = 0;
  }
}

/** Through a Map, for pairs too many to give each a slot. */
function foldSparse(groups: Int32Array, codes: Int32Array, radix: number, ids: Int32Array, firstItems: Int32Array): number {
  const lookup = new Map<number, number>();
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    const slot = groups[i] * radix + codes[i];
    let id = lookup.get(slot);
    if (id === undefined) {
      id = count++;
      lookup.set(slot, id);
      firstItems[id] = i;
    }
    ids[i] = id;
  }
  return count;
}
