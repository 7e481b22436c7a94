import ExcelJS from "exceljs";
import { addMingxiSheet } from "../../src/hosts/xlsx/mingxiSheet";
import { workbookToSheets } from "../../src/hosts/xlsx/readWorkbook";
import { newWorkbook } from "../../src/hosts/xlsx/writeWorkbook";
import { loadModel } from "../../src/model/load";
import { ITEM_COLUMNS, mingxiToModel, modelToMingxi, SheetValue, sheetValueRows } from "../../src/model/mingxi";
import { modelToJson } from "../../src/model/toJson";
import { BudgetModel, formatProblem } from "../../src/model/types";
import { smallModelJson } from "../fixtures/smallModel";

function smallModel(): BudgetModel {
  const r = loadModel(smallModelJson());
  if (!r.ok) throw new Error("fixture does not load");
  return r.model;
}

async function throughXlsx(rows: SheetValue[][]): Promise<SheetValue[][]> {
  const workbook = newWorkbook();
  addMingxiSheet(workbook, rows);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await workbook.xlsx.writeBuffer());
  return sheetValueRows(workbookToSheets(back).find((sheet) => sheet.name === "明细")!);
}

const problemsOf = (rows: SheetValue[][]) => {
  const r = mingxiToModel(rows);
  if (r.ok) throw new Error("expected problems");
  return r.problems.map((p) => formatProblem(p, "en"));
};

describe("the 明细 sheet", () => {
  test("JSON → 明细 → JSON is lossless, through a real .xlsx file", async () => {
    const model = smallModel();
    const rows = await throughXlsx(modelToMingxi(model));
    const back = mingxiToModel(rows);
    if (!back.ok) throw new Error(back.problems.map((p) => formatProblem(p, "en")).join("\n"));
    expect(modelToJson(back.model)).toEqual(modelToJson(model));
  });

  test("one row per line item, under Chinese headers", () => {
    const rows = modelToMingxi(smallModel());
    const header = rows.findIndex((r) => r[0] === "收支");
    expect(rows[header]).toEqual(ITEM_COLUMNS.map((c) => c.header));
    const items = rows.slice(header + 1);
    expect(items).toHaveLength(8);
    expect(items[3]).toEqual(["支出", "jbj", "测试局本级", "2010301", "行政运行", "30101", "基本工资", "基本支出", "一般公共预算", null, null, 1000000.5]);
  });

  test("rows typed by hand may name units and projects instead of giving their codes", () => {
    const rows = modelToMingxi(smallModel());
    const header = rows.findIndex((r) => r[0] === "收支");
    const typed = rows.map((r, i) => (i > header ? r.map((v, c) => (c === 1 || c === 9 ? null : v)) : r));
    const back = mingxiToModel(typed);
    if (!back.ok) throw new Error(back.problems.map((p) => formatProblem(p, "en")).join("\n"));
    expect(modelToJson(back.model)).toEqual(modelToJson(smallModel()));
  });

  test("bad rows are reported at their cells, all at once", () => {
    const rows = modelToMingxi(smallModel());
    const header = rows.findIndex((r) => r[0] === "收支");
    const bad = rows.map((r) => [...r]);
    bad[header + 4][5] = "3010"; // economic code too short
    bad[header + 5][11] = "五十万"; // text where an amount belongs
    bad[header + 6][0] = "支付"; // neither 收入 nor 支出
    bad[header + 1][7] = "基本支出"; // a 收入 row with an expenditure kind
    const problems = problemsOf(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        `明细!F${header + 5}: "3010" is not a 5-digit economic code (经济分类 款)`,
        `明细!L${header + 6}: "五十万" is not a decimal amount`,
        `明细!A${header + 7}: expected 收入 or 支出, found “支付”`,
        `明细!H${header + 2}: a 收入 row leaves this column empty`,
      ]),
    );
  });

  test("a sheet without the item header says so", () => {
    expect(problemsOf([["部门", "x"]])).toEqual([expect.stringMatching(/^明细: no line-item header row was found \(a row naming at least 金额 and 功能科目编码 or 收支/)]);
  });
});
