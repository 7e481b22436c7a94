/**
 * Property: for random multi-unit models, the 部门's tables and each unit's own tables, generated,
 * written to .xlsx and read back, agree: 部门 = Σ 单位 with no error and nothing unchecked, in the
 * Guangzhou layout and in Shanghai's district 部门 and 单位 layouts.
 */
import fc from "fast-check";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { SHANGHAI_DISTRICT_DEPARTMENT_PACK, SHANGHAI_DISTRICT_UNIT_PACK } from "../../src/packs/shanghai";
import type { TemplatePack } from "../../src/tables/types";
import { checkUnits } from "../../src/validation/units";
import { randomModel } from "../fixtures/validation/randomModels";
import { unitBuffers, unitGrids } from "../fixtures/validation/unitWorkbooks";
import { readBack } from "../fixtures/validation/workbooks";

/** FC_RUNS=200 for a longer search. */
const RUNS = Number(process.env.FC_RUNS ?? 10);

const layouts: Array<[string, TemplatePack, TemplatePack]> = [
  ["Guangzhou", GUANGZHOU_PACK, GUANGZHOU_PACK],
  ["Shanghai district", SHANGHAI_DISTRICT_DEPARTMENT_PACK, SHANGHAI_DISTRICT_UNIT_PACK],
];

test.each(layouts)("%s: a 部门 always equals the sum of its units", async (_name, departmentPack, unitPack) => {
  await fc.assert(
    fc.asyncProperty(randomModel, async (model) => {
      const files = await unitBuffers(unitGrids({ ...model, department: "上海市普陀区测试局" }, departmentPack, unitPack));
      const units = await Promise.all(files.units.map(async (u) => ({ file: u.file, sheets: await readBack(u.buffer) })));
      const { summary, findings } = checkUnits({ file: "部门.xlsx", sheets: await readBack(files.department) }, units);
      expect(findings.filter((f) => f.severity !== "info").map((f) => `${f.file} ${f.message.zh}`)).toEqual([]);
      expect(summary.identitiesNotCheckable).toBe(0);
      expect(summary.identitiesChecked).toBeGreaterThan(0);
      expect(summary.pack.id).toBe(departmentPack.id);
    }),
    { numRuns: RUNS },
  );
});
