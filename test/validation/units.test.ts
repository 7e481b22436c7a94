/**
 * 部门 = Σ 单位: a multi-unit model's 部门 tables and each unit's own tables, generated,
 * written to .xlsx and read back, agree; figures planted wrong are found at their cells.
 */
import { cellAddress, TableGrid } from "../../src/generation/grid";
import { generateGrids } from "../../src/generation/generate";
import { unitModel } from "../../src/model/unitModel";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { SHANGHAI_DISTRICT_UNIT_PACK } from "../../src/packs/shanghai";
import { checkUnits, UnitsResult } from "../../src/validation/units";
import type { BookInput } from "../../src/validation/unitBooks";
import { exampleModel, readBack, removeRow } from "../fixtures/validation/workbooks";
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

/** The figure cell of a grid at a row and column key, as [row, column]. */
function figureAt(grid: TableGrid, row: string, column: string): [number, number] {
  for (let r = 0; r < grid.cells.length; r++) {
    const c = grid.cells[r].findIndex((cell) => cell?.row === row && cell.column === column);
    if (c >= 0) return [r, c];
  }
  throw new Error(`${grid.table} has no figure ${row}·${column}`);
}

const tableOf = (grids: TableGrid[], table: string) => grids.find((g) => g.table === table)!;

/** Adds `delta` to a figure, as a typing slip would. */
function plant(grid: TableGrid, row: string, column: string, delta: number): string {
  const [r, c] = figureAt(grid, row, column);
  const cell = grid.cells[r][c]!;
  cell.value = Math.round(((cell.value as number) + delta) * 100) / 100;
  return cellAddress(r, c);
}

/** The first 项 row of a table that exactly one unit prints, with that unit's index. */
function rowOfOneUnit(grids: UnitGrids, table: string): { row: string; unit: number } {
  const keys = (g: TableGrid) => new Set(g.cells.flatMap((cells) => cells.flatMap((c) => (c?.row?.length === 9 && c.row.startsWith("f:") ? [c.row] : []))));
  const perUnit = grids.units.map((u) => keys(tableOf(u.grids, table)));
  for (const row of keys(tableOf(grids.department, table))) {
    const holders = perUnit.flatMap((k, i) => (k.has(row) ? [i] : []));
    if (holders.length === 1) return { row, unit: holders[0] };
  }
  throw new Error(`no 项 of ${table} belongs to one unit`);
}

const errors = (r: UnitsResult) => r.findings.filter((f) => f.severity === "error");

test("a wrong figure in a unit is found at the 部门's cell, naming the unit's file and cell, with the numbers", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const { row, unit } = rowOfOneUnit(grids, "表3");
  const unitCell = plant(tableOf(grids.units[unit].grids, "表3"), row, "基本支出", 12.34);
  const [found] = errors(await check(grids));
  const deptCell = cellAddress(...figureAt(tableOf(grids.department, "表3"), row, "基本支出"));
  expect(found).toMatchObject({ rule: "units.sum", file: "部门.xlsx", table: "表3", sheet: "表3", cell: deptCell, related: [`[单位${unit}.xlsx]表3!${unitCell}`], difference: -12.34, tolerance: 0.01 });
  expect(found.expected! - found.actual!).toBeCloseTo(12.34);
  expect(found.message.zh).toContain(`单位${unit}.xlsx]表3!${unitCell}`);
  expect(found.message.zh).toContain("差 12.34");
  expect(errors(await check(grids)).length).toBe(1);
});

test("a wrong figure in the 部门 is found at its cell", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const cell = plant(tableOf(grids.department, "表11"), "合计", "一般公共预算", -100);
  const found = errors(await check(grids));
  expect(found.map((f) => [f.rule, f.file, f.table, f.cell, f.difference])).toEqual([["units.sum", "部门.xlsx", "表11", cell, -100]]);
  expect(found[0].related.length).toBe(4);
});

test("表11's unit rows are checked against each unit's own 表11", async () => {
  const model = exampleModel();
  const grids = unitGrids(model, GUANGZHOU_PACK);
  const unitCell = plant(tableOf(grids.units[2].grids, "表11"), `u:${model.units[2].id}/e:302`, "总计", 0.5);
  const [found, ...rest] = errors(await check(grids));
  expect(rest).toEqual([]);
  const row = `u:${model.units[2].name}/e:302`;
  expect(found).toMatchObject({ rule: "units.sum", table: "表11", row, column: "总计", related: [`[单位2.xlsx]表11!${unitCell}`], difference: -0.5 });
});

/** The grids with one table's row (the row holding that figure) removed. */
function withoutRow(grids: TableGrid[], table: string, row: string): TableGrid[] {
  return grids.map((g) => (g.table === table ? removeRow(g, figureAt(g, row, "合计")[0]) : g));
}

test("a row no unit prints is found at the 部门's cell, and one the 部门 does not print at the unit's", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const { row, unit } = rowOfOneUnit(grids, "表3");
  const deptCell = cellAddress(...figureAt(tableOf(grids.department, "表3"), row, "合计"));
  const unitCell = cellAddress(...figureAt(tableOf(grids.units[unit].grids, "表3"), row, "合计"));
  const withoutUnitRow = { ...grids, units: grids.units.map((u, i) => (i === unit ? { ...u, grids: withoutRow(u.grids, "表3", row) } : u)) };
  const [missingInUnits, ...rest] = errors(await check(withoutUnitRow));
  expect(rest).toEqual([]);
  expect(missingInUnits).toMatchObject({ rule: "units.row", file: "部门.xlsx", table: "表3", cell: deptCell, expected: 0 });
  expect(missingInUnits.actual).toBeGreaterThan(0);
  expect(missingInUnits.message.zh).toContain("没有一个单位的表3列示这一行");

  const [missingInDept, ...others] = errors(await check({ ...grids, department: withoutRow(grids.department, "表3", row) }));
  expect(others).toEqual([]);
  expect(missingInDept).toMatchObject({ rule: "units.row", file: `单位${unit}.xlsx`, table: "表3", cell: unitCell, actual: 0, expected: missingInUnits.actual });
  expect(missingInDept.message.zh).toContain("但部门的表3没有这一行");
});

test("an unreadable unit workbook is one warning, and every table it feeds is not checkable rather than wrong", async () => {
  const result = await check(unitGrids(exampleModel(), GUANGZHOU_PACK), "单位1.xlsx");
  expect(errors(result)).toEqual([]);
  const unreadable = result.findings.filter((f) => f.rule === "units.unreadable");
  expect(unreadable.map((f) => [f.file, f.severity, f.message.zh])).toEqual([["单位1.xlsx", "warning", "单位工作簿 单位1.xlsx 无法读取（不是 xlsx 文件），它参与的各表合计无法核对"]]);
  const unchecked = result.findings.filter((f) => f.rule === "identity.notCheckable");
  expect(unchecked.map((f) => f.table)).toEqual(GUANGZHOU_PACK.tables.map((t) => t.id));
  expect(unchecked.every((f) => f.file === "部门.xlsx" && f.identityRule === "units.sum" && f.message.zh.includes("单位1.xlsx"))).toBe(true);
  expect(result.summary.identitiesChecked).toBe(0);
  expect(result.summary.identitiesNotCheckable).toBeGreaterThan(1000);
});

test("a table missing from a unit's workbook is one finding there, and that table alone is not checkable", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  grids.units[3].grids = grids.units[3].grids.filter((g) => g.table !== "表5");
  const result = await check(grids);
  expect(errors(result).map((f) => [f.rule, f.file, f.table])).toEqual([["table.missing", "单位3.xlsx", "表5"]]);
  const unchecked = result.findings.filter((f) => f.rule === "identity.notCheckable");
  expect(unchecked.map((f) => [f.file, f.table])).toEqual([["部门.xlsx", "表5"]]);
  expect(unchecked[0].message.zh).toContain("没有可读的表5");
});

test("a figure off by a rounding tail is a note, not an error", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const { row, unit } = rowOfOneUnit(grids, "表5");
  const before = await check(grids);
  const deptCell = cellAddress(...figureAt(tableOf(grids.department, "表5"), row, "小计"));
  expect(before.findings.filter((f) => f.cell === deptCell && f.table === "表5")).toEqual([]);
  plant(tableOf(grids.units[unit].grids, "表5"), row, "小计", 0.01);
  const after = await check(grids);
  expect(errors(after)).toEqual([]);
  const tail = after.findings.filter((f) => f.table === "表5" && f.cell === deptCell);
  expect(tail.map((f) => [f.rule, f.severity, f.difference, f.tolerance])).toEqual([["units.sum", "info", -0.01, 0.01]]);
});

test("a unit laid out in another family's tables is one warning, its sums not checkable", async () => {
  const model = exampleModel();
  const grids = unitGrids(model, GUANGZHOU_PACK);
  grids.units[1].grids = generateGrids({ ...unitModel(model, model.units[1].id)!, department: "上海市普陀区测试中心" }, SHANGHAI_DISTRICT_UNIT_PACK);
  const result = await check(grids);
  expect(errors(result)).toEqual([]);
  expect(result.findings.filter((f) => f.rule === "units.layout").map((f) => [f.file, f.severity])).toEqual([["单位1.xlsx", "warning"]]);
  expect(result.findings.filter((f) => f.rule === "identity.notCheckable").length).toBe(GUANGZHOU_PACK.tables.length);
});

test("a unit's row the reader cannot place leaves the 部门's rows it may be not checkable, not wrong", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const { row, unit } = rowOfOneUnit(grids, "表3");
  const unitGrid = tableOf(grids.units[unit].grids, "表3");
  const [r] = figureAt(unitGrid, row, "合计");
  unitGrid.cells[r][0]!.value = `${row.slice(2, 5)}O${row.slice(6)}`;
  const result = await check(grids);
  expect(errors(result).map((f) => [f.rule, f.file, f.table])).toEqual([["code.malformed", `单位${unit}.xlsx`, "表3"]]);
  const unchecked = result.findings.filter((f) => f.rule === "identity.notCheckable" && f.identityRule === "units.sum");
  // Any row of the 部门 this unit does not print may be the unplaced one.
  expect(unchecked.map((f) => [f.file, f.row])).toContainEqual(["部门.xlsx", row]);
  expect(unchecked.every((f) => f.file === "部门.xlsx" && f.table === "表3" && f.message.zh.includes("格式不对"))).toBe(true);
});

test("a row a unit prints twice with different figures makes that row's sum not checkable", async () => {
  const grids = unitGrids(exampleModel(), GUANGZHOU_PACK);
  const { row, unit } = rowOfOneUnit(grids, "表3");
  const unitTables = grids.units[unit].grids;
  const i = unitTables.findIndex((g) => g.table === "表3");
  const [r] = figureAt(unitTables[i], row, "合计");
  unitTables[i] = repeatRow(unitTables[i], r);
  plant(unitTables[i], row, "合计", 1);
  const result = await check(grids);
  expect(errors(result).map((f) => [f.rule, f.file])).toEqual([["row.duplicate", `单位${unit}.xlsx`]]);
  const unchecked = result.findings.filter((f) => f.rule === "identity.notCheckable" && f.row === row);
  expect(unchecked.map((f) => [f.file, f.table])).toEqual([["部门.xlsx", "表3"]]);
});

/** The grid with row r printed again just below it (its cells copied). */
function repeatRow(grid: TableGrid, r: number): TableGrid {
  const copy = grid.cells[r].map((c) => (c ? { ...c } : null));
  const shift = (n: number) => (n > r ? n + 1 : n);
  return {
    ...grid,
    cells: [...grid.cells.slice(0, r + 1), copy, ...grid.cells.slice(r + 1)],
    rowHeights: [...grid.rowHeights.slice(0, r + 1), grid.rowHeights[r], ...grid.rowHeights.slice(r + 1)],
    merges: grid.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    bodyRows: { first: grid.bodyRows.first, last: grid.bodyRows.last + 1 },
  };
}
