/** The CLI's streaming reader reads what ExcelJS's object model reads (the task pane's path), cell for cell. */
import ExcelJS from "exceljs";
import { generateGrids } from "../../src/generation/generate";
import { workbookToSheets } from "../../src/hosts/xlsx/readWorkbook";
import { readXlsxBuffer } from "../../src/hosts/xlsx/streamWorkbook";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { templateWorkbook } from "../../src/hosts/xlsx/templateWorkbook";
import type { SheetCells } from "../../src/reading/sheetCells";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { exampleModel, seedGrids } from "../fixtures/validation/workbooks";

async function bothReaders(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { streamed: await readXlsxBuffer(buffer, "book.xlsx"), objectModel: workbookToSheets(workbook).map(withoutEmptyRows) };
}

/** A row holding only merged-over cells is an empty array in ExcelJS's model and absent in the stream: blank either way. */
const withoutEmptyRows = (sheet: SheetCells): SheetCells => ({ ...sheet, rows: sheet.rows.map((r) => (r?.length ? r : undefined)) });

test.each([
  ["the bundled example's tables", () => gridsToXlsxBuffer(generateGrids(exampleModel(), GUANGZHOU_PACK))],
  ["the seed's published figures", () => gridsToXlsxBuffer(seedGrids())],
  ["the blank template with its 明细 sheet", () => templateWorkbook(GUANGZHOU_PACK).xlsx.writeBuffer()],
])("%s: same sheets, values, number formats and merges", async (_, write) => {
  const { streamed, objectModel } = await bothReaders(Buffer.from((await write()) as Uint8Array));
  expect(streamed).toEqual(objectModel);
});

test("every kind of cell: rich text, formulas and their results, dates, booleans, errors, hyperlinks, merges", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("各种单元格");
  sheet.getCell("A1").value = { richText: [{ text: "一般" }, { text: "公共预算", font: { bold: true } }] };
  sheet.getCell("B1").value = { formula: "1+1", result: 2 };
  sheet.getCell("C1").value = { formula: "\"a\"&\"b\"", result: "ab" };
  sheet.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  sheet.getCell("E1").value = new Date(Date.UTC(2024, 0, 31));
  sheet.getCell("F1").value = true;
  sheet.getCell("G1").value = { text: "链接", hyperlink: "https://example.org" };
  sheet.getCell("A2").value = 1234.5;
  sheet.getCell("A2").numFmt = '#,##0.00;[Red]-#,##0.00';
  sheet.getCell("B2").value = 0.125;
  sheet.getCell("B2").numFmt = "0.00%";
  sheet.getCell("C2").value = "A & B <c> _x0041_";
  sheet.getCell("A3").value = "合并";
  sheet.getCell("B3").value = "被合并的值";
  sheet.mergeCells("A3:C4");
  sheet.getCell("H5").value = 7;
  workbook.addWorksheet("空表");
  const { streamed, objectModel } = await bothReaders(Buffer.from(await workbook.xlsx.writeBuffer()));
  expect(streamed).toEqual(objectModel);
  expect(streamed[0].rows[0]).toEqual(["一般公共预算", 2, "ab", "#DIV/0!", "2024-01-31", true, "链接"]);
  expect(streamed[0].merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 2 }]);
});

test("rows of the same number formats, one partly merged over: each row keeps its own formats", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("格式");
  for (let r = 1; r <= 4; r++) {
    for (let c = 1; c <= 3; c++) {
      sheet.getCell(r, c).value = r * 10 + c;
      sheet.getCell(r, c).numFmt = "#,##0.00";
    }
  }
  sheet.mergeCells("B3:C3");
  const { streamed, objectModel } = await bothReaders(Buffer.from(await workbook.xlsx.writeBuffer()));
  expect(streamed).toEqual(objectModel);
  expect(streamed[0].numberFormats?.[2]).toEqual(["#,##0.00", "#,##0.00", undefined]);
  expect(streamed[0].numberFormats?.[3]).toEqual(["#,##0.00", "#,##0.00", "#,##0.00"]);
});
