/** The rule catalogue is complete, documented, and covers every identity the validator builds. */
import fs from "node:fs";
import path from "node:path";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { IDENTITY_MESSAGES, renderMessage, templatedRules } from "../../src/validation/messages";
import { GENERIC_RULES } from "../../src/validation/rules";
import { validateSheets } from "../../src/validation/validate";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { withinTableKinds, withinTableRule } from "../../src/validation/withinTable";

const allRules = { ...GENERIC_RULES, ...GUANGZHOU_PACK.rules };

test("every rule has a description in both languages", () => {
  for (const [id, rule] of Object.entries(allRules)) {
    expect([id, !!rule.zh, !!rule.en]).toEqual([id, true, true]);
  }
});

test("every within-table rule id the definitions imply exists", () => {
  for (const def of GUANGZHOU_PACK.tables) {
    withinTableKinds(def).forEach((k) => expect(Object.keys(GUANGZHOU_PACK.rules)).toContain(withinTableRule(def.id, k)));
  }
});

test("every declared identity's rule exists", () => {
  expect(GUANGZHOU_PACK.identities.map((i) => i.rule).filter((id) => !GUANGZHOU_PACK.rules[id])).toEqual([]);
});

test("docs/validation.md lists every rule", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/validation.md"), "utf8");
  expect(Object.keys(allRules).filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
});

test("every generic rule has exactly one message template (identities share theirs by verdict)", () => {
  const generic = Object.keys(GENERIC_RULES).filter((id) => id !== "identity.notCheckable" && id !== "units.sum");
  expect(templatedRules().sort()).toEqual(generic.sort());
  expect(Object.keys(IDENTITY_MESSAGES).sort()).toEqual(["inconsistent", "notCheckable", "rounding"]);
  expect(renderMessage("amount.invalid", { table: "表3", at: "D8", text: "五十万" })).toEqual({ zh: "表3 D8 应为金额，实为“五十万”", en: '表3 D8: expected an amount, found "五十万"' });
});

test("messages name a one-row header as one row, and a Shanghai title without its {year} placeholder", () => {
  expect(renderMessage("read.column", { table: "表1", first: 5, last: 5, column: "本年支出/预算数" }).zh).toBe("表1 表头（第 5 行）中找不到“本年支出/预算数”列");
  const missing = validateSheets([], { pack: SHANGHAI_PACK }).findings.filter((f) => f.rule === "table.missing");
  expect(missing.length).toBe(9);
  expect(missing.every((f) => !f.message.zh.includes("{year}") && !f.message.en.includes("{year}"))).toBe(true);
  expect(missing[0].message.zh).toBe("工作簿中找不到表1（预算单位财务收支预算总表）：既没有名为“表1”的工作表，也没有这个标题");
});
