import example from "../../examples/guangzhou-2024.json";
import { generateGrids } from "../../src/generation/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { writeGrids } from "../../src/hosts/office/writeGrids";
import { compareYears } from "../../src/io/comparisonTable";
import { tableModelJsonText } from "../../src/io/tableModel";
import { loadModel } from "../../src/model/load";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { stringsFor } from "../../src/taskpane/i18n";
import { openWorkbookTables, pickedTables, tablesFile, writeComparisonSheet } from "../../src/taskpane/tableActions";
import { createFakeOffice, FakeOffice } from "./fakeExcel";

const { t } = stringsFor("zh-CN");

function office(): FakeOffice {
  const fake = createFakeOffice({ apiVersion: 18 });
  Object.assign(globalThis, { Excel: fake.Excel });
  return fake;
}
const features = (fake: FakeOffice) => detectFeatures(fake.Office.context.requirements.isSetSupported);

async function withExample(): Promise<FakeOffice> {
  const loaded = loadModel(example);
  if (!loaded.ok) throw new Error("example model does not load");
  const fake = office();
  await fake.Excel.run((context) => writeGrids(context, generateGrids(loaded.model, GUANGZHOU_PACK), { features: features(fake) }));
  return fake;
}

describe("导出表格数据 and 与上年对比 in Excel (the test host)", () => {
  test("the open workbook's tables, as the JSON the CLI writes, and read back from a picked tables.json", async () => {
    const fake = await withExample();
    const read = await openWorkbookTables(GUANGZHOU_PACK, features(fake), t, "zh");
    expect(read.readingErrors).toEqual([]);
    expect(read.model.tables.length).toBe(12);
    const file = tablesFile(read.model);
    expect(file.data).toBe(tableModelJsonText(read.model));
    const back = await pickedTables(new File([file.data as string], "表格数据.json"), GUANGZHOU_PACK, t, "zh");
    expect(back.model).toEqual(read.model);
  });

  test("where downloads do not work, the comparison goes into a sheet, beside an earlier one", async () => {
    const fake = await withExample();
    const read = await openWorkbookTables(GUANGZHOU_PACK, features(fake), t, "zh");
    const comparison = compareYears(read.model, read.model, { current: "当前工作簿", previous: "2023.xlsx" });
    expect(await writeComparisonSheet(comparison, features(fake))).toBe("上年对比");
    expect(await writeComparisonSheet(comparison, features(fake))).toBe("上年对比 (2)");
    const rows = fake.state.sheets.find((s) => s.name === "上年对比")!.rows.map((r) => r?.map((c) => c?.value));
    expect(rows[1]?.[0]).toBe("本部门收入预算101,820.73万元，与上年持平。");
    const income = rows.find((r) => r?.[0] === "表1" && r[1] === "收入总计" && r[3] === "income")!;
    expect([income[6], income[8], income[10], income[12]]).toEqual([101820.73, 101820.73, 0, "持平"]);
  });

  test("bad input: no tables, a file of another kind, a broken tables.json, an unreadable .xlsx, each with what to do", async () => {
    const fake = office();
    await expect(openWorkbookTables(GUANGZHOU_PACK, features(fake), t, "zh")).rejects.toThrow(/^当前工作簿中没有找到“.+”的任何一张表（表1–表12）。请先生成表格/);
    await expect(openWorkbookTables(undefined, features(fake), t, "zh")).rejects.toThrow(/^当前工作簿中的表与任何内置模板包都不够吻合/);
    await expect(pickedTables(undefined, GUANGZHOU_PACK, t, "zh")).rejects.toThrow(t.pickPrevious);
    await expect(pickedTables(new File(["x"], "2023.xls"), GUANGZHOU_PACK, t, "zh")).rejects.toThrow(/^2023\.xls：只能读取 \.xlsx 工作簿、PDF 或 \.json 表格数据/);
    await expect(pickedTables(new File(["not a pdf"], "2023.pdf"), GUANGZHOU_PACK, t, "zh")).rejects.toThrow(/^2023\.pdf：不是 PDF 文件$/);
    await expect(pickedTables(new File(["not a pdf"], "2023.pdf"), GUANGZHOU_PACK, stringsFor("en-US").t, "en")).rejects.toThrow(/^2023\.pdf is not a PDF file$/);
    const broken = new File([JSON.stringify({ format: "budget-tables/tables", formatVersion: 1, tables: [{ table: "表1", title: "收支总体情况表", sheet: "表1", displayUnit: "万元", columns: [], rows: [{ key: "合计", name: "合计", level: 0, total: true, cell: "A6", figures: { income: { value: "多" } } }] }] })], "t.json");
    await expect(pickedTables(broken, GUANGZHOU_PACK, t, "zh")).rejects.toThrow(/不是“导出表格数据”生成的文件（1 处问题）[\s\S]*t\.json: tables\[0\]\.rows\[0\]\.figures\.income: 应为 \{value: 不超过 2 位小数的数/);
    await expect(pickedTables(new File(["not a zip"], "2023.xlsx"), GUANGZHOU_PACK, t, "zh")).rejects.toThrow(/^无法读取 2023\.xlsx：它不是有效的 \.xlsx 工作簿[\s\S]*另存为/);
  });
});
