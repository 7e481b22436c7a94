/**
 * Amounts added up by distinct tuples of small integer codes, numbered in order of first
 * appearance. An open-addressing hash table over typed arrays: there are no per-tuple objects,
 * so many additions allocate nothing but the table's own arrays as they grow.
 */
export class TupleSums {
  /** How many distinct tuples were added. */
  count = 0;
  /** Tuple k occupies tuples[k·width] … tuples[k·width + width − 1]. */
  tuples: Int32Array;
  /** The sum of tuple k's amounts. */
  sums: Float64Array;
  /** Per slot, the number + 1 of the tuple hashed there; 0 when empty. */
  private slots: Int32Array;

  constructor(
    readonly width: number,
    expected = 64,
  ) {
    const room = Math.max(16, expected);
    this.tuples = new Int32Array(room * width);
    this.sums = new Float64Array(room);
    this.slots = new Int32Array(slotsFor(room));
  }

  /** Adds `amount` to the sum of the tuple held in the first `width` entries of `key`. */
  add(key: Int32Array, amount: number): void {
    const { width, tuples, slots } = this;
    const mask = slots.length - 1;
    let slot = hash(key, width) & mask;
    for (;;) {
      const held = slots[slot];
      if (held === 0) break;
      const base = (held - 1) * width;
      let d = 0;
      while (d < width && tuples[base + d] === key[d]) d++;
      if (d === width) {
        this.sums[held - 1] += amount;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.count === this.sums.length) {
      this.grow();
      this.add(key, amount);
      return;
    }
    const k = this.count++;
    for (let d = 0; d < width; d++) this.tuples[k * width + d] = key[d];
    this.sums[k] = amount;
    slots[slot] = k + 1;
  }

  /** Doubles the room for tuples and rehashes them into a table of twice the slots. */
  private grow(): void {
    const room = this.sums.length * 2;
    const tuples = new Int32Array(room * this.width);
    tuples.set(this.tuples);
    const sums = new Float64Array(room);
    sums.set(this.sums);
    const slots = new Int32Array(slotsFor(room));
    const mask = slots.length - 1;
    for (let k = 0; k < this.count; k++) {
      let slot = hash(tuples.subarray(k * this.width), this.width) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.tuples = tuples;
    this.sums = sums;
    this.slots = slots;
  }
}

/** Twice the room, rounded up to a power of two: linear probing stays short at half load. */
function slotsFor(room: number): number {
  return 1 << Math.ceil(Math.log2(room * 2));
}

/** Mixes each code in with a multiply, then avalanches (MurmurHash3's finaliser). */
function hash(key: Int32Array, width: number): number {
  let h = 0x9747b28c;
  for (let d = 0; d < width; d++) h = Math.imul(h ^ key[d], 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
