/**
 * The battery of bad inputs from issue 10 (test/fixtures/bad/README.md): each is refused with its
 * place and exit 2, or written out harmlessly, never a crash.
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { decodeCsvBytes, readCodeCatalog } from "../../src/catalog/csvCatalog";
import { smallModelJson } from "../fixtures/smallModel";
import { problemShown, run } from "./run";

const fixture = (...parts: string[]) => path.join(__dirname, "../fixtures", ...parts);

let dir: string;
const file = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-bad-"));
  expect((await run("demo", "-o", file("demo.xlsx"))).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A problem given as "path: English" in the file `file`, as the CLI prints it (Chinese first). */
function shownAt(file: string, problem: string): RegExp {
  const colon = problem.indexOf(": ");
  return problemShown(`${file}: ${problem.slice(0, colon)}`, problem.slice(colon + 2));
}

describe("table-level JSON", () => {
  test.each([
    ["tables-listed-twice.json", "tables[2].table: 表3 is listed twice (also tables[0]); keep one of them"],
    ["tables-unknown-id.json", "tables[1].table: 表99 is not a table of 部门预算公开表（12张表，广州格式） (表1 表2 表3 表4 表5 表6 表7 表8 表9 表10 表11 表12)"],
  ])("%s: refused with its place by import and compare", async (name, problem) => {
    const bad = fixture("bad", name);
    for (const args of [
      ["import", bad, "-o", file("out.xlsx")],
      ["import", bad, "-o", file("out.json")],
      ["compare", file("demo.xlsx"), bad, "-o", file("out.csv")],
    ]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(shownAt(bad, problem));
      expect(r.stderr).not.toContain("internal error");
      expect(r.stdout).toBe("");
    }
    expect(fs.readdirSync(dir)).toEqual(["demo.xlsx"]);
  });

  test("the same in a whole model: 表12 renamed 表99 is not silently dropped", async () => {
    expect((await run("import", file("demo.xlsx"), "-o", file("t.json"))).code).toBe(0);
    const json = JSON.parse(fs.readFileSync(file("t.json"), "utf8"));
    json.tables[11].table = "表99";
    fs.writeFileSync(file("t99.json"), JSON.stringify(json));
    const r = await run("import", file("t99.json"), "-o", file("t99.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problemShown("tables[11].table", "表99 is not a table of"));
    expect(r.stdout).not.toContain("已读取");
    for (const f of ["t.json", "t99.json"]) fs.rmSync(file(f));
  });
});

describe("hand-edited table-level JSON: each bad field refused at its path, never an internal error", () => {
  type Json = { fiscalYear?: unknown; tables: Array<Record<string, unknown> & { rows: Array<Record<string, unknown>> }> };
  let good: Json;
  beforeAll(async () => {
    expect((await run("import", file("demo.xlsx"), "-o", file("good.json"))).code).toBe(0);
    good = JSON.parse(fs.readFileSync(file("good.json"), "utf8"));
    fs.rmSync(file("good.json"));
  });

  test.each([
    ["tables[0].columns: expected an array of {key, label}", (j: Json) => delete j.tables[0].columns],
    ["tables[0].note: expected a text", (j: Json) => (j.tables[0].note = 7)],
    ["tables[1].rows[2].name: expected a text", (j: Json) => delete j.tables[1].rows[2].name],
    ["tables[1].rows[2].level: expected a whole number, 0 or more", (j: Json) => (j.tables[1].rows[2].level = "x")],
    ["tables[11].rows[2].texts: expected texts by column key", (j: Json) => (j.tables[11].rows[2].texts = 5)],
    ["fiscalYear: expected a year such as 2024", (j: Json) => (j.fiscalYear = "2024")],
    ["tables[0].rows[0].figures.income: expected {value: a number with at most 2 decimals, cell: an A1 address}", (j: Json) => ((j.tables[0].rows[0].figures as Record<string, { cell: string }>).income.cell = "ZZZZ99999999")],
    ["tables: expected an array of at least one table", (j: Json) => (j.tables = [])],
  ])("%s", async (problem, spoil) => {
    const json = JSON.parse(JSON.stringify(good));
    spoil(json);
    fs.writeFileSync(file("spoilt.json"), JSON.stringify(json));
    for (const args of [["import", file("spoilt.json"), "-o", file("out.xlsx")], ["compare", file("spoilt.json"), file("demo.xlsx"), "-o", file("out.csv")]]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(shownAt(file("spoilt.json"), problem));
      expect(r.stderr).not.toContain("internal error");
    }
    fs.rmSync(file("spoilt.json"));
    expect(fs.readdirSync(dir)).toEqual(["demo.xlsx"]);
  });
});

describe("CSV outputs neutralise formulas (OWASP)", () => {
  /** Every field of a CSV, and its raw text. */
  const csv = (name: string) => {
    const text = fs.readFileSync(file(name), "utf8");
    return { text, fields: (parse(text, { bom: true, relax_column_count: true }) as string[][]).flat() };
  };
  /** No field a spreadsheet would take for a formula, unless it is entirely a number. */
  const noFormula = (fields: string[]) => fields.filter((f) => /^[=+\-@\t\r]/.test(f) && !/^[+-]?\d[\d,]*(\.\d+)?%?$/.test(f));

  test('findings of a sheet named =HYPERLINK("x")', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file("demo.xlsx"));
    const sheet = book.getWorksheet("表3")!;
    sheet.getCell("D7").value = 1;
    sheet.name = '=HYPERLINK("x")';
    await book.xlsx.writeFile(file("hyperlink.xlsx"));
    expect((await run("validate", file("hyperlink.xlsx"), "-o", file("findings.csv"))).code).toBe(1);
    const { text, fields } = csv("findings.csv");
    expect(text).toContain(`表3,"'=HYPERLINK(""x"")",D7,错误,T3.hierarchy,`);
    expect(fields).toContain(`'=HYPERLINK("x")`);
    expect(noFormula(fields)).toEqual([]);
    // A negative difference stays a plain number.
    expect(text).toMatch(/,-7347\.37,0\.01,D8\r\n/);
  });

  test("a comparison naming a project =1+1", async () => {
    const model = smallModelJson();
    fs.writeFileSync(file("last.json"), JSON.stringify(model));
    (model.projects as Array<{ name: string }>)[0].name = "=1+1";
    fs.writeFileSync(file("this.json"), JSON.stringify(model));
    for (const year of ["this", "last"]) expect((await run("generate", file(`${year}.json`), "-o", file(`${year}.xlsx`))).code).toBe(0);
    expect((await run("compare", file("this.xlsx"), file("last.xlsx"), "-o", file("compare.csv"))).code).toBe(0);
    const { text, fields } = csv("compare.csv");
    expect(fields).toContain("'=1+1");
    expect(text).toContain(`,"'=1+1",`);
    expect(fields).toContain("'@运维项目");
    expect(noFormula(fields)).toEqual([]);
  });
});

describe("code catalogue CSV", () => {
  const made = '科目编码,科目名称\r\n2010301,行政运行\r\n"20103","政府办公厅（室）及相关机构事务"\r\n30201,"办公费, 含""印刷费""\r\n及邮电费"\r\n2010350,事业运行（镕）\r\n2010399,其他（䶮㐀）\r\n';
  const names = new Map([
    ["2010301", "行政运行"],
    ["20103", "政府办公厅（室）及相关机构事务"],
    ["30201", '办公费, 含"印刷费"\r\n及邮电费'],
    ["2010350", "事业运行（镕）"],
    ["2010399", "其他（䶮㐀）"],
  ]);
  const utf16 = (text: string, bigEndian: boolean) => {
    const le = Buffer.from(`\uFEFF${text}`, "utf16le");
    return bigEndian ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
  };

  test.each([
    ["GB18030, as Excel on Chinese Windows saves it (the committed fixture)", fs.readFileSync(fixture("catalog", "codes-gb18030.csv"))],
    ["UTF-8", Buffer.from(made)],
    ["UTF-8 with a byte-order mark", Buffer.from(`\uFEFF${made}`)],
    ["UTF-16 LE with a byte-order mark", utf16(made, false)],
    ["UTF-16 BE with a byte-order mark", utf16(made, true)],
  ])("%s", (_, bytes) => {
    expect(decodeCsvBytes(bytes).replace(/^\uFEFF/, "")).toBe(made);
    expect(readCodeCatalog(bytes, "codes.csv")).toEqual({ ok: true, names });
  });

  test("a record after a quoted line break is reported at its own line; mixed line ends", () => {
    const r = readCodeCatalog(Buffer.from('201,"一般公共\n服务支出"\r\n20x,坏\n30201,\r\n'), "codes.csv");
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: "codes.csv:3", message: '"20x" is not a 3-, 5- or 7-digit code', zh: "“20x”不是 3、5 或 7 位编码" },
        { path: "codes.csv:4", message: "code 30201 has no name", zh: "编码 30201 没有名称" },
      ],
    });
  });

  test("an unclosed quote: validate exits 2 naming the file and line", async () => {
    const bad = fixture("bad", "catalog-unclosed-quote.csv");
    const r = await run("validate", file("demo.xlsx"), "--catalog", bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(problemShown(`${bad}:4`, "not readable as CSV: Quote Not Closed"));
  });

  test("a GB18030 catalogue names codes in validate", async () => {
    const r = await run("validate", file("demo.xlsx"), "--catalog", fixture("catalog", "codes-gb18030.csv"), "--format", "json");
    expect(r.code).toBe(0);
    const findings = JSON.parse(r.stdout).findings as Array<{ rule: string; message: string }>;
    // The catalogue's names are used before the built-in ones: 事业运行（镕）, decoded from GB18030, differs from the printed 事业运行.
    const named = findings.filter((f) => f.rule === "code.catalogName" && f.message.includes("2010350"));
    expect(named.length).toBeGreaterThan(0);
    expect(named[0].message).toContain("“事业运行（镕）”");
  });
});

test("an unexpected error inside a command: one line, exit 2", async () => {
  jest.spyOn(JSON, "stringify").mockImplementation(() => {
    throw new TypeError("cannot serialise");
  });
  const r = await run("pack", "export");
  expect(r).toEqual({ code: 2, stdout: "", stderr: "budget-tables: 内部错误 internal error: cannot serialise\n" });
});
