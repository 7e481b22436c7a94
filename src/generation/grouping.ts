/**
 * Items added up by some key columns, in tight passes over the item columns. Each item's
 * combination of codes is read as one mixed-radix number and its amount added into a flat
 * array at that index: no hashing per item. When the combinations could be too many for a
 * flat array, the two columns with the most codes are first folded into one column that
 * numbers the pairs that occur (a project fixes its unit, so unit × project folds to about
 * as many codes as there are projects).
 */
import type { CodeColumn, ItemColumns, KeyColumn } from "./itemColumns";

/** Each group's code in each of `keys`, and its sum. */
export interface Grouping {
  keys: readonly KeyColumn[];
  count: number;
  /** codes[k][g]: group g's code in keys[k]. */
  codes: Int32Array[];
  sums: Float64Array;
}

/** Flat arrays of sums up to this many slots; more combinations are folded first. */
const DIRECT_LIMIT = 1 << 20;
/** Pairs of codes are numbered through a flat lookup array up to this many slots, else through a Map. */
const FOLD_LIMIT = 1 << 22;

/** A column of codes standing for one or more key columns (a class, so that every part has one shape). */
class Part {
  constructor(
    /** Each item's code is lookup[codes[i]]: derived columns look up their source's codes, the others through the identity. */
    readonly codes: CodeColumn,
    readonly lookup: Int32Array,
    readonly radix: number,
    /** Which keys the part stands for, and for each of its codes the code in each of those keys. */
    readonly keys: number[],
    readonly origins: Int32Array[],
  ) {}
}

/** Groups items by sets of key columns, reusing one array of slots for those that need it. */
export class Grouper {
  private scratch: Int32Array | null = null;

  constructor(private readonly items: ItemColumns) {}

  group(keys: readonly KeyColumn[]): Grouping {
    let parts: Part[] = keys.map((key, k) => {
      const { codes, lookup, radix, origin } = this.items.column(key);
      const identity = identityOf(radix);
      return new Part(codes, lookup ?? identity, radix, [k], [origin ?? identity]);
    });
    while (parts.length > 1 && slotCount(parts) > DIRECT_LIMIT) {
      const [a, b] = [...parts].sort((p, q) => q.radix - p.radix);
      parts = [...parts.filter((p) => p !== a && p !== b), this.fold(a, b)];
    }
    return this.collect(keys, parts);
  }

  /** Each item's combination of the parts' codes as one mixed-radix number, in `slots`. */
  private slotsOf(parts: Part[]): Int32Array {
    const slots = (this.scratch ??= new Int32Array(this.items.amounts.length));
    parts.forEach(({ codes, lookup, radix }, p) => {
      const r = p === 0 ? 0 : radix;
      for (let i = 0; i < slots.length; i++) slots[i] = slots[i] * r + lookup[codes[i]];
    });
    return slots;
  }

  /** One part numbering the pairs of `a`'s and `b`'s codes that occur, in order of first appearance. */
  private fold(a: Part, b: Part): Part {
    const codes = new Int32Array(this.items.amounts.length);
    const firsts: number[] = [];
    if (a.radix * b.radix <= FOLD_LIMIT) {
      const slots = this.slotsOf([a, b]);
      const numbers = new Int32Array(a.radix * b.radix);
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        if (numbers[slot] === 0) numbers[slot] = firsts.push(slot);
        codes[i] = numbers[slot] - 1;
      }
    } else {
      const numbers = new Map<number, number>();
      for (let i = 0; i < codes.length; i++) {
        const slot = a.lookup[a.codes[i]] * b.radix + b.lookup[b.codes[i]];
        let number = numbers.get(slot);
        if (number === undefined) numbers.set(slot, (number = firsts.push(slot) - 1));
        codes[i] = number;
      }
    }
    const aOf = firsts.map((slot) => Math.floor(slot / b.radix));
    const bOf = firsts.map((slot) => slot % b.radix);
    return new Part(
      codes,
      identityOf(firsts.length),
      firsts.length,
      [...a.keys, ...b.keys],
      [...a.origins.map((o) => Int32Array.from(aOf, (c) => o[c])), ...b.origins.map((o) => Int32Array.from(bOf, (c) => o[c]))],
    );
  }

  /** Adds each item's amount into its slot's group, numbering the slots as items reach them. */
  private collect(keys: readonly KeyColumn[], parts: Part[]): Grouping {
    const amounts = this.items.amounts;
    const groups = new SlotGroups(slotCount(parts));
    if (parts.length === 2) addPairs(parts[0], parts[1], amounts, groups);
    else if (parts.length === 3) addTriples(parts[0], parts[1], parts[2], amounts, groups);
    else addInto(this.slotsOf(parts), amounts, groups);
    const count = groups.count;
    const codes = keys.map(() => new Int32Array(count));
    // Undo the mixed radix, last part first: each part's code, then the key codes it stands for.
    const rest = groups.slots.slice(0, count);
    for (let p = parts.length - 1; p >= 0; p--) {
      const partCodes = divideOut(rest, parts[p].radix);
      parts[p].keys.forEach((k, j) => mapInto(partCodes, parts[p].origins[j], codes[k]));
    }
    return { keys, count, codes, sums: groups.sums.subarray(0, count) };
  }
}

/** Sums by slot, for the slots items reach only: each reached slot is numbered as a group when first reached. */
class SlotGroups {
  count = 0;
  /** Per slot, its group's number + 1; 0 while no item has reached it. */
  private readonly groupOf: Int32Array;
  /** Per group, its slot and its sum (grown as groups appear: most slots are never reached). */
  slots = new Int32Array(256);
  sums = new Float64Array(256);

  constructor(slotCount: number) {
    this.groupOf = new Int32Array(slotCount);
  }

  add(slot: number, amount: number): void {
    let g = this.groupOf[slot] - 1;
    if (g < 0) g = this.open(slot);
    this.sums[g] += amount;
  }

  private open(slot: number): number {
    const g = this.count++;
    if (g === this.slots.length) {
      this.slots = grown(this.slots, new Int32Array(g * 2));
      this.sums = grown(this.sums, new Float64Array(g * 2));
    }
    this.groupOf[slot] = this.count;
    this.slots[g] = slot;
    return g;
  }
}

function grown<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// Two and three parts (the usual groupings) are added up in one pass, without the array of slots.
function addPairs(a: Part, b: Part, amounts: Float64Array, groups: SlotGroups): void {
  const { codes: ca, lookup: la } = a;
  const { codes: cb, lookup: lb, radix: rb } = b;
  for (let i = 0; i < amounts.length; i++) groups.add(la[ca[i]] * rb + lb[cb[i]], amounts[i]);
}

function addTriples(a: Part, b: Part, c: Part, amounts: Float64Array, groups: SlotGroups): void {
  const { codes: ca, lookup: la } = a;
  const { codes: cb, lookup: lb, radix: rb } = b;
  const { codes: cc, lookup: lc, radix: rc } = c;
  for (let i = 0; i < amounts.length; i++) groups.add((la[ca[i]] * rb + lb[cb[i]]) * rc + lc[cc[i]], amounts[i]);
}

function addInto(slots: Int32Array, amounts: Float64Array, groups: SlotGroups): void {
  for (let i = 0; i < slots.length; i++) groups.add(slots[i], amounts[i]);
}

/** Each number's remainder by `radix`, leaving the quotient in its place (slots fit in 31 bits: integer division). */
function divideOut(numbers: Int32Array, radix: number): Int32Array {
  const remainders = new Int32Array(numbers.length);
  for (let g = 0; g < numbers.length; g++) {
    const quotient = (numbers[g] / radix) | 0;
    remainders[g] = numbers[g] - quotient * radix;
    numbers[g] = quotient;
  }
  return remainders;
}

function mapInto(codes: Int32Array, lookup: Int32Array, out: Int32Array): void {
  for (let g = 0; g < codes.length; g++) out[g] = lookup[codes[g]];
}

function identityOf(length: number): Int32Array {
  const codes = new Int32Array(length);
  for (let c = 0; c < length; c++) codes[c] = c;
  return codes;
}

const slotCount = (parts: Part[]) => parts.reduce((n, p) => n * p.radix, 1);
