/**
 * `budget-tables narrative draft|check`: a draft of the bundled Shanghai example as .docx, .txt
 * and as a new sheet of a copy of the workbook, each checked clean (exit 0); a real document's
 * PDF text with its known error (exit 1); a figure planted in the workbook's 说明 sheet found and
 * marked at its cell; bad usage and inputs exit 2 with one clear line, outputs never replacing
 * their inputs.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { loadModelText } from "../../src/model/load";
import { DRAFT_SHEET } from "../../src/narrative/draftGrid";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { corpusWorkbooks } from "../corpus/buildWorkbook";
import { run } from "./run";

const EXAMPLE = path.join(__dirname, "../../examples/shanghai-2025.json");

describe("narrative", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-narrative-"));
    const loaded = loadModelText(fs.readFileSync(EXAMPLE, "utf8"), EXAMPLE);
    if (!loaded.ok) throw new Error("example does not load");
    fs.writeFileSync(file("book.xlsx"), await gridsToXlsxBuffer(generateGrids(loaded.model, SHANGHAI_PACK)));
    const last = { ...loaded.model, fiscalYear: 2024, expenditures: loaded.model.expenditures.map((e) => ({ ...e, amount: Math.round(e.amount * 0.9) })), revenues: loaded.model.revenues.map((r) => ({ ...r, amount: Math.round(r.amount * 0.9) })) };
    fs.writeFileSync(file("last.xlsx"), await gridsToXlsxBuffer(generateGrids(last, SHANGHAI_PACK)));
    fs.writeFileSync(file("putuo.xlsx"), await corpusWorkbooks().find((w) => w.name === "putuo-czj-2025")!.buffer);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(["说明.docx", "说明.txt"])("draft -o %s, then check it against the workbook: exit 0, no error", async (name) => {
    const drafted = await run("narrative", "draft", file("book.xlsx"), "-o", file(name));
    expect([drafted.code, drafted.stderr]).toEqual([0, ""]);
    expect(drafted.stdout).toContain(file(name));
    const checked = await run("narrative", "check", file("book.xlsx"), "--narrative", file(name));
    expect([checked.code, checked.stderr]).toEqual([0, ""]);
    expect(checked.stdout).toMatch(/错误 0，警告 0/);
  });

  test("--last-year: the draft states the changes, and its check against both years is clean; without last year they are not checked", async () => {
    expect((await run("narrative", "draft", file("book.xlsx"), "--last-year", file("last.xlsx"), "-o", file("changes.txt"))).code).toBe(0);
    expect(fs.readFileSync(file("changes.txt"), "utf8")).toMatch(/财政拨款收入17,191\.52万元，比2024年预算增加1,719\.\d\d万元/);
    const both = await run("narrative", "check", file("book.xlsx"), "--narrative", file("changes.txt"), "--last-year", file("last.xlsx"), "--format", "json");
    expect(both.code).toBe(0);
    expect(JSON.parse(both.stdout).summary).toMatchObject({ errors: 0, warnings: 0, notChecked: 0 });
    const alone = await run("narrative", "check", file("book.xlsx"), "--narrative", file("changes.txt"), "--format", "json");
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.stdout).summary.notChecked).toBeGreaterThan(5);
  });

  test("draft -o copy.xlsx adds the 说明（草稿） sheet to a copy, keeps every sheet, and its check (the workbook's own 说明) is clean", async () => {
    expect((await run("narrative", "draft", file("book.xlsx"), "-o", file("drafted.xlsx"))).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("drafted.xlsx"));
    expect(wb.worksheets.map((s) => s.name)).toEqual([...SHANGHAI_PACK.tables.map((t) => t.sheetName), DRAFT_SHEET]);
    expect(String(wb.getWorksheet(DRAFT_SHEET)!.getCell("A2").value)).toMatch(/^2025年，上海市财政局收入预算/);
    const checked = await run("narrative", "check", file("drafted.xlsx"), "--format", "json");
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).summary).toMatchObject({ errors: 0, warnings: 0, notChecked: 0 });
    // Drafted again into the drafted copy: a second sheet, the first untouched.
    expect((await run("narrative", "draft", file("drafted.xlsx"), "-o", file("twice.xlsx"))).code).toBe(0);
    const twice = new ExcelJS.Workbook();
    await twice.xlsx.readFile(file("twice.xlsx"));
    expect(twice.worksheets.slice(-2).map((s) => s.name)).toEqual([DRAFT_SHEET, `${DRAFT_SHEET}2`]);
  });

  test("a figure planted in the workbook's 说明 sheet: exit 1, the finding at its cell, marked with --mark", async () => {
    expect((await run("narrative", "draft", file("book.xlsx"), "-o", file("planted.xlsx"))).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("planted.xlsx"));
    const sheet = wb.getWorksheet(DRAFT_SHEET)!;
    let address = "";
    sheet.eachRow((row) => {
      const cell = row.getCell(1);
      if (String(cell.value).startsWith("（三）公务接待费")) {
        cell.value = String(cell.value).replace(/公务接待费[\d.,]+万元/, "公务接待费99.99万元");
        address = cell.address;
      }
    });
    await wb.xlsx.writeFile(file("planted.xlsx"));
    const checked = await run("narrative", "check", file("planted.xlsx"), "--format", "json", "--mark", file("marked.xlsx"));
    expect(checked.code).toBe(1);
    const errors = JSON.parse(checked.stdout).findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.map((f: { rule: string; sheet: string; cell: string }) => [f.rule, f.sheet, f.cell])).toEqual([["narrative.amount", DRAFT_SHEET, address]]);
    expect(errors[0].quote).toContain("99.99万元");
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(file("marked.xlsx"));
    const note = marked.getWorksheet(DRAFT_SHEET)!.getCell(address).note;
    expect(JSON.stringify(note)).toContain("narrative.amount");
  });

  test("validate --with-narrative: the 说明 sheet's findings in validate's report, under 说明, and marked", async () => {
    const clean = await run("validate", file("drafted.xlsx"), "--with-narrative");
    expect([clean.code, clean.stderr]).toEqual([0, ""]);
    const planted = await run("validate", file("planted.xlsx"), "--with-narrative", "--mark", file("marked-by-validate.xlsx"));
    expect(planted.code).toBe(1);
    expect(planted.stdout).toMatch(/\n说明\n +错误 error +narrative\.amount +说明（草稿）!A\d+ /);
    const marked = new ExcelJS.Workbook();
    await marked.xlsx.readFile(file("marked-by-validate.xlsx"));
    const notes: string[] = [];
    marked.getWorksheet(DRAFT_SHEET)!.eachRow((row) => row.eachCell((c) => c.note && notes.push(JSON.stringify(c.note))));
    expect(notes.join()).toContain("narrative.amount");
    const none = await run("validate", file("book.xlsx"), "--with-narrative");
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("no sheet named …说明")]);
  });

  test("the PDF text of 普陀区财政局 2025 against its tables: exit 1, 887.36万元 reported", async () => {
    const checked = await run("narrative", "check", file("putuo.xlsx"), "--narrative", path.join(__dirname, "../narrative/fixtures/putuo-czj-2025.txt"));
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/narrative\.amount +putuo-czj-2025\.txt!第7页第11句 .*887\.36万元/);
    expect(checked.stdout).toMatch(/错误 2，警告 3/);
  });

  test.each([
    [["narrative"], /narrative needs check or draft/],
    [["narrative", "draft", "BOOK"], /needs -o 说明\.docx/],
    [["narrative", "draft", "BOOK", "-o", "BOOK"], /input/],
    [["narrative", "check", "BOOK"], /no narrative text found/],
    [["narrative", "check", "BOOK", "--narrative", "说明.rtf"], /--narrative takes a \.docx, a \.pdf/],
    [["narrative", "check", "BOOK", "--narrative", "missing.pdf"], /missing\.pdf/],
    [["narrative", "check", "BOOK", "--narrative", "BOOK_AS_DOCX"], /is not a \.docx/],
  ])("%j: exit 2 with one clear line", async (argv, message) => {
    fs.copyFileSync(file("book.xlsx"), file("fake.docx"));
    const args = argv.map((a) => (a === "BOOK" ? file("book.xlsx") : a === "BOOK_AS_DOCX" ? file("fake.docx") : a));
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test("a workbook of another layout (the Guangzhou demo): exit 2, saying the narrative needs the Shanghai tables", async () => {
    expect((await run("demo", "-o", file("guangzhou.xlsx"))).code).toBe(0);
    const r = await run("narrative", "draft", file("guangzhou.xlsx"), "-o", file("gz.docx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the workbook has none of them");
    expect(fs.existsSync(file("gz.docx"))).toBe(false);
  });

  test("an existing output is replaced only with --force", async () => {
    fs.writeFileSync(file("kept.docx"), "mine");
    expect((await run("narrative", "draft", file("book.xlsx"), "-o", file("kept.docx"))).code).toBe(2);
    expect(fs.readFileSync(file("kept.docx"), "utf8")).toBe("mine");
    expect((await run("narrative", "draft", file("book.xlsx"), "-o", file("kept.docx"), "--force")).code).toBe(0);
  });
});
