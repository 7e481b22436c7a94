import { syntheticModel } from "../../bench/syntheticModel";
import { generateGrids } from "../../src/generation/generate";
import { cellAddress } from "../../src/generation/grid";
import { detectFeatures } from "../../src/hosts/office/features";
import { applyFlags, CellMark, clearFlags, FLAG_STORE_SHEET } from "../../src/hosts/office/flags";
import { SEVERITY_FILLS } from "../../src/report/marks";
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
const snapshot = (office: FakeOffice) => JSON.stringify(office.state.sheets.map((s) => [s.name, s.rows, [...s.notes], [...s.names]])) + JSON.stringify(office.state.comments);

const marks: CellMark[] = [
  { sheet: "表3", cell: "C6", severity: "error", text: "合计应为 1,211.00，实为 1,204.00" },
  { sheet: "表3", cell: "C6", severity: "info", text: "舍入差 0.01" },
  { sheet: "表5", cell: "D7", severity: "warning", text: "与表6不符" },
  { sheet: "表1", cell: "B5", severity: "info", text: "舍入差 0.01" },
];

describe.each([
  ["notes (ExcelApi 1.18)", 18],
  ["fill only, no threaded comments (ExcelApi 1.10)", 10],
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
    }
    expect(office.state.comments).toEqual([]);
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

  test("rewriting the report leaves the active sheet, the selection and the report's place alone; it comes forward only when asked", async () => {
    const office = createFakeOffice({ sheets: ["表1", "表2"] });
    await office.Excel.run((context) => writeReport(context, rows, "", features(office)));
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表2").getRange("B3").select();
    });
    const view = () => ({ active: office.state.activeSheetId, selection: office.state.selection, order: office.state.sheets.map((s) => s.name) });
    const before = view();
    await office.Excel.run((context) => writeReport(context, [...rows, ...rows], "2 个错误", features(office)));
    expect(view()).toEqual(before);
    expect(at(sheet(office, REPORT_SHEET), "A5")?.value).toBe("表3");
    await office.Excel.run((context) => writeReport(context, rows, "", features(office), true));
    expect(office.state.activeSheetId).toBe(sheet(office, REPORT_SHEET).id);
    expect(at(sheet(office, REPORT_SHEET), "A5")).toBeUndefined();
  });

  test("thousands of findings with links go in requests under the budget", async () => {
    const office = createFakeOffice({ sheets: ["表3"] });
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...rows[0], cell: `C${i + 1}`, message: `表3 C${i + 1} ${"合计应为 1,211.00，".repeat(8)}` }));
    const budget = 256 * 1024;
    await office.Excel.run((context) => writeReport(context, many, "", features(office), false, budget));
    expect(office.stats.maxPayloadBytes).toBeLessThanOrEqual(budget);
    expect(at(sheet(office, REPORT_SHEET), "B3003")?.hyperlink).toMatchObject({ documentReference: "'表3'!C3000" });
  });
});

describe("flags follow their cells through row and column insertions and deletions", () => {
  const fill = (office: FakeOffice, name: string, address: string) => at(sheet(office, name), address)?.fill?.color;

  test("a row inserted above a flagged cell: clearing restores the moved cell and leaves the cells now at the old addresses alone", async () => {
    const office = await officeWithTables(18);
    // A header cell with a grey fill of its own sits at 表3!C4; the flags go on it and on C6.
    const headerFill = fill(office, "表3", "C4");
    await office.Excel.run((context) => applyFlags(context, [...marks, { sheet: "表3", cell: "C4", severity: "warning", text: "表头" }], features(office)));
    await office.userShift("表3", 2, 1);
    expect(fill(office, "表3", "C7")).toBe(SEVERITY_FILLS.error);
    expect(sheet(office, "表3").notes.has("C7")).toBe(true);
    const movedIntoOld = JSON.stringify([at(sheet(office, "表3"), "C6"), at(sheet(office, "表3"), "C4")]);
    await office.Excel.run((context) => clearFlags(context, features(office)));
    expect(fill(office, "表3", "C7")).toBeUndefined();
    expect(fill(office, "表3", "C5")).toBe(headerFill);
    expect(sheet(office, "表3").notes.size).toBe(0);
    expect(JSON.stringify([at(sheet(office, "表3"), "C6"), at(sheet(office, "表3"), "C4")])).toBe(movedIntoOld);
    expect(sheet(office, "表3").names.size).toBe(0);
  });

  test("columns inserted and deleted, a flagged row deleted, the sheet renamed: each flag is found or skipped, nothing else touched", async () => {
    const office = await officeWithTables(18);
    await office.Excel.run((context) => applyFlags(context, marks, features(office)));
    await office.userShift("表5", "B", 2); // 表5!D7 → F7
    await office.userShift("表1", 5, -1); // 表1!B5 is deleted with its row
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表3").name = "表3 改";
    });
    const t1Before = JSON.stringify(sheet(office, "表1").rows);
    await office.Excel.run((context) => clearFlags(context, features(office)));
    expect(fill(office, "表5", "F7")).toBeUndefined();
    expect(fill(office, "表3 改", "C6")).toBeUndefined();
    expect(sheet(office, "表3 改").notes.size).toBe(0);
    expect(JSON.stringify(sheet(office, "表1").rows)).toBe(t1Before);
    expect(office.state.sheets.some((s) => s.name === FLAG_STORE_SHEET)).toBe(false);
  });

  test("a fill or note the user changed after flagging is left as the user left it", async () => {
    const office = await officeWithTables(18);
    await office.Excel.run((context) => applyFlags(context, marks, features(office)));
    await office.Excel.run(async (context) => {
      const t3 = context.workbook.worksheets.getItem("表3");
      t3.getRange("C6").format.fill.color = "#00B050";
      t3.notes.getItemOrNullObject("C6").delete();
      context.workbook.notes.add(t3.getRange("C6"), "我的说明");
    });
    await office.Excel.run((context) => clearFlags(context, features(office)));
    expect(fill(office, "表3", "C6")).toBe("#00B050");
    expect(sheet(office, "表3").notes.get("C6")).toBe("我的说明");
  });

  test("many flags go in requests under the budget, and clear back", async () => {
    const office = await officeWithTables(18);
    const before = snapshot(office);
    const cells = grids.flatMap((g) => g.cells.flatMap((row, r) => row.flatMap((c, k) => (c && r > 3 ? [{ sheet: g.sheetName, cell: cellAddress(r, k) }] : []))));
    const many: CellMark[] = cells.slice(0, 400).map((c, i) => ({ ...c, severity: "error", text: `第 ${i} 条：${"很长的说明".repeat(20)}` }));
    const budget = 64 * 1024;
    office.stats.maxPayloadBytes = 0;
    const syncs = await office.Excel.run((context) => applyFlags(context, many, features(office), budget));
    expect(syncs).toBeGreaterThan(4);
    expect(office.stats.maxPayloadBytes).toBeLessThanOrEqual(budget);
    await office.Excel.run((context) => clearFlags(context, features(office), budget));
    expect(office.stats.maxPayloadBytes).toBeLessThanOrEqual(budget);
    expect(snapshot(office) === before).toBe(true);
  });
});

test("the test host shifts cells, merges, notes, names and heights as Excel does", async () => {
  const office = createFakeOffice({ apiVersion: 18, sheets: ["S"] });
  await office.Excel.run(async (context) => {
    const s = context.workbook.worksheets.getItem("S");
    s.getRange("B2:C3").values = [[1, 2], [3, 4]];
    s.getRange("A5:C5").merge(false);
    s.getRange("A3").format.rowHeight = 30;
    context.workbook.notes.add(s.getRange("C3"), "n");
    s.names.add("X_1", s.getRange("C3"));
    s.names.add("X_2", s.getRange("B2"));
  });
  const s = sheet(office, "S");
  await office.userShift("S", 3, 2);
  expect([at(s, "B2")?.value, at(s, "B5")?.value, at(s, "C5")?.value, at(s, "B3")]).toEqual([1, 3, 4, undefined]);
  expect(s.merges).toEqual([parseBounds("A7:C7")]);
  expect([...s.notes.keys()]).toEqual(["C5"]);
  expect(s.rowHeights.get(4)).toBe(30);
  await office.userShift("S", "B", -1);
  expect([at(s, "B5")?.value, s.names.get("X_1")?.bounds, s.names.get("X_2")?.bounds]).toEqual([4, parseBounds("B5"), null]);
  expect(s.merges).toEqual([parseBounds("A7:B7")]);
  await office.userShift("S", 5, -1);
  expect([s.notes.size, s.names.get("X_1")?.bounds, at(s, "B5")]).toEqual([0, null, undefined]);
});
