/**
 * The 明细 sheet as the .xlsx host writes it (a model's, with --with-mingxi or convert, and the
 * blank template's), read back with ExcelJS and from its XML: what is frozen, where it opens,
 * the drop-downs and their prompts, the print setup, and no green triangles on codes.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateGrids } from "../../src/generation/generate";
import { addMingxiSheet } from "../../src/hosts/xlsx/mingxiSheet";
import { templateWorkbook } from "../../src/hosts/xlsx/templateWorkbook";
import { addGridsToWorkbook, newWorkbook } from "../../src/hosts/xlsx/writeWorkbook";
import { loadModelText } from "../../src/model/load";
import { modelToMingxi } from "../../src/model/mingxi";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";

type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };
const validationsOf = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: Validations }).dataValidations.model;

function exampleModel() {
  const file = path.join(__dirname, "../../examples/guangzhou-2024.json");
  const r = loadModelText(fs.readFileSync(file, "utf8"), file);
  if (!r.ok) throw new Error("the example does not load");
  return r.model;
}

interface Written {
  book: ExcelJS.Workbook;
  /** A worksheet's XML as written, by sheet name. */
  xml: (name: string) => Promise<string>;
  workbookXml: () => Promise<string>;
}

async function written(workbook: ExcelJS.Workbook): Promise<Written> {
  const buffer = await workbook.xlsx.writeBuffer();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer);
  const zip = await JSZip.loadAsync(buffer);
  return {
    book,
    xml: (name) => zip.file(`xl/worksheets/sheet${book.getWorksheet(name)!.id}.xml`)!.async("string"),
    workbookXml: () => zip.file("xl/workbook.xml")!.async("string"),
  };
}

describe("a model's 明细 sheet (generate --with-mingxi)", () => {
  let out: Written;
  let header: number;
  beforeAll(async () => {
    const model = exampleModel();
    const workbook = newWorkbook();
    addGridsToWorkbook(workbook, generateGrids(model, GUANGZHOU_PACK));
    const rows = modelToMingxi(model);
    header = rows.findIndex((r) => r[0] === "收支") + 1;
    addMingxiSheet(workbook, rows);
    out = await written(workbook);
  });

  test("the settings above make it long: only the header row is frozen, and the sheet opens at it", async () => {
    expect(header).toBeGreaterThan(30);
    const sheet = out.book.getWorksheet("明细")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: `A${header + 1}` });
    expect(await out.xml("明细")).toContain(`<sheetView topLeftCell="A${header}" `);
  });

  test("drop-downs with input prompts on the closed columns: 收支, 单位, 支出类型, 资金性质, 单位性质", () => {
    const v = validationsOf(out.book.getWorksheet("明细")!);
    const first = header + 1;
    expect(v[`A${first}`]).toMatchObject({ type: "list", formulae: ['"收入,支出"'], showInputMessage: true, promptTitle: "收支", prompt: "收入 或 支出" });
    expect(v[`B${first}`]).toMatchObject({ type: "list", formulae: ["$B$4:$B$7"], promptTitle: "单位编码" });
    expect(v[`H${first + 300}`]).toMatchObject({ type: "list", promptTitle: "支出类型" });
    expect(String(v[`H${first}`]!.formulae[0])).toContain("项目支出");
    expect(String(v[`I${first}`]!.formulae[0])).toContain("一般公共预算");
    expect(v[`L${first}`]).toMatchObject({ type: "decimal", promptTitle: "金额（元）" });
    expect(v.D4).toMatchObject({ type: "list", formulae: ['"行政,参公,事业"'], promptTitle: "单位性质" });
    expect(v[`A${header}`]).toBeUndefined();
  });

  test("prints A4 landscape, one page wide, the line-item columns only, the header on every page", async () => {
    const sheet = out.book.getWorksheet("明细")!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
    // An absolute reference: LibreOffice ignores $A1:$L335 and prints the overflowing settings too.
    expect(await out.workbookXml()).toMatch(/明细&apos;!\$A\$1:\$L\$\d+</);
  });

  test("codes stored as text are not flagged as numbers stored as text", async () => {
    expect(await out.xml("明细")).toMatch(/<ignoredErrors><ignoredError sqref="A1:K\d+" numberStoredAsText="1"\/><\/ignoredErrors><\/worksheet>$/);
    const t2 = await out.xml("表2");
    expect(t2).toContain('<ignoredErrors><ignoredError sqref="A7:A29" numberStoredAsText="1"/></ignoredErrors>');
    // In the order the schema asks: after the header and footer.
    expect(t2.indexOf("<ignoredErrors>")).toBeGreaterThan(t2.indexOf("</headerFooter>"));
    const codes = out.book.getWorksheet("表2")!.getColumn(1).values.filter((v) => typeof v === "string" && /^\d+$/.test(v));
    expect(codes.length).toBeGreaterThan(20);
  });
});

describe("the blank template's 明细 sheet", () => {
  let out: Written;
  beforeAll(async () => {
    out = await written(templateWorkbook(GUANGZHOU_PACK));
  });
  const header = 22;

  test("the settings to fill in stay in view with the header and its 填写说明 row", () => {
    const sheet = out.book.getWorksheet("明细")!;
    expect(sheet.getCell(`A${header}`).value).toBe("收支");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: header + 1 });
  });

  test("the 填写说明 row wraps, and is tall enough for its longest explanation", () => {
    const sheet = out.book.getWorksheet("明细")!;
    const row = sheet.getRow(header + 1);
    expect(String(row.getCell(1).value)).toMatch(/^填写说明：/);
    expect(row.getCell(6).alignment).toMatchObject({ wrapText: true });
    // 部门预算支出经济分类 款，5 位数字，如 30101；收入行不填 in a 14-character column: four lines of 14 points.
    const text = String(row.getCell(6).value);
    expect(text).toContain("收入行不填");
    expect(row.height).toBeGreaterThanOrEqual(4 * 14);
  });

  test("every rule has an input prompt", () => {
    const v = validationsOf(out.book.getWorksheet("明细")!);
    const first = header + 2;
    for (const col of ["A", "B", "C", "D", "F", "H", "I", "L"]) expect(v[`${col}${first}`]).toMatchObject({ showInputMessage: true, promptTitle: expect.any(String), prompt: expect.any(String) });
    expect(v[`D${first}`]!.prompt).toContain("7 位数字");
    expect(v.D4).toMatchObject({ promptTitle: "单位性质" });
  });
});
