/**
 * The narrative's exact intervals, against a reference in rational arithmetic: an amount in 元
 * rounded to 万元 with two decimals always agrees with it; moved by more than the tolerance it
 * never does; a percentage computed and rounded from two amounts always fits them.
 */
import fc from "fast-check";
import { citedInterval, figureInterval, hundredths, meets, parseDecimal, percentFits, truncation } from "../../src/narrative/exact";
import { wan } from "../../src/narrative/draft";

const RUNS = Number(process.env.FC_RUNS ?? 200);
/** A table figure in 元 with two decimals: hundredths of a 元 up to ten billion 元. */
const fen = fc.integer({ min: 0, max: 1_000_000_000_000 });
const tableFigure = (cents: number) => figureInterval({ address: "A1", cents, halfWidth: 5 }, "元");
const cited = (text: string) => citedInterval(parseDecimal(text.replace(/,/g, ""))!, "万元")!;

test("an amount in 元 rounded to 万元 (two decimals, as drafted) agrees with its table figure", () => {
  fc.assert(
    fc.property(fen, (cents) => {
      const figure = tableFigure(cents);
      expect(meets(figure, cited(wan(figure.mid)))).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("a 万元 figure off by more than 0.005万元 + 0.005元 never agrees; cut off, it is a truncation", () => {
  fc.assert(
    fc.property(fen, fc.integer({ min: 1, max: 10_000 }), (cents, off) => {
      const figure = tableFigure(cents);
      const h = hundredths(figure.mid, "万元") + BigInt(off);
      const text = `${h / 100n}.${String(h % 100n).padStart(2, "0")}`;
      expect(meets(figure, cited(text))).toBe(false);
      const down = (figure.mid * 100n) / 10_000_000_000n;
      const cut = `${down / 100n}.${String(down % 100n).padStart(2, "0")}`;
      expect(meets(figure, truncation(cited(cut)))).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("a percentage computed from two cited amounts and rounded to two decimals fits them", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (base, current) => {
      // Exact rational: 100·(c − b)/b in hundredths of a percent, rounded half away from zero.
      const num = 10_000n * BigInt(Math.abs(current - base));
      const q = num / BigInt(base);
      const p = 2n * (num - q * BigInt(base)) >= BigInt(base) ? q + 1n : q;
      const sign = current >= base ? 1 : -1;
      const percent = parseDecimal(`${p / 100n}.${String(p % 100n).padStart(2, "0")}`)!;
      const amount = (x: number) => cited(`${Math.floor(x / 100)}.${String(x % 100).padStart(2, "0")}`);
      expect(percentFits(amount(current), amount(base), percent, sign)).toBe(true);
    }),
    { numRuns: RUNS },
  );
});

test("a percentage the amounts cannot give is refused: 314.82% for 11.67 → 45.41 万元", () => {
  expect(percentFits(cited("45.41"), cited("11.67"), parseDecimal("314.82")!, 1)).toBe(false);
  expect(percentFits(cited("45.41"), cited("11.67"), parseDecimal("289.12")!, 1)).toBe(true);
  expect(percentFits(cited("60.13"), cited("0"), parseDecimal("100.00")!, 1)).toBeUndefined();
});
