/** Whatever the cells hold, reading and validation return findings and never throw. */
import fc from "fast-check";
import { generateGrids } from "../../src/generation/generate";
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { validateSheets } from "../../src/validation/validate";
import { smallModel } from "../fixtures/validation/smallModel";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom("合计", "总计", "科目编码", "科目名称", "预算", "项目", "注：无。", "[301]工资福利支出", "\u3000\u3000行政运行", "表6", "单位：万元", "-", "1,234.56"),
  fc.string(),
);

test("random cells", () => {
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 }), fc.constantFrom("表1", "表6", "表12", "Sheet1"), (rows, name) => {
      // Junk either matches no layout (one warning, no arithmetic) or is checked by a pack and its missing tables are errors.
      const r = validateSheets([{ name, rows, merges: [] }]);
      const unrecognised = r.findings.filter((f) => f.rule === "layout.unrecognised");
      expect(unrecognised.length === 1 ? r.findings.length : r.summary.errors > 0 ? 1 : 0).toBe(1);
    }),
    { numRuns: 200 },
  );
});

test("generated tables with random cells overwritten", () => {
  const sheets: SheetCells[] = generateGrids(smallModel(), GUANGZHOU_PACK).map((g) => ({ name: g.sheetName, rows: g.cells.map((row) => row.map((c) => c?.value ?? null)), merges: g.merges }));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(11), fc.nat(60), fc.nat(14), cell), { minLength: 1, maxLength: 20 }), (edits) => {
      const copy = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...(r ?? [])]) }));
      for (const [s, r, c, v] of edits) (copy[s].rows[r] ??= [])[c] = v;
      expect(() => validateSheets(copy)).not.toThrow();
    }),
    { numRuns: 200 },
  );
});
