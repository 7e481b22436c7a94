/** Amount cells: numbers and text, exactly, as the cell shows them. */
import fc from "fast-check";
import { readAmount, shownDecimals } from "../../src/reading/amounts";
import { indentLevel, labelCore, normalizeLabel } from "../../src/reading/normalize";

test.each<[string | number | null, string | undefined, number | "blank" | "invalid"]>([
  [31912.95, "#,##0.00", 3191295],
  ["31,912.95", undefined, 3191295],
  ["３１，９１２．９５", undefined, 3191295],
  [" 0 ", undefined, 0],
  ["-", undefined, "blank"],
  ["—", undefined, "blank"],
  [null, undefined, "blank"],
  ["(12.50)", undefined, -1250],
  [1068.005, "#,##0.00", 106801],
  [1068.0049, "#,##0.00", 106800],
  [-0.004, "#,##0.00", 0],
  [1234.56, "#,##0", 123500],
  [1e-7, undefined, 0],
  ["待定", undefined, "invalid"],
  ["1.2.3", undefined, "invalid"],
])("%p (%s) reads as %p", (value, format, expected) => {
  const r = readAmount(value, format);
  if (expected === "blank" || expected === "invalid") expect(r.kind).toBe(expected);
  else expect(r).toMatchObject({ kind: "amount", cents: expected });
});

test("hidden decimals, text and precision are reported", () => {
  expect(readAmount(1068.005, "#,##0.00")).toMatchObject({ hiddenDecimals: true, halfWidth: 5, fromText: false, stored: "1068.005" });
  expect(readAmount("9.90")).toMatchObject({ hiddenDecimals: false, fromText: true });
  expect(readAmount(1234.56, "#,##0")).toMatchObject({ halfWidth: 500, hiddenDecimals: true });
});

test("number formats", () => {
  expect(shownDecimals("#,##0.00")).toBe(2);
  expect(shownDecimals("0.0;[Red]-0.0")).toBe(1);
  expect(shownDecimals("#,##0")).toBe(0);
  expect(shownDecimals("General")).toBe(2);
  expect(shownDecimals(undefined)).toBe(2);
});

test("labels compare after folding widths, spaces, quotes and ordinals", () => {
  expect(normalizeLabel("　支出项目类别（资金使用\n单位）")).toBe("支出项目类别(资金使用单位)");
  expect(labelCore("其中：（一）因公出国（境）支出")).toBe("因公出国(境)支出");
  expect(labelCore("“三公”经费")).toBe("三公经费");
  expect(labelCore("二十五、转移性支出")).toBe("转移性支出");
  expect(indentLevel("\u3000\u3000行政运行")).toBe(2);
  expect(indentLevel("    行政运行")).toBe(2);
});

test("a label of Han characters, ASCII letters, digits and spaces normalises without NFKC to what NFKC would make it", () => {
  const changed: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) if (String.fromCharCode(c).normalize("NFKC") !== String.fromCharCode(c)) changed.push(c.toString(16));
  expect(changed).toEqual([]);
  const plain = fc.string({ unit: fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), fc.constantFrom(..."azAZ09 \u3000")) });
  fc.assert(fc.property(plain, (text) => normalizeLabel(text) === text.normalize("NFKC").replace(/\s+/g, "")));
  expect(normalizeLabel("示例项目 12")).toBe("示例项目12");
});

test("any stored number reads as the decimal the cell shows, with hidden decimals noticed", () => {
  fc.assert(
    fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 9 }), (cents, extra) => {
      const shown = readAmount(cents / 100, "#,##0.00");
      expect(shown).toMatchObject({ kind: "amount", cents, hiddenDecimals: false });
      // A number read exactly leaves its stored decimal to be made for a message, as String(value).
      if (shown.kind === "amount" && shown.stored !== undefined) expect(shown.stored).toBe(String(cents / 100));
      const withThird = (cents * 10 + (cents < 0 ? -extra : extra)) / 1000;
      const rounded = readAmount(withThird, "#,##0.00");
      expect(rounded).toMatchObject({ kind: "amount", cents: cents + (extra >= 5 ? Math.sign(cents || 1) : 0), hiddenDecimals: extra > 0 });
    }),
  );
});
