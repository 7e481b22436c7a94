/** Links in an .xlsx report: to a row of another sheet (a HYPERLINK formula) and to a file, written and read back. */
import ExcelJS from "exceljs";
import { reportWorkbookBuffer } from "../../src/hosts/xlsx/reportWorkbook";
import type { ReportTable } from "../../src/report/table";

const table = (name: string, rows: string[][], links: ReportTable["links"]): ReportTable => ({ name, preamble: ["title"], header: ["a"], rows, amountColumns: [], widths: [10], links });

test("a long text with quotes is joined from string constants of at most 255 characters; a file's target escapes what a URL reserves", async () => {
  const long = `"${"长".repeat(300)}😀"`;
  const buffer = await reportWorkbookBuffer([
    table("甲", [[long], ["教育局 #1.xlsx"]], [
      { row: 0, column: 0, to: { table: "乙's", row: 3 } },
      { row: 1, column: 0, to: { file: "sub dir/教育局 #1.xlsx" } },
    ]),
    table("乙's", [["x"]], []),
  ]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("甲")!;
  const link = sheet.getCell("A3").value as ExcelJS.CellFormulaValue;
  expect(link.result).toBe(long);
  const constants = [...link.formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
  expect(constants[0]).toBe("#'乙''s'!A3");
  expect(constants.slice(1).every((c) => c.replace(/""/g, '"').length <= 255)).toBe(true);
  expect(constants.slice(1).map((c) => c.replace(/""/g, '"')).join("")).toBe(long);
  expect(sheet.getCell("A4").value).toEqual({ text: "教育局 #1.xlsx", hyperlink: "sub%20dir/教育局%20%231.xlsx" });
});
