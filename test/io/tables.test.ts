import { generateGrids } from "../../src/generation/generate";
import { cellAddress, TableGrid } from "../../src/generation/grid";
import { reportWorkbookBuffer } from "../../src/hosts/xlsx/reportWorkbook";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { compareModels, percentOf } from "../../src/io/compare";
import { comparisonJson, comparisonTable } from "../../src/io/comparisonTable";
import { importTables } from "../../src/io/importTables";
import { statements } from "../../src/io/statements";
import { tableModelToGrids } from "../../src/io/tableGrids";
import { TableModel, tableModelFromJson, tableModelToJson } from "../../src/io/tableModel";
import { toDisplayCents } from "../../src/model/money";
import type { BudgetModel } from "../../src/model/types";
import { toCsv } from "../../src/report/table";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { exampleModel, readBack } from "../fixtures/validation/workbooks";

async function imported(grids: TableGrid[], source = "book.xlsx"): Promise<TableModel> {
  const { model, findings } = importTables(await readBack(await gridsToXlsxBuffer(grids)), source);
  expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  return model;
}

/** Every figure of a table-level model as "表N!B6 → cents". */
function figureMap(model: TableModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of model.tables) for (const r of t.rows) for (const f of Object.values(r.figures)) out.set(`${t.sheet}!${f.cell}`, f.cents);
  return out;
}

describe("importing a filled workbook into a table-level model", () => {
  let grids: TableGrid[];
  let model: TableModel;
  beforeAll(async () => {
    grids = generateGrids(exampleModel(), GUANGZHOU_PACK);
    model = await imported(grids);
  });

  test("every generated figure comes back with its cell, and nothing else", () => {
    const expected = new Map<string, number>();
    for (const g of grids) {
      g.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.row && cell.column && typeof cell.value === "number") expected.set(`${g.sheetName}!${cellAddress(r, c)}`, Math.round(cell.value * 100));
        }),
      );
    }
    expect(figureMap(model)).toEqual(expected);
    expect(model.tables.map((t) => t.table)).toEqual(GUANGZHOU_PACK.tables.map((t) => t.id));
    expect(model.department).toBe("广州市政务服务数据管理局");
    const t12 = model.tables.find((t) => t.table === "表12")!;
    expect(t12.rows.some((r) => r.texts?.["绩效目标"])).toBe(true);
  });

  test("JSON form → model → .xlsx tables in the standard layout → the same figures", async () => {
    const json = JSON.parse(JSON.stringify(tableModelToJson(model)));
    expect(json.notRecoverable.length).toBeGreaterThan(0);
    const back = tableModelFromJson(json, "tables.json");
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const again = await imported(tableModelToGrids(back.model, GUANGZHOU_PACK));
    expect(figureMap(again)).toEqual(figureMap(model));
    const t12 = (m: TableModel) => m.tables.find((t) => t.table === "表12")!.rows.map((r) => r.texts);
    expect(t12(again)).toEqual(t12(model));
  });

  test("a broken JSON form is refused with the place", () => {
    const json = JSON.parse(JSON.stringify(tableModelToJson(model)));
    json.tables[1].rows[0].figures["合计"].value = "lots";
    const read = tableModelFromJson(json, "t.json");
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0].path).toBe("t.json: tables[1].rows[0].figures.合计");
    expect(tableModelFromJson({ tables: [] }, "x.json").ok).toBe(false);
  });
});

/** Last year: the example with every 公务接待费 halved and one project dropped. */
function lastYear(model: BudgetModel): BudgetModel {
  const dropped = model.projects[model.projects.length - 1].id;
  return {
    ...model,
    fiscalYear: model.fiscalYear - 1,
    expenditures: model.expenditures.filter((e) => e.project !== dropped).map((e) => (e.economic === "30217" ? { ...e, amount: Math.floor(e.amount / 2) } : e)),
  };
}

const total = (m: BudgetModel, keep: (e: BudgetModel["expenditures"][number]) => boolean) => m.expenditures.filter(keep).reduce((s, e) => s + e.amount, 0);

describe("year-over-year comparison of two workbooks", () => {
  let current: BudgetModel;
  let previous: BudgetModel;
  let figures: ReturnType<typeof compareModels>;
  beforeAll(async () => {
    current = exampleModel();
    previous = lastYear(current);
    figures = compareModels(await imported(generateGrids(current, GUANGZHOU_PACK), "2024.xlsx"), await imported(generateGrids(previous, GUANGZHOU_PACK), "2023.xlsx"));
  });

  test("the seed's own change in percent: 52,762.81 on 49,057.92 is 107.55 %", () => {
    expect(percentOf(5_276_281, 4_905_792)).toBe(10_755);
    expect(percentOf(-43_476, 655_358)).toBe(-663);
    expect(percentOf(1, 3)).toBe(3333);
  });

  test("each figure with its change, matched by table, row and column", () => {
    const spent = figures.find((f) => f.table === "表1" && f.row === "支出总计")!;
    const now = toDisplayCents(total(current, () => true), "万元");
    const before = toDisplayCents(total(previous, () => true), "万元");
    expect(spent).toMatchObject({ current: now, previous: before, change: now - before, percent: percentOf(now - before, before), status: "changed", currentCell: "表1!D35" });
    const reception = figures.find((f) => f.table === "表8" && f.row === "公务接待" && f.column === "合计")!;
    expect(reception.change).toBe(toDisplayCents(total(current, (e) => e.economic === "30217" && e.fund !== "财政专户拨款" && e.fund !== "其他资金"), "万元") - reception.previous!);
    const dropped = current.projects[current.projects.length - 1];
    const added = figures.filter((f) => f.table === "表12" && f.row.endsWith(`/p:${dropped.name}`));
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((f) => f.status === "new" && f.previous === null && f.percent === null)).toBe(true);
    expect(figures.some((f) => f.status === "unchanged")).toBe(true);
  });

  test("说明 sentences as the seed writes them", () => {
    const said = statements(figures);
    expect(said.map((s) => s.id)).toEqual(["income", "expenditure", "threePublic", "abroad", "vehicles", "vehiclePurchase", "vehicleRunning", "reception", "runningCosts"]);
    const spent = figures.find((f) => f.table === "表1" && f.row === "支出总计")!;
    const money = (c: number) => `${Math.floor(c / 100).toLocaleString("en-US")}.${String(c % 100).padStart(2, "0")}`;
    expect(said[1].text).toBe(`本部门支出预算${money(spent.current!)}万元，比上年增加${money(spent.change)}万元，增长${money(spent.percent!)}%。`);
    expect(said.find((s) => s.id === "reception")!.text).toMatch(/^公务接待费[\d,.]+万元，比上年增加[\d,.]+万元，增长[\d.]+%。$/);
    expect(said.find((s) => s.id === "abroad")!.text).toMatch(/与上年持平。$/);
  });

  test("written as CSV (UTF-8 with BOM), .xlsx and JSON", async () => {
    const said = statements(figures);
    const sources = { current: "2024.xlsx", previous: "2023.xlsx" };
    const csv = toCsv(comparisonTable(figures, said, sources));
    expect(csv.startsWith("\uFEFF表,行,行名称,列,列名称,单位,本年,本年单元格,上年,上年单元格,增减额,增减率（%）,状态\r\n")).toBe(true);
    expect(csv.split("\r\n").length).toBe(figures.length + 2);
    const sheets = await readBack(Buffer.from(await reportWorkbookBuffer([comparisonTable(figures, said, sources)])));
    expect(sheets[0].name).toBe("上年对比");
    expect(sheets[0].rows[1]?.[0]).toBe(said[0].text);
    const json = comparisonJson(figures, said, sources);
    expect(json.figures[0]).toMatchObject({ table: "表1", current: expect.any(Number) });
  });
});
