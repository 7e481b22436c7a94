/**
 * Line items reduced to facts. One pass reads each item's values as small integer codes
 * (ItemColumns); then the items are added up once per largest set of dimensions the tables
 * look at (Grouper). Each table takes the grouping that covers its dimensions, checks its
 * filter once per group and adds the groups up further: it sees a few hundred facts whatever
 * the number of line items, kept as columns of values and amounts.
 */
import type { Fen } from "../model/money";
import type { BudgetModel, ExpenditureKind, Fund, RevenueSource, UnitKind } from "../model/types";
import type { Dimension } from "../tables/dimensions";
import { accepts, Condition, conditionsOf } from "../tables/filter";
import type { ItemFilter } from "../tables/types";
import { Grouper, Grouping } from "./grouping";
import { DERIVED_FROM, ItemColumns, KEY_COLUMN, KeyColumn } from "./itemColumns";
import { memo } from "./memo";
import { TupleSums } from "./tupleSums";

/** Items that agree on some dimensions, added up; a dimension the table does not look at is undefined. */
export interface Fact {
  stream: "revenue" | "expenditure";
  unit?: string;
  unitKind?: UnitKind;
  function?: string;
  economic?: string;
  economicClass?: string;
  functionClass?: string;
  kind?: ExpenditureKind;
  fund?: Fund;
  source?: RevenueSource;
  project?: string;
  amount: Fen;
}

/**
 * A table's facts, and which of them pass a filter: checked on the facts' codes, through a
 * table of the codes each condition accepts, rather than on their strings fact by fact.
 */
export interface FactTable {
  /** How many facts. */
  readonly count: number;
  /** Each fact's amount. */
  readonly amounts: ArrayLike<Fen>;
  /** Each fact's value in a dimension; undefined where it has none or the table does not look at it. */
  values(dimension: Dimension): ReadonlyArray<string | undefined>;
  /** The facts as objects (made when first asked for: figures read the columns above). */
  readonly facts: readonly Fact[];
  /** Per fact, 1 when it passes `filter`, else 0. The filter may look only at the table's dimensions. */
  passing(filter: ItemFilter): Mask;
}

/**
 * Per fact or per code, 1 or 0. Plain arrays: a table makes dozens of these, most of them
 * short, and a plain array is much cheaper to make than a typed one.
 */
export type Mask = number[];

export const NO_FACTS: FactTable = { count: 0, amounts: [], values: () => [], facts: [], passing: () => [] };

const KEY_ORDER = [...new Set(Object.values(KEY_COLUMN))];
const keysOfDimensions = new WeakMap<readonly Dimension[], KeyColumn[]>();

/** The key columns holding a set of dimensions, in one canonical order (worked out once per set). */
const keysOf = (dims: readonly Dimension[]): KeyColumn[] =>
  memo(keysOfDimensions, dims, () => {
    const wanted = new Set(dims.map((d) => KEY_COLUMN[d]));
    return KEY_ORDER.filter((k) => wanted.has(k));
  });

export class FactCube {
  private readonly items: ItemColumns;
  private readonly groupings: Grouping[];
  private readonly decoded = new Map<Grouping, Partial<Record<Dimension, Int32Array>>>();
  /** Per condition, which codes of its dimension it accepts. */
  private readonly acceptance = new Map<Condition, Mask>();

  /**
   * Reads the items, then adds them up once for each of the largest of `dimensionSets` (a
   * table whose key columns another table's cover is projected from that one's groups).
   */
  constructor(model: BudgetModel, dimensionSets: ReadonlyArray<readonly Dimension[]>) {
    this.items = new ItemColumns(model);
    const grouper = new Grouper(this.items);
    this.groupings = largest(dimensionSets.map(keysOf)).map((keys) => grouper.group(keys));
  }

  /**
   * The items that pass `filter`, added up over every dimension but `dims`: the groups of the
   * grouping that holds `dims`, added up further. The filter looks only at dimensions among
   * `dims` (see dimensionsOf), so it is checked once per group, through a table of the codes
   * each of its conditions accepts.
   */
  project(dims: readonly Dimension[], filter: ItemFilter): FactTable {
    const keys = keysOf(dims);
    const grouping = this.groupings.find((g) => covers(g.keys, keys));
    if (!grouping) throw new Error(`generation: no grouping holds ${dims.join("+")}`);
    const passed = this.passingIn(filter, grouping.count, (d) => this.codesOf(grouping, d));
    const columns = dims.map((d) => this.codesOf(grouping, d));
    const radices = dims.map((d) => this.items.codebooks[d].values.length);
    const groups = radices.reduce((n, r) => n * r, 1) <= 2 ** 31 ? byNumber(columns, radices, passed, grouping.sums) : byTuple(columns, passed, grouping.sums);
    return this.factTable(dims, groups);
  }

  private factTable(dims: readonly Dimension[], groups: Tuples): FactTable {
    const values = new Map<Dimension, Array<string | undefined>>();
    const codes = new Map<Dimension, Int32Array>();
    const codesOf = (d: Dimension) => memo(codes, d, () => codeColumn(groups, dims, d));
    let facts: Fact[] | undefined;
    const table: FactTable = {
      count: groups.count,
      amounts: groups.sums,
      values: (d) =>
        memo(values, d, () => (dims.includes(d) ? Array.from(codesOf(d), (code) => this.items.codebooks[d].values[code]) : new Array(groups.count).fill(undefined))),
      get facts() {
        return (facts ??= factObjects(table));
      },
      passing: (f) => this.passingIn(f, groups.count, codesOf),
    };
    return table;
  }

  /** Which of `count` groups pass a filter, given each group's code in a dimension: per group, 1 or 0. */
  private passingIn(filter: ItemFilter, count: number, codesOf: (d: Dimension) => ArrayLike<number>): Mask {
    const passed = new Array<number>(count).fill(1);
    for (const c of conditionsOf(filter)) {
      const codes = codesOf(c.dimension);
      const accepted = this.accepted(c);
      for (let g = 0; g < count; g++) if (accepted[codes[g]] === 0) passed[g] = 0;
    }
    return passed;
  }

  private accepted(c: Condition): Mask {
    return memo(this.acceptance, c, () => {
      const values = this.items.codebooks[c.dimension].values;
      const accepted = new Array<number>(values.length);
      for (let code = 0; code < values.length; code++) accepted[code] = accepts(c, values[code]) ? 1 : 0;
      return accepted;
    });
  }

  /** Each group's code in a dimension (memoised: tables share groupings and dimensions). */
  private codesOf(grouping: Grouping, d: Dimension): Int32Array {
    let byDimension = this.decoded.get(grouping);
    if (!byDimension) this.decoded.set(grouping, (byDimension = {}));
    return (byDimension[d] ??= this.items.dimensionCodes(d, this.keyCodes(grouping, KEY_COLUMN[d])));
  }

  /** Each group's code in a key column: its own, or looked up from the column it follows from. */
  private keyCodes(grouping: Grouping, key: KeyColumn): Int32Array {
    const at = grouping.keys.indexOf(key);
    if (at >= 0) return grouping.codes[at];
    const lookup = this.items.derivation(key);
    return grouping.codes[grouping.keys.indexOf(DERIVED_FROM[key]!)].map((code) => lookup[code]);
  }
}

/** The fact fields that are dimensions. */
const FACT_DIMENSIONS: readonly Dimension[] = ["stream", "unit", "unitKind", "function", "functionClass", "economic", "economicClass", "kind", "fund", "source", "project"];

/** A table's facts as objects, every field present (undefined where the table does not look at it). */
function factObjects(table: FactTable): Fact[] {
  const columns = FACT_DIMENSIONS.map((d) => [d, table.values(d)] as const);
  return Array.from({ length: table.count }, (_, g) => Object.fromEntries([...columns.map(([d, values]) => [d, values[g]]), ["amount", table.amounts[g]]]) as Fact);
}

/** Each group's code in one of its dimensions, as a column. */
function codeColumn(groups: Tuples, dims: readonly Dimension[], d: Dimension): Int32Array {
  const at = dims.indexOf(d);
  if (at < 0) throw new Error(`generation: a filter looks at ${d}, which the table does not group by`);
  const column = new Int32Array(groups.count);
  for (let g = 0; g < groups.count; g++) column[g] = groups.tuples[g * groups.width + at];
  return column;
}

/** Groups as tuples of codes: group g's codes at tuples[g·width …], and its sum. */
type Tuples = Pick<TupleSums, "count" | "width" | "tuples" | "sums">;

/**
 * The passing groups added up by their codes in `columns`, each combination read as one
 * mixed-radix number (it fits in 31 bits), so that the hash table compares one number.
 */
function byNumber(columns: Int32Array[], radices: number[], passed: Mask, sums: Float64Array): Tuples {
  const numbers = new TupleSums(1, passed.length);
  const key = new Int32Array(1);
  for (let g = 0; g < passed.length; g++) {
    if (passed[g] === 0) continue;
    let number = 0;
    for (let d = 0; d < columns.length; d++) number = number * radices[d] + columns[d][g];
    key[0] = number;
    numbers.add(key, sums[g]);
  }
  const width = columns.length;
  const tuples = new Int32Array(numbers.count * width);
  for (let k = 0; k < numbers.count; k++) {
    let rest = numbers.tuples[k];
    for (let d = width - 1; d >= 0; d--) {
      // Integer division (the number fits in 31 bits): much cheaper than a floating-point remainder.
      const quotient = (rest / radices[d]) | 0;
      tuples[k * width + d] = rest - quotient * radices[d];
      rest = quotient;
    }
  }
  return { count: numbers.count, width, tuples, sums: numbers.sums };
}

/** The passing groups added up by their tuples of codes in `columns`. */
function byTuple(columns: Int32Array[], passed: Mask, sums: Float64Array): Tuples {
  const groups = new TupleSums(columns.length, passed.length);
  const key = new Int32Array(columns.length);
  for (let g = 0; g < passed.length; g++) {
    if (passed[g] === 0) continue;
    for (let d = 0; d < columns.length; d++) key[d] = columns[d][g];
    groups.add(key, sums[g]);
  }
  return groups;
}

/** Whether groups by `outer` tell every key of `inner`: as one of their own, or as one that follows from one of them. */
const covers = (outer: readonly KeyColumn[], inner: readonly KeyColumn[]) => inner.every((k) => outer.includes(k) || outer.includes(DERIVED_FROM[k]!));

/** The sets of key columns that no other set covers (one of sets that cover each other). */
function largest(sets: ReadonlyArray<readonly KeyColumn[]>): Array<readonly KeyColumn[]> {
  const out: Array<readonly KeyColumn[]> = [];
  sets.forEach((set, i) => {
    const within = (other: readonly KeyColumn[], j: number) => j !== i && covers(other, set) && (!covers(set, other) || j < i);
    if (!sets.some(within)) out.push(set);
  });
  return out;
}

