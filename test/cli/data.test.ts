import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { workbookToSheets } from "../../src/hosts/xlsx/readWorkbook";
import { ITEM_COLUMNS, mingxiToModel, readMingxi, SheetValue, sheetValueRows } from "../../src/model/mingxi";
import { formatProblem } from "../../src/model/types";
import { readTables } from "../../src/reading/readTables";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { ruleLookup } from "../../src/validation/rules";
import { run } from "./run";

type Validations = { model: Record<string, { type: string; formulae: unknown[] } | undefined> };

describe("budget-tables template / import / compare / validate -o", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const load = async (name: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file(name));
    return book;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-data-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the blank template: 表1–表12 without figures, and a 明细 sheet with explanations and data validation", async () => {
    expect((await run("template", "-o", file("blank.xlsx"))).code).toBe(0);
    expect((await run("template", "-o", file("blank.xlsx"))).code).toBe(2);
    const book = await load("blank.xlsx");
    expect(book.worksheets.map((s) => s.name)).toEqual([...GUANGZHOU_PACK.tables.map((t) => t.sheetName), "明细"]);
    const sheets = workbookToSheets(book);
    expect(sheets.slice(0, 12).every((s) => s.rows.every((r) => !r || r.every((v) => typeof v !== "number")))).toBe(true);
    const { views, problems } = readTables(sheets, GUANGZHOU_PACK);
    expect(problems.map((p) => p.rule).filter((r) => ruleLookup(GUANGZHOU_PACK)(r).severity === "error")).toEqual([]);
    expect([...views.get("表1")!.byKey.keys()]).toEqual(expect.arrayContaining(["预算拨款", "类:201", "类:230", "本年支出合计", "收入总计", "支出总计"]));
    expect([...views.get("表8")!.byKey.keys()]).toEqual(["行政经费", "三公经费", "因公出国", "公务用车", "公务用车购置", "公务用车运行维护", "公务接待"]);
    expect(views.get("表3")!.rows.map((r) => r.key)).toEqual(["合计"]);
    expect(book.getWorksheet("表1")!.getCell("B6").numFmt).toBe("#,##0.00");

    const mingxi = book.getWorksheet("明细")!;
    const rows = sheetValueRows(workbookToSheets(book).find((sheet) => sheet.name === "明细")!);
    const header = rows.findIndex((r) => r[0] === "收支");
    expect(rows[header].slice(0, ITEM_COLUMNS.length)).toEqual(ITEM_COLUMNS.map((c) => c.header));
    expect(String(rows[header + 1][0])).toMatch(/^填写说明/);
    const validations = (mingxi as unknown as { dataValidations: Validations }).dataValidations.model;
    const at = (col: string) => validations[`${col}${header + 3}`];
    expect(at("A")).toMatchObject({ type: "list", formulae: ['"收入,支出"'] });
    expect(at("C")).toMatchObject({ type: "list", formulae: ["$C$4:$C$13"] });
    expect(at("D")).toMatchObject({ type: "custom" });
    expect(String(at("D")!.formulae[0])).toContain(`LEN(D${header + 3})=7`);
    expect(at("F")).toMatchObject({ type: "custom" });
    expect(at("H")).toMatchObject({ type: "list", formulae: ['"基本支出,项目支出,事业单位经营支出,对附属单位补助支出,上缴上级支出,结转下年"'] });
    expect(at("I")?.type).toBe("list");
    expect(at("L")).toMatchObject({ type: "decimal" });

    // Unfilled: the reader asks for the settings, not about the explanation row.
    const empty = readMingxi(rows);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems.map((p) => formatProblem(p, "en"))).toEqual([expect.stringMatching(/^明细!B1: /), expect.stringMatching(/^明细!B2: /)]);
    // Filled in: a department, a year, a unit, a code name and two rows under the explanation row.
    const filled: SheetValue[][] = rows.map((r) => [...r]);
    filled[0][1] = "测试局";
    filled[1][1] = 2025;
    filled[3].splice(1, 3, "jbj", "测试局本级", "行政");
    filled[rows.findIndex((r) => r[0] === "科目")].splice(1, 3, "功能", "20103", "政府办公厅（室）及相关机构事务");
    filled.push(["收入", "jbj", null, "2010301", "行政运行", null, null, null, "一般公共预算", null, null, 100], ["支出", null, "测试局本级", "2010301", "行政运行", "30101", null, "基本支出", "一般公共预算", null, null, 100]);
    const model = mingxiToModel(filled);
    if (!model.ok) throw new Error(model.problems.map((p) => formatProblem(p, "en")).join("\n"));
    expect(model.model.expenditures).toHaveLength(1);
  });

  test("import: the example workbook → tables.json → tables.xlsx, saying what cannot be recovered", async () => {
    await run("demo", "-o", file("demo.xlsx"));
    const r = await run("import", file("demo.xlsx"), "-o", file("tables.json"));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/12 tables, \d+ figures/);
    expect(r.stdout).toContain("not recoverable from tables alone");
    const json = JSON.parse(fs.readFileSync(file("tables.json"), "utf8"));
    expect(json.tables[0].rows[0].figures.income).toEqual({ value: 101820.73, cell: "B6" });
    expect((await run("import", file("tables.json"), "-o", file("tables.xlsx"))).code).toBe(0);
    expect((await load("tables.xlsx")).getWorksheet("表1")!.getCell("B6").value).toBe(101820.73);
    expect((await run("import", file("none.xlsx"), "-o", file("x.json"))).code).toBe(2);
  });

  test("compare: two workbooks → .csv, .xlsx, .json, and the 说明 sentences on stdout", async () => {
    await run("demo", "-o", file("this.xlsx"));
    await run("import", file("this.xlsx"), "-o", file("last.json"));
    const last = JSON.parse(fs.readFileSync(file("last.json"), "utf8"));
    last.tables[0].rows.find((r: { key: string }) => r.key === "支出总计").figures.expenditure.value = 49057.92;
    fs.writeFileSync(file("last.json"), JSON.stringify(last));
    const r = await run("compare", file("this.xlsx"), file("last.json"), "-o", file("c.csv"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("本部门支出预算101,820.73万元，比上年增加52,762.81万元，增长107.55%。");
    expect(fs.readFileSync(file("c.csv"), "utf8").startsWith("\uFEFF表,行")).toBe(true);
    expect((await run("compare", file("this.xlsx"), file("last.json"), "-o", file("c.xlsx"))).code).toBe(0);
    expect((await load("c.xlsx")).getWorksheet("上年对比")).toBeDefined();
    expect((await run("compare", file("this.xlsx"), file("last.json"), "-o", file("c.json"))).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("c.json"), "utf8")).statements[1].id).toBe("expenditure");
  });

  test("validate -o: findings as .xlsx, CSV with a BOM, and JSON, by the file's extension", async () => {
    await run("demo", "-o", file("book.xlsx"));
    const book = await load("book.xlsx");
    book.getWorksheet("表3")!.getCell("D7").value = 1;
    await book.xlsx.writeFile(file("bad.xlsx"));
    for (const ext of ["xlsx", "csv", "json"]) expect((await run("validate", file("bad.xlsx"), "-o", file(`report.${ext}`))).code).toBe(1);
    const json = JSON.parse(fs.readFileSync(file("report.json"), "utf8"));
    const errors = json.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const csv = fs.readFileSync(file("report.csv"), "utf8");
    expect(csv.startsWith("\uFEFF表,工作表,单元格,级别,规则,说明,Message,应为,实为,差额,容差,相关单元格\r\n")).toBe(true);
    expect(csv.split("\r\n").filter((l) => l.includes(",错误,")).length).toBe(errors.length);
    const rows = sheetValueRows(workbookToSheets(await load("report.xlsx")).find((sheet) => sheet.name === "校验结果")!);
    // Above the header: the title, the summary, the layout and a line per table saying which checks ran.
    const header = rows.findIndex((r) => r[0] === "表");
    expect(rows.slice(0, header).some((r) => String(r[0]).includes("模板包核对 pack checks"))).toBe(true);
    expect(rows.slice(header + 1).filter((r) => r[3] === "错误")).toHaveLength(errors.length);
    expect(rows.slice(header + 1).find((r) => r[3] === "错误")![4]).toBe(errors[0].rule);
  });
});
