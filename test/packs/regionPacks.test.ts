/**
 * The Jiangsu and Shenzhen packs: the bundled example generates their tables, which survive
 * .xlsx and read back clean (0 errors, 0 warnings), and are recognised without --pack.
 */
import { generateGrids } from "../../src/generation/generate";
import { checkPack } from "../../src/packs/check";
import { BUILT_IN_PACKS } from "../../src/packs/builtIn";
import type { TemplatePack } from "../../src/tables/types";
import { validateSheets } from "../../src/validation/validate";
import { exampleModel, roundTrip } from "../fixtures/validation/workbooks";

const REGION_PACKS: Array<[string, TemplatePack]> = [
  ["jiangsu", BUILT_IN_PACKS.jiangsu],
  ["shenzhen", BUILT_IN_PACKS.shenzhen],
];

describe.each(REGION_PACKS)("the %s pack", (_name, pack) => {
  test("is a sound pack", () => {
    const checked = checkPack(JSON.parse(JSON.stringify(pack)));
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  test("the example generates tables that read back from .xlsx clean and are recognised without --pack", async () => {
    const sheets = await roundTrip(generateGrids(exampleModel(), pack));
    const given = validateSheets(sheets, { pack });
    expect(given.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message.en}`)).toEqual([]);
    expect(given.summary.tablesFound).toBe(pack.tables.length);
    const detected = validateSheets(sheets);
    expect(detected.summary.pack).toMatchObject({ id: pack.id, detected: true });
    expect([detected.summary.errors, detected.summary.warnings]).toEqual([0, 0]);
  });
});
