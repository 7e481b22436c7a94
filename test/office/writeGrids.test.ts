import { syntheticModel } from "../../bench/syntheticModel";
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import { detectFeatures } from "../../src/hosts/office/features";
import { readSheets } from "../../src/hosts/office/readSheets";
import { freeName, SheetsExistError, writeGrids, WriteOptions } from "../../src/hosts/office/writeGrids";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { cellAt, createFakeOffice, FakeOffice, PAYLOAD_LIMIT, parseBounds } from "./fakeExcel";

function write(office: FakeOffice, grids: TableGrid[], options: Partial<WriteOptions> = {}) {
  const features = detectFeatures(office.Office.context.requirements.isSetSupported);
  return office.Excel.run((context) => writeGrids(context, grids, { features, ...options }));
}

function cell(office: FakeOffice, sheet: string, address: string) {
  const s = office.state.sheets.find((x) => x.name === sheet)!;
  const b = parseBounds(address);
  return cellAt(s, b.top, b.left);
}

describe("writing grids through Office.js", () => {
  const small = generateGrids(syntheticModel(100), GUANGZHOU_PACK);

  test("writes values, text formats, merges, widths, frozen header rows and print setup", async () => {
    const office = createFakeOffice();
    const result = await write(office, small);
    expect(result.sheetNames).toEqual(GUANGZHOU_PACK.tables.map((t) => t.sheetName));
    const grid = small[2];
    const sheet = office.state.sheets.find((s) => s.name === "表3")!;
    grid.cells.forEach((row, r) =>
      row.forEach((gc, c) => {
        const stored = cellAt(sheet, r, c);
        expect(stored?.formula).toBeUndefined();
        expect(stored?.value ?? null).toEqual(gc?.value ?? (stored ? "" : null));
      }),
    );
    expect(sheet.merges).toHaveLength(grid.merges.length);
    expect(sheet.frozenRows).toBe(grid.headerRows.last + 1);
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: `$${grid.headerRows.first + 1}:$${grid.headerRows.last + 1}` });
    expect(sheet.columnWidths.size).toBe(grid.columnWidths.length);
    expect(sheet.rowHeights.get(1)).toBe(grid.rowHeights[1]);
    const amount = cellAt(sheet, grid.bodyRows.first, 2)!;
    expect(amount.numberFormat).toBe("#,##0.00");
    expect(amount.borders?.["EdgeTop.style"]).toBe("Continuous");
    expect(cellAt(sheet, grid.headerRows.first, 0)!.fill?.color).toBe("#F2F2F2");
    expect(office.state.selection).toBeUndefined();
  });

  test("text that Excel would take for a formula or a number stays text", async () => {
    const office = createFakeOffice();
    const grid: TableGrid = { ...small[7], cells: small[7].cells.map((row) => row.slice()) };
    const texts = ["=SUM(A1:A2)", "+86 20 1234", "-", "-3", "@risk", "2010301"];
    texts.forEach((t, i) => (grid.cells[grid.bodyRows.first + i][0] = { value: t, style: "label" }));
    await write(office, [grid]);
    texts.forEach((t, i) => {
      const stored = cellAt(office.state.sheets[1], grid.bodyRows.first + i, 0)!;
      expect(stored).toMatchObject({ value: t, numberFormat: "@" });
      expect(stored.formula).toBeUndefined();
    });
  });

  test("an existing 表3 is never overwritten silently: the caller chooses", async () => {
    const office = createFakeOffice({ sheets: ["Sheet1", "表3"] });
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表3").getRange("A1").values = [["用户的数据"]];
    });
    await expect(write(office, small)).rejects.toThrow(SheetsExistError);
    expect(office.state.sheets.map((s) => s.name)).toEqual(["Sheet1", "表3"]);
    expect(cell(office, "表3", "A1")?.value).toBe("用户的数据");

    const beside = await write(office, small, { existing: "beside" });
    expect(beside.sheetNames[2]).toBe("表3 (2)");
    expect(cell(office, "表3", "A1")?.value).toBe("用户的数据");
    expect(cell(office, "表3 (2)", "A1")?.value).toBe("表3");

    const replaced = await write(createFakeOffice({ sheets: ["表3"] }), small, { existing: "replace" });
    expect(replaced.sheetNames[2]).toBe("表3");
  });

  test("a name beside an existing sheet stays within Excel's 31 characters", () => {
    const title = "部门一般公共预算基本支出部门预算经济分类预算表（按政府预算经济分类）";
    const taken = new Set([title.slice(0, 31)]);
    const name = freeName(title.slice(0, 31), taken);
    expect(name).toBe(`${title.slice(0, 27)} (2)`);
    expect(name.length).toBe(31);
    expect(freeName(title.slice(0, 31), taken)).toBe(`${title.slice(0, 27)} (3)`);
  });

  test("the first sheet written comes forward, unless the user's active sheet is to stay", async () => {
    const office = createFakeOffice();
    const active = () => office.state.sheets.find((s) => s.id === office.state.activeSheetId)?.name;
    const before = active();
    await write(office, small.slice(0, 2), { keepActiveSheet: true });
    expect(active()).toBe(before);
    await write(office, small.slice(0, 2), { existing: "beside" });
    expect(active()).toBe("表1 (2)");
  });

  test("replacing keeps no trace of the old sheet", async () => {
    const office = createFakeOffice({ sheets: ["表3"] });
    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("表3").getRange("Z99").values = [["旧"]];
    });
    await write(office, small, { existing: "replace" });
    expect(office.state.sheets.filter((s) => s.name.startsWith("表3"))).toHaveLength(1);
    expect(cell(office, "表3", "Z99")).toBeUndefined();
  });

  test("a replaced sheet keeps its place among the sheets", async () => {
    const office = createFakeOffice({ sheets: ["封面", "表3", "说明"] });
    await write(office, small, { existing: "replace" });
    expect(office.state.sheets.map((s) => s.name).slice(0, 4)).toEqual(["封面", "表3", "说明", "表1"]);
  });

  test("a header below many rows (a model's 明细 with its settings) freezes nothing, so the sheet still scrolls", async () => {
    const office = createFakeOffice();
    const base = small[2];
    const above = 40;
    const shift = (rows: { first: number; last: number }) => ({ first: rows.first + above, last: rows.last + above });
    const tall: TableGrid = {
      ...base,
      sheetName: "明细",
      cells: [...Array.from({ length: above }, () => base.cells[0].map(() => null)), ...base.cells],
      rowHeights: [...Array.from({ length: above }, () => 15), ...base.rowHeights],
      merges: base.merges.map((m) => ({ ...m, top: m.top + above, bottom: m.bottom + above })),
      headerRows: shift(base.headerRows),
      bodyRows: shift(base.bodyRows),
    };
    await write(office, [tall]);
    expect(office.state.sheets.find((s) => s.name === "明细")!.frozenRows).toBe(0);
  });

  test("runs on ExcelApi 1.4 without freeze panes or print setup", async () => {
    const office = createFakeOffice({ apiVersion: 4 });
    await write(office, small);
    const sheet = office.state.sheets.find((s) => s.name === "表1")!;
    expect(sheet.frozenRows).toBe(0);
    expect(sheet.pageLayout).toEqual({});
    expect(cellAt(sheet, 1, 0)?.value).toBe(small[0].cells[1][0]!.value);
  });
});

describe("round trips as the model grows", () => {
  const sizes = [100, 1_000, 10_000, 100_000];

  test.each(sizes)("%i line items: few syncs, no request above 5 MB", async (items) => {
    const grids = generateGrids(syntheticModel(items), GUANGZHOU_PACK);
    const office = createFakeOffice();
    const result = await write(office, grids);
    expect(result.syncs).toBe(office.stats.syncs);
    expect(office.stats.maxPayloadBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    const extraForSize = Math.ceil(office.stats.totalPayloadBytes / (4 * 2 ** 20));
    expect(office.stats.syncs).toBeLessThanOrEqual(2 + extraForSize);
  });
});

describe("a small payload budget splits requests", () => {
  test("each request stays under the budget and the sheet is still whole", async () => {
    const grids = generateGrids(syntheticModel(2_000), GUANGZHOU_PACK);
    const office = createFakeOffice();
    await write(office, grids, { payloadBudget: 64 * 1024 });
    expect(office.stats.syncs).toBeGreaterThan(3);
    expect(office.stats.maxPayloadBytes).toBeLessThan(96 * 1024);
    const last = grids[11];
    const sheet = office.state.sheets.find((s) => s.name === "表12")!;
    expect(cellAt(sheet, last.cells.length - 1, 0)?.value).toBe(last.cells[last.cells.length - 1][0]!.value);
  });
});

describe("a sheet far above 5 MB", () => {
  test("is split into requests under the limit, each row written once", async () => {
    const base = generateGrids(syntheticModel(1_000), GUANGZHOU_PACK)[2];
    // Leaf rows only, so the format rectangles stay as few as in a real table.
    const body = base.cells.slice(base.bodyRows.first + 1, base.bodyRows.last + 1).filter((row) => row[0]?.style === "code");
    const copies = Math.ceil(150_000 / body.length);
    const cells = [...base.cells.slice(0, base.bodyRows.first), ...Array.from({ length: copies }, () => body).flat()];
    const grid: TableGrid = { ...base, cells, merges: base.merges.filter((m) => m.bottom < base.bodyRows.first), rowHeights: cells.map(() => 18) };
    const office = createFakeOffice();
    await write(office, [grid]);
    expect(office.stats.totalPayloadBytes).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    expect(office.stats.maxPayloadBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(office.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(office.stats.totalPayloadBytes / (4 * 2 ** 20)));
    const sheet = office.state.sheets[1];
    expect(cellAt(sheet, cells.length - 1, 0)?.value).toBe(cells[cells.length - 1][0]!.value);

    // Reading it back: in answers under the limit; asked for in one piece, Excel refuses the answer.
    const features = detectFeatures(office.Office.context.requirements.isSetSupported);
    const read = await office.Excel.run((context) => readSheets(context, { features, include: (n) => n === grid.sheetName }));
    expect(read[0].rows[cells.length - 1]?.[0]).toBe(cells[cells.length - 1][0]!.value);
    await expect(office.Excel.run((context) => readSheets(context, { features, payloadBudget: 64 * 2 ** 20 }))).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  }, 180_000);
});
