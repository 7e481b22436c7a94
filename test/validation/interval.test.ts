/** Rounding tolerance after XBRL Calculations 1.1, in exact integers. */
import { formatCents, formatThousandths } from "../../src/validation/amountText";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { Findings } from "../../src/validation/findings";
import { evaluate, packTolerance } from "../../src/validation/identity";
import { compare } from "../../src/validation/interval";
import { ruleLookup } from "../../src/validation/rules";

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

describe("a pack's tolerance in 元, in whole thousandths of the display unit", () => {
  test.each([
    [0.29, "元", 290, "0.29"],
    [0.07, "元", 70, "0.07"],
    [0.5, "万元", 0, "0.00005"],
    [95, "万元", 9, "0.0095"],
    [100, "万元", 10, "0.01"],
    [12345.67, "万元", 1234, "1.234567"],
    [0, "万元", 0, "0.00"],
  ] as const)("%s 元 in %s is %s thousandths, printed %s", (yuan, unit, thousandths, text) => {
    expect(packTolerance(yuan, unit)).toEqual({ thousandths, text });
  });

  test("rounding down decides as the exact tolerance: 95 元 does not cover a 0.01 万元 (100 元) difference", () => {
    const { thousandths } = packTolerance(95, "万元");
    expect(compare(fig(101), parts(100), thousandths).verdict).toBe("inconsistent");
    expect(compare(fig(101), parts(100), packTolerance(100, "万元").thousandths).verdict).toBe("rounding");
  });
});

test("an identity with a pack tolerance prints it exactly: 0.5 元 on a 万元 table is 容许 0.00005", () => {
  const findings = new Findings(ruleLookup({ ...GUANGZHOU_PACK, rules: { ...GUANGZHOU_PACK.rules, "T1.balance": { severity: "error", tolerance: 0.5 } } }));
  const operand = (cents: number, label: string) => ({ figure: fig(cents), table: "表1", sheet: "表1", row: label, column: "预算", label: () => label });
  const relation = { zh: "支出总计", en: "支出总计" };
  evaluate({ rule: "T1.balance", total: operand(101, "收入总计"), parts: [operand(100, "支出总计")], relation, unit: "万元" }, findings);
  const [finding] = findings.list;
  expect(finding).toMatchObject({ severity: "error", tolerance: 0.00005, difference: 0.01 });
  expect(finding.message.zh).toContain("超出四舍五入容许 0.00005");
});
