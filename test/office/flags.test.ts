import { syntheticModel } from "../../bench/syntheticModel";
import { generateGrids } from "../../src/generation/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { applyFlags, CellMark, clearFlags, FLAG_STORE_SHEET, SEVERITY_FILLS } from "../../src/hosts/office/flags";
import { parseAreas, readSheets } from "../../src/hosts/office/readSheets";
import { REPORT_SHEET, REPORT_TITLE, writeReport } from "../../src/hosts/office/reportSheet";
import { writeGrids } from "../../src/hosts/office/writeGrids";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { cellAt, CellState, createFakeOffice, FakeOffice, parseBounds, SheetState } from "./fakeExcel";

const grids = generateGrids(syntheticModel(300), GUANGZHOU_PACK);

async function officeWithTables(apiVersion: number): Promise<FakeOffice> {
  const office = createFakeOffice({ apiVersion });
  const features = detectFeatures(office.Office.context.requirements.isSetSupported);
  await office.Excel.run((context) => writeGrids(context, grids, { features }));
  return office;
}

const features = (office: FakeOffice) => detectFeatures(office.Office.context.requirements.isSetSupported);
const sheet = (office: FakeOffice, name: string) => office.state.sheets.find((s) => s.name === name)!;
const at = (s: SheetState, address: string): CellState | undefined => {
  const b = parseBounds(address);
  return cellAt(s, b.top, b.left);
};
const snapshot = (office: FakeOffice) => JSON.stringify(office.state.sheets.map((s) => [s.name, s.rows, [...s.notes]])) + JSON.stringify(office.state.comments);

const marks: CellMark[] = [
  { sheet: "表3", cell: "C6", severity: "error", text: "合计应为 1,211.00，实为 1,204.00" },
  { sheet: "表3", cell: "C6", severity: "info", text: "舍入差 0.01" },
  { sheet: "表5", cell: "D7", severity: "warning", text: "与表6不符" },
  { sheet: "表1", cell: "B5", severity: "info", text: "舍入差 0.01" },
];

describe.each([
  ["notes (ExcelApi 1.18)", 18],
  ["comments (ExcelApi 1.10)", 10],
  ["fill only (ExcelApi 1.4)", 4],
])("inline flags with %s", (_label, apiVersion) => {
  test("flags mark cells, and clearing restores exactly what was there", async () => {
    const office = await officeWithTables(apiVersion);
    // A user's own fill and note must come back untouched.
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表5").getRange("D7").format.fill.color = "#00B050";
      if (apiVersion >= 18) context.workbook.notes.add(context.workbook.worksheets.getItem("表1").getRange("B5"), "用户批注");
    });
    const before = snapshot(office);
    await office.Excel.run((context) => applyFlags(context, marks, features(office)));
    const t3 = sheet(office, "表3");
    expect(at(t3, "C6")?.fill?.color).toBe(SEVERITY_FILLS.error);
    expect(at(sheet(office, "表5"), "D7")?.fill?.color).toBe(SEVERITY_FILLS.warning);
    expect(sheet(office, FLAG_STORE_SHEET).visibility).toBe("VeryHidden");
    if (apiVersion >= 18) {
      expect(t3.notes.get("C6")).toBe("合计应为 1,211.00，实为 1,204.00\n舍入差 0.01");
      expect(sheet(office, "表1").notes.get("B5")).toBe("用户批注");
    } else if (apiVersion >= 10) {
      expect(office.state.comments.map((c) => c.address)).toEqual(["C6", "D7", "B5"]);
    }
    const syncsBefore = office.stats.syncs;
    await office.Excel.run((context) => clearFlags(context, features(office)));
    expect(office.stats.syncs - syncsBefore).toBeLessThanOrEqual(6);
    expect(snapshot(office)).toBe(before);
  });

  test("flags survive a save and reopen, then clear back", async () => {
    const office = await officeWithTables(apiVersion);
    const before = snapshot(office);
    await office.Excel.run((context) => applyFlags(context, marks, features(office)));
    // Reopening keeps only the workbook's contents: a fresh host over a copy of the state.
    const reopened = createFakeOffice({ apiVersion, sheets: [] });
    reopened.state.sheets.push(...structuredClone(office.state.sheets.map((s) => ({ ...s, changeHandlers: [] }))));
    reopened.state.comments.push(...structuredClone(office.state.comments));
    await reopened.Excel.run((context) => clearFlags(context, features(reopened)));
    expect(snapshot(reopened)).toBe(before);
  });
});

test("flagging again replaces the previous flags instead of stacking them", async () => {
  const office = await officeWithTables(18);
  const before = snapshot(office);
  await office.Excel.run((context) => applyFlags(context, marks, features(office)));
  await office.Excel.run((context) => applyFlags(context, marks.slice(2), features(office)));
  expect(at(sheet(office, "表3"), "C6")?.fill).toBeUndefined();
  expect(sheet(office, "表3").notes.size).toBe(0);
  await office.Excel.run((context) => clearFlags(context, features(office)));
  expect(snapshot(office)).toBe(before);
});

test("clearing with no flags is one sync and changes nothing", async () => {
  const office = await officeWithTables(18);
  const before = snapshot(office);
  const syncs = await office.Excel.run((context) => clearFlags(context, features(office)));
  expect(syncs).toBe(1);
  expect(snapshot(office)).toBe(before);
});

describe("reading sheets back", () => {
  test("values, number formats and merges come back as host-free cells", async () => {
    const office = await officeWithTables(18);
    const cells = await office.Excel.run((context) => readSheets(context, { features: features(office), include: (n) => n.startsWith("表") }));
    expect(cells.map((c) => c.name)).toEqual(grids.map((g) => g.sheetName));
    const t3 = cells[2];
    const grid = grids[2];
    expect(t3.rows[1]?.[0]).toBe(grid.cells[1][0]!.value);
    const body = grid.bodyRows.first;
    expect(t3.rows[body]?.[2]).toBe(grid.cells[body][2]!.value);
    expect(t3.numberFormats?.[body]?.[2]).toBe("#,##0.00");
    expect(t3.merges).toEqual(expect.arrayContaining(grid.merges));
    expect(t3.merges).toHaveLength(grid.merges.length);
  });

  test("small answers: a tight budget reads in bands that still line up", async () => {
    const office = await officeWithTables(4);
    const cells = await office.Excel.run((context) => readSheets(context, { features: features(office), payloadBudget: 4096 }));
    const t12 = cells.find((c) => c.name === "表12")!;
    const grid = grids[11];
    const last = grid.cells.length - 1;
    expect(t12.rows[last]?.[0]).toBe(grid.cells[last][0]!.value);
    expect(t12.merges).toEqual([]);
  });

  test("merged areas parse from an address list", () => {
    expect(parseAreas("表3!A2:F2, '表3 (2)'!$A$8:$B$8")).toEqual([
      { top: 1, left: 0, bottom: 1, right: 5 },
      { top: 7, left: 0, bottom: 7, right: 1 },
    ]);
  });
});

describe("the 校验报告 sheet", () => {
  const rows = [{ sheet: "表3", cell: "C6", severity: "error", rule: "footing", message: "=合计 应为 1,211.00", expected: 1211, actual: 1204, difference: 7, tolerance: 0.005 }];

  test("lists findings with links, formula-like text kept as text", async () => {
    const office = await officeWithTables(18);
    const name = await office.Excel.run((context) => writeReport(context, rows, "1 个错误", features(office)));
    const report = sheet(office, name);
    expect(at(report, "A1")?.value).toBe(REPORT_TITLE);
    expect(at(report, "E4")).toMatchObject({ value: "=合计 应为 1,211.00", numberFormat: "@" });
    expect(at(report, "B4")?.hyperlink).toMatchObject({ documentReference: "'表3'!C6", textToDisplay: "C6" });
  });

  test("replaces its own report but never a user's sheet of that name", async () => {
    const office = createFakeOffice({ sheets: ["Sheet1", REPORT_SHEET] });
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(REPORT_SHEET).getRange("A1").values = [["我的笔记"]];
    });
    const first = await office.Excel.run((context) => writeReport(context, rows, "", features(office)));
    expect(first).toBe(`${REPORT_SHEET} (2)`);
    expect(at(sheet(office, REPORT_SHEET), "A1")?.value).toBe("我的笔记");
    const own = createFakeOffice();
    await own.Excel.run((context) => writeReport(context, rows, "", features(own)));
    const again = await own.Excel.run((context) => writeReport(context, [], "", features(own)));
    expect(again).toBe(REPORT_SHEET);
    expect(own.state.sheets.filter((s) => s.name.startsWith(REPORT_SHEET))).toHaveLength(1);
  });
});
