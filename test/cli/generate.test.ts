import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { smallModelJson } from "../fixtures/smallModel";
import { problemShown, run } from "./run";

describe("budget-tables generate / demo / convert", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("demo writes the example's workbook and says where", async () => {
    const r = await run("demo", "-o", file("demo.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(file("demo.xlsx"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file("demo.xlsx"));
    expect(book.getWorksheet("表1")!.getCell("B6").value).toBe(101820.73);
  });

  test("generate without a model uses the example; --with-mingxi adds the line items", async () => {
    const r = await run("generate", "-o", file("out.xlsx"), "--with-mingxi");
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file("out.xlsx"));
    expect(book.worksheets.map((s) => s.name)).toEqual(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9", "表10", "表11", "表12", "明细"]);
  });

  test("a bad model: exit 2 and every problem listed", async () => {
    const json = smallModelJson();
    (json.expenditures as Array<Record<string, unknown>>)[0].economic = "3020";
    (json.expenditures as Array<Record<string, unknown>>)[2].amount = "12.345";
    fs.writeFileSync(file("bad.json"), JSON.stringify(json));
    const r = await run("generate", file("bad.json"), "-o", file("out.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problemShown("expenditures[0].economic", '"3020" is not a 5-digit economic code'));
    expect(r.stderr).toMatch(problemShown("expenditures[2].amount", "12.345 has more than 2 decimals"));
    expect(fs.existsSync(file("out.xlsx"))).toBe(false);
  });

  test("missing files, unknown commands and options: exit 2 with a message", async () => {
    expect((await run("generate", file("none.json"), "-o", file("o.xlsx"))).stderr).toContain("ENOENT");
    expect((await run("frobnicate")).code).toBe(2);
    for (const name of ["constructor", "toString", "__proto__"]) expect(await run(name)).toMatchObject({ code: 2, stderr: expect.stringContaining(`unknown command "${name}"`) });
    expect((await run("generate", "--bogus")).code).toBe(2);
    expect((await run("generate")).stderr).toContain("generate needs -o out.xlsx");
    expect((await run("generate", "-o", file("o.xlsx"), "--unit", "千元")).stderr).toContain("--unit must be 万元 or 元");
    // Names of Object's own properties are no unit, pack or command.
    expect((await run("generate", "-o", file("o.xlsx"), "--unit", "__proto__")).stderr).toContain('--unit must be 万元 or 元, not "__proto__"');
    expect((await run("template", "-o", file("o.xlsx"), "--pack", "toString")).stderr).toMatch(problemShown("toString", "cannot read it: ENOENT"));
    fs.writeFileSync(file("unit.json"), JSON.stringify({ ...smallModelJson(), displayUnit: "toString" }));
    expect((await run("generate", file("unit.json"), "-o", file("o.xlsx"))).stderr).toMatch(problemShown("displayUnit", 'expected 万元 or 元, found "toString"'));
    expect(fs.existsSync(file("o.xlsx"))).toBe(false);
  });

  test("an existing output file is kept unless --force", async () => {
    fs.writeFileSync(file("mine.xlsx"), "precious");
    const r = await run("generate", "-o", file("mine.xlsx"));
    expect(r.code).toBe(2);
    expect(fs.readFileSync(file("mine.xlsx"), "utf8")).toBe("precious");
    expect((await run("generate", "-o", file("mine.xlsx"), "--force")).code).toBe(0);
  });

  test("convert JSON → 明细 workbook → JSON keeps the model", async () => {
    fs.writeFileSync(file("m.json"), JSON.stringify(smallModelJson()));
    expect((await run("convert", file("m.json"), "-o", file("m.xlsx"))).code).toBe(0);
    expect((await run("convert", file("m.xlsx"), "-o", file("back.json"))).code).toBe(0);
    const back = JSON.parse(fs.readFileSync(file("back.json"), "utf8"));
    expect(back.expenditures[1]).toEqual({ unit: "jbj", function: "2010301", economic: "30217", kind: "项目支出", fund: "一般公共预算", project: "p1", amount: 500000 });
    expect((await run("generate", file("m.xlsx"), "-o", file("t.xlsx"))).code).toBe(0);
  });

  test("a workbook without a 明细 sheet is refused by name", async () => {
    await run("generate", "-o", file("tables.xlsx"));
    const r = await run("generate", file("tables.xlsx"), "-o", file("again.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no sheet named 明细");
  });

  test("progress goes to stderr when asked for, results to stdout", async () => {
    const r = await run("generate", "-o", file("p.xlsx"), "--progress");
    expect(r.stderr).toMatch(/\[\d+\.\ds\] generating 表1–表12 from 238 line items/);
    expect(r.stdout).not.toMatch(/generating/);
  });
});
