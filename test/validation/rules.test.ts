/** The rule catalogue is complete, documented, and covers every identity the validator builds. */
import fs from "node:fs";
import path from "node:path";
import { GUANGZHOU_PACK } from "../../src/tables/guangzhou";
import { RULES } from "../../src/validation/rules";

test("every rule has a description in both languages", () => {
  for (const [id, rule] of Object.entries(RULES)) {
    expect([id, rule.zh.length > 0, rule.en.length > 0]).toEqual([id, true, true]);
  }
});

test("every within-table rule id the definitions imply exists", () => {
  const kinds = { codeHierarchy: ["hierarchy", "columns"], unitBreakdown: ["hierarchy", "columns"], fixed: ["hierarchy", "columns"], twoSided: ["totals", "balance"] };
  for (const def of GUANGZHOU_PACK.tables) {
    const n = def.id.replace("表", "T");
    const expected = kinds[def.rows.type].filter((k) => k !== "columns" || def.columns.some((c) => c.sumOf));
    expected.forEach((k) => expect(Object.keys(RULES)).toContain(`${n}.${k}`));
  }
});

test("docs/validation.md lists every rule", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/validation.md"), "utf8");
  expect(Object.keys(RULES).filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
});
