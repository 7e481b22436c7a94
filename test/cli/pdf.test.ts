/**
 * The CLI on PDFs: validate names pages and printed labels in every report form, import lays a
 * PDF's tables out as a workbook that validates alike, compare takes a PDF for either year, and
 * bad PDFs (scanned, encrypted, corrupt, no budget table, too many pages) are refused with a
 * message naming the file in Chinese and English and exit 2.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { corruptPdf, makePdf } from "../fixtures/pdfFiles";
import { run } from "./run";

const corpus = (name: string) => path.join(__dirname, "../corpus", name, `${name}.pdf`);
const FULIYUAN = corpus("fuliyuan-2024");
const PUTUO = corpus("putuo-czj-2025");

let dir: string;
const file = (name: string) => path.join(dir, name);
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-pdf-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("validate book.pdf", () => {
  test("text: each finding at its page and printed row and column; exit 1 for the real 类 code error", async () => {
    const { code, stdout } = await run("validate", FULIYUAN);
    expect(code).toBe(1);
    expect(stdout).toContain("第 9 页 表3 71102 事业单位医疗 · 类");
    expect(stdout).toContain("第 14 页 表8 30202 咨询费");
    expect(stdout).not.toMatch(/表\d+ [A-Z]{1,2}\d+ /);
  });

  test("JSON: findings carry their origin (file, page, place) beside the cell of the imported layout", async () => {
    const { stdout } = await run("validate", FULIYUAN, "--format", "json");
    const malformed = JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === "code.malformed");
    expect(malformed.map((f: { origin: unknown }) => f.origin)).toEqual([
      { file: "fuliyuan-2024.pdf", page: 9, place: "第 9 页 表3 71102 事业单位医疗 · 类" },
      { file: "fuliyuan-2024.pdf", page: 11, place: "第 11 页 表5 71102 事业单位医疗 · 类" },
    ]);
  });

  test("CSV: the place stands where a cell would", async () => {
    expect((await run("validate", FULIYUAN, "-o", file("report.csv"))).code).toBe(1);
    expect(fs.readFileSync(file("report.csv"), "utf8")).toContain(",第 9 页 表3 71102 事业单位医疗 · 类,错误,code.malformed,");
  });

  test("related cells in the CSV are printed places too", async () => {
    expect((await run("validate", PUTUO, "-o", file("putuo.csv"))).code).toBe(0);
    expect(fs.readFileSync(file("putuo.csv"), "utf8")).toMatch(/X\.T9-T8\.runningCosts,.*,第 20 页 表8 合计 · 公用经费\r?\n/);
  });

  test("an identity's message names the page before the row it names", async () => {
    const { stdout } = await run("validate", PUTUO);
    expect(stdout).toContain("第 21 页 表9 机关运行经费预算数 表9 第 21 页 预算数·机关运行经费预算数 为 2,294,300.00，与表8相应数 2,294,335.00（表8 第 20 页 合计·公用经费 2,294,335.00）");
  });

  test("--generic checks the tables by their kinds whatever pack matches, and still finds the real 类 code error", async () => {
    const { code, stdout } = await run("validate", FULIYUAN, "--generic", "--format", "json");
    const report = JSON.parse(stdout);
    expect([code, report.summary.pack.id]).toEqual([1, "generic"]);
    expect(report.summary.tables.every((t: { checks: string }) => t.checks === "generic")).toBe(true);
    expect(report.findings.filter((f: { rule: string }) => f.rule === "code.malformed").map((f: { origin: { page: number } }) => f.origin.page)).toEqual([9, 11]);
    expect(report.findings.some((f: { rule: string }) => f.rule === "layout.unrecognised")).toBe(false);
    expect((await run("validate", FULIYUAN, "--generic", "--pack", "shanghai")).stderr).toContain("give --pack or --generic, not both");
  });

  test("a PDF is known by its content, not its name", async () => {
    fs.copyFileSync(FULIYUAN, file("named-like-a-workbook.xlsx"));
    const { code, stdout } = await run("validate", file("named-like-a-workbook.xlsx"));
    expect([code, stdout]).toEqual([1, expect.stringContaining("第 9 页 表3 71102 事业单位医疗 · 类")]);
  });

  test("--mark needs cells: refused for a PDF", async () => {
    const { code, stderr } = await run("validate", FULIYUAN, "--mark", file("marked.xlsx"));
    expect([code, stderr]).toEqual([2, expect.stringContaining("fuliyuan-2024.pdf is a PDF, which has no cells to mark")]);
  });
});

describe("import book.pdf", () => {
  test("-o tables.xlsx: one sheet per table as printed, validating to the PDF's findings at the same cells", async () => {
    expect((await run("import", FULIYUAN, "-o", file("tables.xlsx"))).code).toBe(0);
    const fromPdf = JSON.parse((await run("validate", FULIYUAN, "--format", "json")).stdout);
    const fromXlsx = JSON.parse((await run("validate", file("tables.xlsx"), "--format", "json")).stdout);
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
    expect(fromXlsx.findings.map(key)).toEqual(fromPdf.findings.map(key));
    expect(fromXlsx.summary.identitiesChecked).toBe(fromPdf.summary.identitiesChecked);
  });

  test("-o tables.json: the table-level model", async () => {
    expect((await run("import", PUTUO, "-o", file("tables.json"))).code).toBe(0);
    const model = JSON.parse(fs.readFileSync(file("tables.json"), "utf8"));
    expect(model.tables.map((t: { table: string }) => t.table)).toEqual(["表1", "表2", "表3", "表4", "表5", "表6", "表7", "表8", "表9"]);
  });
});

test("compare 2025.xlsx 2024.pdf: last year's PDF read like a workbook", async () => {
  expect((await run("import", PUTUO, "-o", file("putuo.xlsx"))).code).toBe(0);
  const { code, stdout } = await run("compare", file("putuo.xlsx"), PUTUO, "-o", file("compare.json"));
  expect(code).toBe(0);
  const comparison = JSON.parse(fs.readFileSync(file("compare.json"), "utf8"));
  expect(comparison.figures.length).toBeGreaterThan(100);
  expect(comparison.figures.every((f: { change: number | null }) => !f.change)).toBe(true);
  expect(stdout).toContain("figures compared");
});

describe("bad PDFs: a message naming the file in both languages, exit 2, no stack trace", () => {
  test.each([
    ["scan.pdf", () => makePdf({ pages: 3 }), "没有文字层（可能是扫描件）", "has no text layer (a scan?)"],
    ["locked.pdf", () => makePdf({ text: "secret", encrypted: true }), "已加密", "is encrypted (password protected)"],
    ["broken.pdf", corruptPdf, "已损坏或不是有效的 PDF", "is damaged or not a valid PDF"],
    ["letter.pdf", () => makePdf({ text: "Dear reader, no tables here." }), "找不到预算公开表", "holds no budget table"],
    ["thousand.pdf", () => makePdf({ pages: 1000, text: "page" }), "共 1000 页，超过上限 500 页", "has 1000 pages, more than the limit of 500"],
  ])("%s", async (name, make, zh, en) => {
    fs.writeFileSync(file(name), make());
    for (const args of [["validate", file(name)], ["import", file(name), "-o", file("out.xlsx")], ["compare", file(name), file(name), "-o", file("c.csv")]]) {
      const { code, stdout, stderr } = await run(...args);
      expect([code, stdout]).toEqual([2, ""]);
      expect(stderr).toContain(`${name}：${zh}`);
      expect(stderr).toContain(`${name} ${en}`);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

test("a PDF over 64 MiB is refused before it is read", async () => {
  fs.writeFileSync(file("huge.pdf"), "%PDF-1.7\n");
  fs.truncateSync(file("huge.pdf"), 65 * 1024 * 1024);
  const { code, stderr } = await run("validate", file("huge.pdf"));
  expect([code, stderr]).toEqual([2, expect.stringContaining("huge.pdf is 65.0 MiB, more than the limit of 64.0 MiB")]);
});
