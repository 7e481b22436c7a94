/** 本表本年无发生额 goes with what a table prints: figures that all round to 0.00 print nothing. */
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import type { DisplayUnit } from "../../src/model/money";
import type { BudgetModel } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";

const onePenny = (displayUnit: DisplayUnit): BudgetModel => ({
  department: "测试部门",
  fiscalYear: 2024,
  displayUnit,
  units: [{ id: "u", name: "测试单位", kind: "行政" }],
  projects: [],
  revenues: [{ unit: "u", source: "一般公共预算", function: "2010301", amount: 1 }],
  expenditures: [{ unit: "u", function: "2010301", economic: "30101", kind: "基本支出", fund: "一般公共预算", amount: 1 }],
  notes: {},
  codeNames: { function: { "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行" }, economic: {} },
});

const noteOf = (grid: TableGrid) => grid.cells.flat().find((c) => String(c?.value ?? "").startsWith("注："))?.value;

test("0.01 元 shown in 万元 rounds to 0.00 everywhere: every table says 本表本年无发生额", () => {
  const notes = generateGrids(onePenny("万元"), GUANGZHOU_PACK).map(noteOf);
  expect(new Set(notes)).toEqual(new Set(["注：本表本年无发生额。"]));
});

test("shown in 元 the tables it reaches print 0.01 and keep their note", () => {
  const grids = generateGrids(onePenny("元"), GUANGZHOU_PACK);
  expect(noteOf(grids.find((g) => g.table === "表1")!)).toBe("注：无。");
  expect(noteOf(grids.find((g) => g.table === "表7")!)).toBe("注：本表本年无发生额。");
});
