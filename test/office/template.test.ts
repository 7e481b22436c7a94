import { detectFeatures } from "../../src/hosts/office/features";
import { clearFlags } from "../../src/hosts/office/flags";
import { readSheets } from "../../src/hosts/office/readSheets";
import { SheetsExistError } from "../../src/hosts/office/writeGrids";
import { MINGXI_SHEET, readMingxi, SheetValue } from "../../src/model/mingxi";
import { VALIDATED_ITEM_ROWS } from "../../src/model/mingxiTemplate";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { flagProblems, insertTemplate } from "../../src/taskpane/dataActions";
import { createFakeOffice, FakeOffice } from "./fakeExcel";

const progress = () => undefined;

function office(apiVersion: number, sheets?: string[]): FakeOffice {
  const fake = createFakeOffice({ apiVersion, sheets });
  Object.assign(globalThis, { Excel: fake.Excel });
  return fake;
}
const features = (fake: FakeOffice) => detectFeatures(fake.Office.context.requirements.isSetSupported);
const mingxi = (fake: FakeOffice, name = MINGXI_SHEET) => fake.state.sheets.find((s) => s.name === name)!;

describe("插入空白模板 in Excel (the test host)", () => {
  test("blank tables and a 明细 sheet with data validation, in few round trips", async () => {
    const fake = office(18);
    const result = await insertTemplate(GUANGZHOU_PACK, features(fake), undefined, progress, "");
    expect(result.validated).toBe(true);
    expect(result.sheetNames).toEqual([...GUANGZHOU_PACK.tables.map((t) => t.sheetName), MINGXI_SHEET]);
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    const sheet = mingxi(fake);
    const header = sheet.rows.findIndex((r) => r?.[0]?.value === "收支");
    const first = header + 3;
    const last = first + VALIDATED_ITEM_ROWS - 1;
    expect(sheet.validations.get(`A${first}:A${last}`)?.rule).toEqual({ list: { inCellDropDown: true, source: "收入,支出" } });
    expect(sheet.validations.get(`C${first}:C${last}`)?.rule).toEqual({ list: { inCellDropDown: true, source: "=$C$4:$C$13" } });
    expect(sheet.validations.get(`D${first}:D${last}`)?.rule).toEqual({ custom: { formula: expect.stringMatching(new RegExp(`^=AND\\(LEN\\(D${first}\\)=7,`)) } });
    expect(sheet.validations.get(`L${first}:L${last}`)?.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(sheet.rows[first]?.[3]?.numberFormat).toBe("@");
    // The sheet reads back as a 明细 sheet still to be filled in.
    const [cells] = await fake.Excel.run((context) => readSheets(context, { features: features(fake), include: (n) => n === MINGXI_SHEET }));
    const read = readMingxi(cells.rows.map((r) => (r ?? []) as SheetValue[]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual(["明细!B1", "明细!B2"]);
  });

  test("an existing 明细 is never overwritten: the pane asks, then writes beside it", async () => {
    const fake = office(18, ["Sheet1", MINGXI_SHEET]);
    await expect(insertTemplate(GUANGZHOU_PACK, features(fake), undefined, progress, "")).rejects.toBeInstanceOf(SheetsExistError);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", MINGXI_SHEET]);
    const result = await insertTemplate(GUANGZHOU_PACK, features(fake), "beside", progress, "");
    expect(result.sheetNames[12]).toBe(`${MINGXI_SHEET} (2)`);
    expect(mingxi(fake, `${MINGXI_SHEET} (2)`).validations.size).toBeGreaterThan(0);
  });

  test("below ExcelApi 1.8 the sheet is written without data validation", async () => {
    const fake = office(7);
    const result = await insertTemplate(GUANGZHOU_PACK, features(fake), undefined, progress, "");
    expect(result.validated).toBe(false);
    expect(mingxi(fake).validations.size).toBe(0);
  });

  test("bad 明细 rows are flagged with their reasons and clear like validation flags", async () => {
    const fake = office(18);
    await insertTemplate(GUANGZHOU_PACK, features(fake), undefined, progress, "");
    const before = JSON.stringify(mingxi(fake).rows);
    const problems = [
      { path: "明细!F24", message: '"3010" is not a 5-digit economic code', zh: "“3010”不是 5 位经济分类（款）编码" },
      { path: "明细 (department)", message: "is missing", zh: "缺少此项" },
    ];
    const flagged = await flagProblems(problems, features(fake), "zh");
    expect(flagged).toBe(1);
    expect(mingxi(fake).notes.get("F24")).toBe("“3010”不是 5 位经济分类（款）编码");
    expect(mingxi(fake).rows[23]?.[5]?.fill?.color).toBe("#FFC7CE");
    await fake.Excel.run((context) => clearFlags(context, features(fake)));
    expect(mingxi(fake).notes.size).toBe(0);
    expect(JSON.stringify(mingxi(fake).rows)).toBe(before);
  });
});
