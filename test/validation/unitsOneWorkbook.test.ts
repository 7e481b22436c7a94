/**
 * One workbook holding a 部门's tables and its units': split by the 单位名称 above each table,
 * whether each unit has sheets of its own or the copies stand one below another in one sheet.
 */
import type { TableGrid } from "../../src/generation/grid";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { SheetCells } from "../../src/reading/sheetCells";
import { booksIn } from "../../src/validation/unitBooks";
import { checkUnits } from "../../src/validation/units";
import { unitBuffers, unitGrids } from "../fixtures/validation/unitWorkbooks";
import { exampleModel, readBack } from "../fixtures/validation/workbooks";

const renamed = (grids: TableGrid[], prefix: string) => grids.map((g) => ({ ...g, sheetName: `${prefix}${g.sheetName}` }));

test("sheets per unit in one workbook: split by 单位名称, the 部门 first, and they add up", async () => {
  const model = exampleModel();
  const grids = unitGrids(model, GUANGZHOU_PACK);
  const all = [...grids.department, ...grids.units.flatMap((u, i) => renamed(u.grids, `单位${i}`))];
  const books = booksIn("all.xlsx", await readBack(await gridsToXlsxBuffer(all)));
  expect(books.length).toBe(1 + model.units.length);
  const [department, ...units] = books;
  const { summary, findings } = checkUnits(department, units);
  expect(summary.department.name).toBe(model.department);
  expect(summary.units.map((u) => u.name)).toEqual(model.units.map((u) => u.name));
  expect(findings.filter((f) => f.severity !== "info").map((f) => f.message.zh)).toEqual([]);
  expect(summary.identitiesChecked).toBeGreaterThan(1000);
  const tail = findings.find((f) => f.rule === "units.sum")!;
  expect(tail.related).toEqual(model.units.map((_, i) => `单位${i}${tail.sheet}!${tail.cell}`));
});

/** Each table's sheets of several workbooks stacked in one sheet, a blank row between copies. */
function stacked(books: SheetCells[][]): SheetCells[] {
  return books[0].map((first, t) => {
    const sheet: SheetCells = { name: first.name, rows: [], merges: [], numberFormats: [] };
    for (const book of books) {
      const part = book[t];
      const offset = sheet.rows.length;
      part.rows.forEach((row, r) => (sheet.rows[offset + r] = row));
      part.numberFormats?.forEach((f, r) => (sheet.numberFormats![offset + r] = f));
      sheet.merges.push(...part.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
      sheet.rows.length = offset + part.rows.length + 1;
    }
    return sheet;
  });
}

test("copies of the tables one below another, each with its 单位名称: split and checked at their own rows", async () => {
  const model = exampleModel();
  const grids = unitGrids(model, GUANGZHOU_PACK);
  const files = await unitBuffers(grids);
  const sheets = stacked([await readBack(files.department), ...(await Promise.all(files.units.map((u) => readBack(u.buffer))))]);
  const [department, ...units] = booksIn("all.xlsx", sheets);
  expect(units.length).toBe(model.units.length);
  const { summary, findings } = checkUnits(department, units);
  expect(summary.units.map((u) => u.name)).toEqual(model.units.map((u) => u.name));
  expect(findings.filter((f) => f.severity !== "info").map((f) => f.message.zh)).toEqual([]);
  // The 部门's 表3 合计 is in its own rows; the last unit's copy far below it.
  const tail = findings.find((f) => f.table === "表3" && f.rule === "units.sum")!;
  const rowOf = (address: string) => Number(/\d+$/.exec(address)![0]);
  expect(rowOf(tail.related[tail.related.length - 1])).toBeGreaterThan(rowOf(tail.cell) + 10);
});
