import fc from "fast-check";
import { formatYuan, parseYuan, toDisplayCents } from "../../src/model/money";

describe("money in integer 分", () => {
  test("decimal strings and numbers parse exactly", () => {
    expect(parseYuan("31,912.95")).toEqual({ ok: true, fen: 3191295 });
    expect(parseYuan(0.1)).toEqual({ ok: true, fen: 10 });
    expect(parseYuan(35180234.56)).toEqual({ ok: true, fen: 3518023456 });
    expect(parseYuan("7.")).toEqual({ ok: true, fen: 700 });
    expect(parseYuan("1.500")).toEqual({ ok: true, fen: 150 });
    expect(parseYuan(1e21)).toEqual({ ok: false, reason: "1e+21 is too large", zh: "1e+21 过大" });
    expect(parseYuan("100000000000000000")).toEqual({ ok: false, reason: "100000000000000000 is too large", zh: "100000000000000000 过大" });
    expect(parseYuan(1e-7)).toEqual({ ok: false, reason: "0.0000001 has more than 2 decimals", zh: "0.0000001 的小数超过 2 位" });
  });

  test("any amount in 分 survives format → parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (fen) => {
        expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
        expect(parseYuan(Number(formatYuan(fen)))).toEqual({ ok: true, fen });
      }),
    );
  });

  test("display rounding is half away from zero at 0.01 of the unit", () => {
    expect(toDisplayCents(500_000, "万元")).toBe(50); // 5,000 元 = 0.50 万元
    expect(toDisplayCents(10_000 * 100 + 4_999, "万元")).toBe(100); // 10,049.99 元 → 1.00 万元
    expect(toDisplayCents(10_000 * 100 + 5_000, "万元")).toBe(101); // 10,050.00 元 → 1.01 万元
    expect(toDisplayCents(-5_000, "万元")).toBe(-1);
    expect(toDisplayCents(12_345, "元")).toBe(12_345);
  });

  test("a displayed figure is never more than half a display cent from the exact amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => {
        const cents = toDisplayCents(fen, "万元");
        expect(Math.abs(cents * 10_000 - fen)).toBeLessThanOrEqual(5_000);
      }),
    );
  });
});
