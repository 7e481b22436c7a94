/** Rounding tolerance after XBRL Calculations 1.1, in exact integers. */
import { formatCents, formatThousandths } from "../../src/validation/amountText";
import { compare } from "../../src/validation/interval";

const fig = (cents: number, halfWidth = 5) => ({ address: "A1", cents, halfWidth });
const parts = (...cents: number[]) => cents.map((c) => ({ figure: fig(c), sign: 1 as const }));

test("equal sums are equal", () => {
  expect(compare(fig(300), parts(100, 200)).verdict).toBe("equal");
});

test("a difference within the summed half-widths is a rounding tail", () => {
  // 表6 商品和服务支出: 1,068.01 against 20 款 summing to 1,068.03; tolerance 21 × 0.005 = 0.105.
  const kids = [...parts(106783), ...parts(...new Array(19).fill(1))];
  const c = compare(fig(106801), kids);
  expect(c).toMatchObject({ expected: 106802, actual: 106801, difference: -1, tolerance: 105, verdict: "rounding" });
});

test("intervals that only touch still meet", () => {
  expect(compare(fig(101), parts(100)).verdict).toBe("rounding");
  expect(compare(fig(102), parts(100)).verdict).toBe("inconsistent");
});

test("subtracted parts widen the tolerance too", () => {
  const c = compare(fig(100), [{ figure: fig(300), sign: 1 }, { figure: fig(199), sign: -1 }]);
  expect(c).toMatchObject({ expected: 101, tolerance: 15, verdict: "rounding" });
});

test("formatting", () => {
  expect(formatCents(107803)).toBe("1,078.03");
  expect(formatCents(-279797)).toBe("-2,797.97");
  expect(formatCents(5)).toBe("0.05");
  expect(formatThousandths(105)).toBe("0.105");
  expect(formatThousandths(20)).toBe("0.02");
  expect(formatThousandths(1500)).toBe("1.50");
});
