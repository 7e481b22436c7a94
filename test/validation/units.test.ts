/**
 * 部门 = Σ 单位: a multi-unit model's 部门 tables and each unit's own tables, generated,
 * written to .xlsx and read back, agree; figures planted wrong are found at their cells.
 */
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { checkUnits, UnitsResult } from "../../src/validation/units";
import type { BookInput } from "../../src/validation/unitBooks";
import { exampleModel, readBack } from "../fixtures/validation/workbooks";
import { unitBuffers, unitGrids, UnitGrids } from "../fixtures/validation/unitWorkbooks";

async function check(grids: UnitGrids, unreadable?: string): Promise<UnitsResult> {
  const files = await unitBuffers(grids);
  const department: BookInput = { file: "部门.xlsx", sheets: await readBack(files.department) };
  const units = await Promise.all(
    files.units.map(async (u): Promise<BookInput> => (u.file === unreadable ? { file: u.file, error: { zh: "不是 xlsx 文件", en: "not an xlsx file" } } : { file: u.file, sheets: await readBack(u.buffer) })),
  );
  return checkUnits(department, units);
}

const notInfo = (r: UnitsResult) => r.findings.filter((f) => f.severity !== "info");

test("a generated 部门 equals the sum of its generated units, with nothing but rounding tails", async () => {
  const result = await check(unitGrids(exampleModel(), GUANGZHOU_PACK));
  expect(notInfo(result).map((f) => f.message.zh)).toEqual([]);
  expect(result.summary.identitiesChecked).toBeGreaterThan(1000);
  expect(result.summary.identitiesNotCheckable).toBe(0);
  expect(result.summary.units.map((u) => u.name)).toEqual(exampleModel().units.map((u) => u.name));
  const tail = result.findings.find((f) => f.rule === "units.sum");
  if (tail) expect(tail.severity).toBe("info");
});
