import ExcelJS from "exceljs";
import { generateGrids } from "../../src/generation/generate";
import { addGridsToWorkbook, gridsToXlsxBuffer, newWorkbook } from "../../src/hosts/xlsx/writeWorkbook";
import { loadModel } from "../../src/model/load";
import type { BudgetModel } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { smallModelJson } from "../fixtures/smallModel";

function smallModel(): BudgetModel {
  const r = loadModel(smallModelJson());
  if (!r.ok) throw new Error("fixture does not load");
  return r.model;
}

async function writtenAndReadBack(model: BudgetModel): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await gridsToXlsxBuffer(generateGrids(model, GUANGZHOU_PACK))) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("the .xlsx host", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = await writtenAndReadBack(smallModel());
  });

  test("one sheet per table, named 表1 … 表12, in order", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11", "表12"]);
  });

  test("title block: 表N, merged title, 单位名称 and 单位：万元", () => {
    const s = book.getWorksheet("表3")!;
    expect(s.getCell("A1").value).toBe("表3");
    expect(s.getCell("A2").value).toBe("支出总体情况表");
    expect(s.getCell("A2").isMerged && s.getCell("I2").master.address).toBe("A2");
    expect(s.getCell("A3").value).toBe("单位名称：测试局");
    expect(s.getCell("I3").value).toBe("单位：万元");
  });

  test("multi-row merged headers", () => {
    const s = book.getWorksheet("表2")!;
    expect(s.getCell("A4").value).toBe("功能分类科目");
    expect(s.getCell("B4").master.address).toBe("A4");
    expect(s.getCell("A5").value).toBe("科目编码");
    expect(s.getCell("C4").value).toBe("合计");
    expect(s.getCell("C5").master.address).toBe("C4");
    expect(s.getCell("D4").value).toBe("财政拨款收入");
    expect(s.getCell("F4").master.address).toBe("D4");
    expect(s.getCell("D5").value).toBe("一般公共预算");
    expect(s.getCell("G4").value).toBe("财政专户拨款收入");
  });

  test("figures are numbers in 万元 rounded to 0.01 with #,##0.00, labels indented with U+3000", () => {
    const s = book.getWorksheet("表3")!;
    expect(s.getCell("A6").value).toBe("合计");
    expect(s.getCell("C6").value).toBe(250.0);
    expect(s.getCell("C6").numFmt).toBe("#,##0.00");
    expect(s.getCell("A8").value).toBe("20103");
    expect(s.getCell("B8").value).toBe("\u3000政府办公厅（室）及相关机构事务");
    expect(s.getCell("B9").value).toBe("\u3000\u3000行政运行");
    expect(s.getCell("C9").value).toBe(150); // 1,500,000.50 元
    const t5 = book.getWorksheet("表5")!;
    expect(t5.getCell("A7").value).toBe("[201]一般公共服务支出");
  });

  test("text that looks like a formula stays text", () => {
    const s = book.getWorksheet("表12")!;
    const cells: ExcelJS.Cell[] = [];
    s.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const names = cells.filter((c) => typeof c.value === "string" && /^[\u3000]*[=+\-@]/.test(c.value as string));
    expect(names.map((c) => c.value)).toEqual(expect.arrayContaining(["\u3000\u3000=SUM(A1)信息化项目", "+完成系统建设。", "\u3000\u3000@运维项目", "-保障运行。"]));
    expect(cells.every((c) => c.type !== ExcelJS.ValueType.Formula)).toBe(true);
  });

  test("frozen header rows and print setup: A4 landscape, one page wide, repeated headers, page numbers", () => {
    const s = book.getWorksheet("表2")!;
    expect(s.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "4:5" });
    expect(s.headerFooter.oddFooter).toContain("&P");
    expect(s.getColumn(2).width).toBe(36);
  });

  test("the 注 line closes each table; an empty table says 本表本年无发生额", () => {
    const t1 = book.getWorksheet("表1")!;
    expect(t1.getCell(`A${t1.rowCount}`).value).toBe("注：第一行。\n\u3000\u3000第二行。");
    const t10 = book.getWorksheet("表10")!;
    expect(t10.getCell(`A${t10.rowCount}`).value).toBe("注：本表本年无发生额。");
    expect(t10.getCell("C6").value).toBe(0);
  });

  test("never replaces a sheet the workbook already has", () => {
    const workbook = newWorkbook();
    workbook.addWorksheet("表3").getCell("A1").value = "mine";
    expect(() => addGridsToWorkbook(workbook, generateGrids(smallModel(), GUANGZHOU_PACK))).toThrow(/表3/);
    expect(workbook.getWorksheet("表3")!.getCell("A1").value).toBe("mine");
  });

  test("元 as the display unit", async () => {
    const model = { ...smallModel(), displayUnit: "元" as const };
    const s = (await writtenAndReadBack(model)).getWorksheet("表3")!;
    expect(s.getCell("I3").value).toBe("单位：元");
    expect(s.getCell("C9").value).toBe(1500000.5);
  });
});
