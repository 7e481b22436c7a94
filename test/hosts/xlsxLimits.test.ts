/**
 * Hostile workbooks are refused before the work, with exit 2 and a message naming the file (and
 * sheet) in Chinese and English. Each file is a few kilobytes: what would be huge is only
 * declared (sizes in the zip's directory, a merged range, far-off cells), so each case is
 * refused from the declaration, before anything large is inflated or allocated.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { EXCEL_COLUMNS, MAX_CELLS, MAX_SHEETS, MAX_ZIP_ENTRIES } from "../../src/hosts/xlsx/limits";
import { readXlsxBuffer } from "../../src/hosts/xlsx/streamWorkbook";
import { run } from "../cli/run";
import { minimalXlsx, repeatedDeflated, sheetXml, zipBuffer } from "../fixtures/zipFiles";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-limits-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function validate(name: string, data: Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return { file, ...(await run("validate", file)) };
}

const table = sheetXml([
  ["A1", "表1"],
  ["A2", "收支总体情况表"],
  ["B5", 12.5],
]);

test("a sheet declaring a merged range over most of the grid (H1:XFD1048576) is refused, naming the sheet", async () => {
  const { file, code, stderr, stdout } = await validate("merge.xlsx", minimalXlsx([{ name: "表1", xml: sheetXml([["A1", "表1"]], ["H1:XFD1048576"]) }]));
  expect(code).toBe(2);
  expect(stderr).toContain(`${file}，工作表“表1”：合并区域 H1:XFD1048576 含 17,172,529,152 个单元格，超过上限 1,000,000`);
  expect(stderr).toContain(`${file}, sheet "表1": the merged range H1:XFD1048576 covers 17,172,529,152 cells, more than the limit of 1,000,000`);
  expect(stdout).toBe("");
});

test("a merged range reaching beyond the used range is clipped to it: the cells beyond are blank either way", async () => {
  const sheets = await readXlsxBuffer(minimalXlsx([{ name: "表1", xml: sheetXml([["A1", "标题"], ["B1", "被合并"], ["C3", 1]], ["A1:D5", "F7:G9"]) }]), "clip.xlsx");
  expect(sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 2, right: 2 }]);
  expect(sheets[0].rows).toEqual([["标题"], undefined, undefined]);
});

test("a sheet whose declared size is beyond the limit is refused from the zip's directory, before anything is inflated", async () => {
  // The data is tiny: had it been inflated, yauzl would have found it shorter than declared.
  const { file, code, stderr } = await validate("bomb.xlsx", minimalXlsx([{ name: "表1", xml: table, declaredSize: 1_500_000_000 }]));
  expect(code).toBe(2);
  expect(stderr).toContain(`${file}：xl/worksheets/sheet1.xml 解压后 1,431 MiB，超过单个部件上限 128 MiB`);
  expect(stderr).toContain(`${file}: xl/worksheets/sheet1.xml inflates to 1,431 MiB, more than the limit of 128 MiB for one part`);
});

test("twelve sheets of 400 MB are refused at the first; twelve of 60 MB by their total", async () => {
  const sheets = (size: number) => Array.from({ length: 12 }, (_, i) => ({ name: `表${i + 1}`, xml: table, declaredSize: size }));
  const big = await validate("twelve-big.xlsx", minimalXlsx(sheets(400_000_000)));
  expect([big.code, big.stderr]).toEqual([2, expect.stringContaining("xl/worksheets/sheet1.xml inflates to 382 MiB, more than the limit of 128 MiB for one part")]);
  const many = await validate("twelve.xlsx", minimalXlsx(sheets(60_000_000)));
  expect([many.code, many.stderr]).toEqual([2, expect.stringContaining("more than the limit of 160 MiB in all")]);
});

test("a part inflating beyond the size its directory declares is refused as it inflates", async () => {
  const lying = minimalXlsx([{ name: "表1", xml: `${table}${" ".repeat(1_000_000)}`, declaredSize: 1000 }]);
  const { code, stderr } = await validate("lying.xlsx", lying);
  expect(code).toBe(2);
  expect(stderr).toContain("is not a readable .xlsx workbook (xl/worksheets/sheet1.xml inflates beyond the 1,000 bytes its zip entry declares)");
});

test("a part inflating to less than its directory declares is unreadable too", async () => {
  const short = minimalXlsx([{ name: "表1", xml: table, declaredSize: table.length + 100 }]);
  await expect(readXlsxBuffer(short, "short.xlsx")).rejects.toThrow(`xl/worksheets/sheet1.xml inflates to fewer than the ${(table.length + 100).toLocaleString("en-US")} bytes its zip entry declares`);
});

test("a zip that is not an Excel workbook is said to be one, once, not as twelve missing tables", async () => {
  const { file, code, stderr } = await validate("notes.xlsx", zipBuffer([{ name: "notes.txt", data: "预算说明" }]));
  expect(code).toBe(2);
  expect(stderr).toContain(`${file}：不是 Excel 工作簿`);
  expect(stderr).toContain(`${file}: not an Excel workbook`);
  expect(stderr).not.toContain("表1");
});

test("the other commands reading workbooks refuse the same way", async () => {
  const file = path.join(dir, "notes-import.xlsx");
  fs.writeFileSync(file, zipBuffer([{ name: "notes.txt", data: "预算说明" }]));
  const { code, stderr } = await run("import", file, "-o", path.join(dir, "tables.json"));
  expect([code, stderr]).toEqual([2, expect.stringContaining("not an Excel workbook")]);
});

test("more cells than the limit, counted from column A to each row's last cell, are refused as they stream in", async () => {
  // One cell at column XFD per row: each row spans 16,384 cells of the arrays a reader scans.
  const rows = Math.ceil(MAX_CELLS / EXCEL_COLUMNS) + 1;
  const cells = Array.from({ length: rows }, (_, i): [string, number] => [`XFD${i + 1}`, i]);
  const { code, stderr } = await validate("cells.xlsx", minimalXlsx([{ name: "表12", xml: sheetXml(cells) }]));
  expect(code).toBe(2);
  expect(stderr).toContain(`工作表“表12”：工作簿的单元格超过 2,000,000 个`);
  expect(stderr).toContain(`sheet "表12": the workbook holds more than 2,000,000 cells`);
});

test("more shared strings than the cell limit are refused as they stream in", async () => {
  const strings = repeatedDeflated([["<sst>", 1], ["<si/>".repeat(1000), MAX_CELLS / 1000 + 1], ["</sst>", 1]]);
  const { code, stderr } = await validate("strings.xlsx", minimalXlsx([{ name: "表1", xml: table }], [{ name: "xl/sharedStrings.xml", data: strings }]));
  expect([code, stderr]).toEqual([2, expect.stringContaining("more than 2,000,000 shared strings (the cell limit)")]);
});

test("a cell or row beyond Excel's grid is refused rather than allocated", async () => {
  const column = await validate("far-column.xlsx", minimalXlsx([{ name: "表1", xml: sheetXml([["XFE1", 1]]) }]));
  expect([column.code, column.stderr]).toEqual([2, expect.stringContaining(`the cell reference "XFE1" is outside Excel's grid`)]);
  const row = await validate("far-row.xlsx", minimalXlsx([{ name: "表1", xml: sheetXml([["A1048577", 1]]) }]));
  expect([row.code, row.stderr]).toEqual([2, expect.stringContaining(`the row number "1048577" is outside Excel's grid`)]);
});

test("too many sheets and too many zip entries are refused", async () => {
  const sheets = Array.from({ length: MAX_SHEETS + 1 }, (_, i) => ({ name: `S${i}`, xml: table }));
  const manySheets = await validate("sheets.xlsx", minimalXlsx(sheets));
  expect([manySheets.code, manySheets.stderr]).toEqual([2, expect.stringContaining(`more than ${MAX_SHEETS} worksheets`)]);
  const entries = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}.xml`, data: "" }));
  const manyEntries = await validate("entries.xlsx", zipBuffer(entries));
  expect([manyEntries.code, manyEntries.stderr]).toEqual([2, expect.stringContaining("the zip holds 10,001 entries, more than the limit of 10,000")]);
});

test("the benchmark's bombs are real: a repeated piece deflated once inflates to the size and CRC its entry states", () => {
  const piece = "<row><c><v>1</v></c></row>";
  const bomb = repeatedDeflated([["<sheetData>", 1], [piece, 1000], ["</sheetData>", 1]]);
  const inflated = zlib.inflateRawSync(bomb.deflated);
  expect(inflated.toString()).toBe(`<sheetData>${piece.repeat(1000)}</sheetData>`);
  expect([bomb.size, bomb.crc]).toEqual([inflated.length, zlib.crc32(inflated)]);
});
