/**
 * Workbooks laid out differently from the generated ones (as made by hand or by other systems)
 * are read correctly, or produce a finding that names the place.
 */
import ExcelJS from "exceljs";
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import { addGridsToWorkbook, newWorkbook } from "../../src/hosts/xlsx/writeWorkbook";
import type { SheetCells } from "../../src/reading/sheetCells";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { Finding } from "../../src/validation/findings";
import { validateSheets, ValidationResult } from "../../src/validation/validate";
import { smallModel } from "../fixtures/validation/smallModel";
import { readBack } from "../fixtures/validation/workbooks";

const grids = () => generateGrids(smallModel(), GUANGZHOU_PACK);

/** Writes the generated tables, lets a test edit the ExcelJS workbook, then reads the file back. */
async function variant(edit: (wb: ExcelJS.Workbook) => void, gridEdit: (g: TableGrid[]) => TableGrid[] = (g) => g): Promise<ValidationResult> {
  const wb = newWorkbook();
  addGridsToWorkbook(wb, gridEdit(grids()));
  edit(wb);
  return validateSheets(await readBack(Buffer.from(await wb.xlsx.writeBuffer())));
}

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!;
const notInfo = (r: ValidationResult) => r.findings.filter((f) => f.severity !== "info");
const brief = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell}`;
const bodyCells = (ws: ExcelJS.Worksheet, from: number, each: (cell: ExcelJS.Cell) => void) =>
  ws.eachRow((row, n) => n >= from && row.eachCell((cell) => each(cell)));

let baseline: ValidationResult;
beforeAll(async () => {
  baseline = await variant(() => undefined);
});

test("the generated layout itself reads clean", () => {
  expect(notInfo(baseline).map(brief)).toEqual([]);
  expect(baseline.summary.tablesFound).toBe(12);
});

test("codes written as numbers", async () => {
  const r = await variant((wb) => {
    for (const name of ["表2", "表3"]) bodyCells(sheet(wb, name), 6, (c) => typeof c.value === "string" && /^\d+$/.test(c.value) && (c.value = Number(c.value)));
  });
  expect(notInfo(r).map(brief)).toEqual([]);
  expect([...r.views.get("表2")!.byKey.keys()]).toEqual([...baseline.views.get("表2")!.byKey.keys()]);
});

test("code and name in one cell, code column left empty", async () => {
  const r = await variant((wb) => {
    sheet(wb, "表2").eachRow((row, n) => {
      const code = row.getCell(1).value;
      if (n < 7 || typeof code !== "string" || !/^\d+$/.test(code)) return;
      row.getCell(2).value = `${code} ${String(row.getCell(2).value).trim()}`;
      row.getCell(1).value = null;
    });
  });
  expect(notInfo(r).map(brief)).toEqual([]);
  expect(r.views.get("表2")!.byKey.get("f:2010301")?.name).toBe("行政运行");
});

test("amounts stored as text are read, with one info finding", async () => {
  const r = await variant((wb) => bodyCells(sheet(wb, "表6"), 5, (c) => typeof c.value === "number" && (c.value = c.value.toLocaleString("en-US", { minimumFractionDigits: 2 }))));
  expect(notInfo(r).map(brief)).toEqual([]);
  expect(r.findings.filter((f) => f.rule === "amount.asText").map(brief)).toEqual(["amount.asText 表6!B5"]);
  expect(r.views.get("表6")!.byKey.get("e:30101")!.figures["预算"].cents).toBe(125547);
});

test("columns in another order", async () => {
  const r = await variant((wb) => {
    const ws = sheet(wb, "表3");
    ws.eachRow((row, n) => {
      // Row 5 holds only the slaves of the vertical header merges D4:D5 and I4:I5.
      if (n < 4 || n === 5) return;
      const [d, i] = [row.getCell(4).value, row.getCell(9).value];
      row.getCell(4).value = i;
      row.getCell(9).value = d;
    });
  });
  expect(notInfo(r).map(brief)).toEqual([]);
  expect(r.views.get("表3")!.columns.get("基本支出")!.index).toBe(8);
});

test("an extra blank row in the body", async () => {
  const r = await variant(() => undefined, (gs) => gs.map((g) => (g.table === "表5" ? insertBlankRow(g, g.bodyRows.first + 2) : g)));
  expect(notInfo(r).map(brief)).toEqual([]);
  expect(r.views.get("表5")!.rows).toHaveLength(baseline.views.get("表5")!.rows.length);
});

test("a missing sheet is an error naming the table", async () => {
  const r = await variant((wb) => wb.removeWorksheet(sheet(wb, "表9").id));
  expect(notInfo(r).map(brief)).toEqual(["table.missing !"]);
  expect(r.findings.find((f) => f.rule === "table.missing")!.table).toBe("表9");
  expect(r.summary.errors).toBe(1);
});

test("a renamed title row is a warning naming its cell; the table is still read by its sheet", async () => {
  const r = await variant((wb) => (sheet(wb, "表7").getCell("A2").value = "2024年部门项目支出经济分类预算表"));
  expect(notInfo(r).map(brief)).toEqual(["read.title 表7!A2"]);
  expect(r.views.get("表7")!.rows).toHaveLength(baseline.views.get("表7")!.rows.length);
});

test("a missing 表N line changes nothing; a 表N line that disagrees with the title is a warning", async () => {
  const r = await variant((wb) => {
    sheet(wb, "表4").getCell("A1").value = null;
    sheet(wb, "表8").getCell("A1").value = "表9";
  });
  expect(notInfo(r).map(brief)).toEqual(["read.tableNumber 表8!A1"]);
});

test("a sheet that only bears a table's name does not displace the sheet with its title", async () => {
  const r = await variant((wb) => {
    sheet(wb, "表3").name = "支出总表";
    const notes = wb.addWorksheet("表3 (备注)");
    notes.getCell("A1").value = "表3 的编制说明";
  });
  expect(notInfo(r).map(brief)).toEqual([]);
  expect(r.views.get("表3")!.sheet).toBe("支出总表");
});

test("of two copies of a table, the one on the sheet named as the pack names it is checked", async () => {
  const wb = newWorkbook();
  addGridsToWorkbook(wb, grids());
  const copy = wb.addWorksheet("表6 (2)");
  sheet(wb, "表6").eachRow((row, n) => row.eachCell((cell, c) => (copy.getRow(n).getCell(c).value = typeof cell.value === "number" ? null : cell.value)));
  const sheets = await readBack(Buffer.from(await wb.xlsx.writeBuffer()));
  // The blank copy comes first in the workbook, as a template inserted before the tables would.
  const r = validateSheets([sheets[sheets.length - 1], ...sheets.slice(0, -1)]);
  expect(r.views.get("表6")!.sheet).toBe("表6");
  expect(notInfo(r).map(brief)).toEqual(["table.duplicate 表6 (2)!A2"]);
});

test("wrapped and spaced header labels", async () => {
  const r = await variant((wb) => {
    const ws = sheet(wb, "表2");
    ws.getCell("L4").value = "上级补\n助收入";
    ws.getCell("D5").value = "一般公共\u3000预算";
    ws.getCell("D4").value = " 财政拨款收入 ";
  });
  expect(notInfo(r).map(brief)).toEqual([]);
});

test("one sheet holding every table, found by title", () => {
  const all = grids();
  const rows: SheetCells["rows"] = [];
  const merges: SheetCells["merges"] = [];
  for (const g of all) {
    const top = rows.length;
    g.cells.forEach((row) => rows.push(row.map((c) => c?.value ?? null)));
    g.merges.forEach((m) => merges.push({ ...m, top: m.top + top, bottom: m.bottom + top }));
    rows.push([]);
  }
  const r = validateSheets([{ name: "预算公开表", rows, merges }]);
  expect(r.summary.tablesFound).toBe(12);
  expect(notInfo(r).map(brief)).toEqual([]);
});

describe("cell-level problems name their cell", () => {
  test.each<[string, (wb: ExcelJS.Workbook) => void, string]>([
    ["text where an amount belongs", (wb) => (sheet(wb, "表6").getCell("B7").value = "待定"), "amount.invalid 表6!B7"],
    ["a malformed code", (wb) => (sheet(wb, "表2").getCell("A9").value = "2O10301"), "code.malformed 表2!A9"],
    ["a code under the wrong parent", (wb) => (sheet(wb, "表2").getCell("A9").value = "2080599"), "code.parent 表2!A9"],
    ["a duplicate row", (wb) => (sheet(wb, "表6").getCell("A13").value = "\u3000[30201]办公费"), "row.duplicate 表6!A13"],
    ["an empty table without its note", (wb) => (sheet(wb, "表9").getCell("A7").value = "注：无。"), "table.emptyNote 表9!A7"],
    ["the same code named differently", (wb) => (sheet(wb, "表3").getCell("B9").value = "\u3000\u3000行政运行费"), "code.inconsistentName 表3!A9"],
    ["a name the catalogue disagrees with", (wb) => (sheet(wb, "表6").getCell("A12").value = "\u3000[30201]办公用品费"), "code.catalogName 表6!A12"],
    ["decimals hidden behind the display", (wb) => (sheet(wb, "表6").getCell("B7").value = 1255.474), "amount.decimals 表6!B7"],
    ["a negative amount", (wb) => (sheet(wb, "表9").getCell("C6").value = -1), "amount.negative 表9!C6"],
  ])("%s", async (_name, edit, expected) => {
    const r = await variant(edit);
    expect(r.findings.map(brief)).toContain(expected);
  });
});

function insertBlankRow(g: TableGrid, at: number): TableGrid {
  const shift = (n: number) => (n >= at ? n + 1 : n);
  return {
    ...g,
    cells: [...g.cells.slice(0, at), g.cells[0].map(() => null), ...g.cells.slice(at)],
    rowHeights: [...g.rowHeights.slice(0, at), 14, ...g.rowHeights.slice(at)],
    merges: g.merges.map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    bodyRows: { first: g.bodyRows.first, last: g.bodyRows.last + 1 },
  };
}
