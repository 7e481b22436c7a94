/**
 * `validate DIR|FILES…`: a folder of good, erroneous and unreadable files checked on worker
 * threads (compiled into dist-cli first, as a user runs them), its summary as text, JSON and .xlsx
 * read back, exit codes, and the same summary whatever the number of jobs.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateGrids } from "../../src/generation/generate";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { FIRST_FINDINGS } from "../../src/report/folderSummary";
import { smallModel } from "../fixtures/validation/smallModel";
import { seedGrids } from "../fixtures/validation/workbooks";
import { progressBar } from "../../src/cli/progressBar";
import { checkOnWorkers } from "../../src/cli/workerPool";
import { run } from "./run";

const root = path.resolve(__dirname, "../..");
let dir: string;
const file = (...names: string[]) => path.join(dir, ...names);

/** The folder: a Shanghai workbook (its titles state the year), a good and an erroneous Guangzhou one, a broken .xlsx and .pdf, files that are skipped. */
beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json")], { cwd: root });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-folders-"));
  fs.mkdirSync(file("books", "sub"), { recursive: true });
  fs.mkdirSync(file("empty"));
  expect((await run("generate", "--pack", "shanghai", "-o", file("books", "a-shanghai.xlsx"))).code).toBe(0);
  fs.writeFileSync(file("books", "b-good.xlsx"), await gridsToXlsxBuffer(generateGrids(smallModel(), GUANGZHOU_PACK)));
  fs.writeFileSync(file("books", "sub", "c-errors.xlsx"), await gridsToXlsxBuffer(seedGrids()));
  fs.writeFileSync(file("books", "sub", "d-broken.xlsx"), "not a zip");
  fs.writeFileSync(file("books", "sub", "e-scan.pdf"), "not a pdf");
  fs.writeFileSync(file("books", "~$b-good.xlsx"), "Office's lock file");
  fs.writeFileSync(file("books", "notes.txt"), "not checked");
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BOOKS = ["a-shanghai.xlsx", "b-good.xlsx", "sub/c-errors.xlsx", "sub/d-broken.xlsx", "sub/e-scan.pdf"];

interface JsonRow {
  path: string;
  department: string | null;
  year: number | null;
  pack: { id: string } | null;
  tables: { found: number; expected: number };
  errors: number;
  warnings: number;
  infos: number;
  findings: Array<{ rule: string; severity: string; sheet: string; cell: string }>;
  findingsOmitted: number;
  unreadable?: string;
}

async function jsonSummary(...args: string[]): Promise<{ code: number; files: JsonRow[]; totals: Record<string, number> }> {
  const r = await run("validate", file("books"), "--format", "json", ...args);
  return { code: r.code, ...JSON.parse(r.stdout) };
}

test("JSON: one row a file in a stable order, with department, year, pack, counts and the first findings, errors first", async () => {
  const { code, files, totals } = await jsonSummary("--jobs", "2");
  expect(code).toBe(1);
  expect(files.map((f) => path.relative(file("books"), f.path))).toEqual(BOOKS);
  const [shanghai, good, errors, broken, scan] = files;
  expect(shanghai).toMatchObject({ department: "上海市财政局", year: 2025, pack: { id: SHANGHAI_PACK.id }, errors: 0 });
  expect(good).toMatchObject({ department: "广州市政务服务数据管理局", pack: { id: GUANGZHOU_PACK.id }, tables: { found: 12, expected: 12 }, errors: 0, warnings: 0 });
  expect(errors).toMatchObject({ errors: 1, pack: { id: GUANGZHOU_PACK.id } });
  expect(errors.findings[0]).toMatchObject({ rule: "X.T3-T12.project", severity: "error", sheet: "表12", cell: "B6" });
  for (const f of files) {
    expect(f.findings.length).toBeLessThanOrEqual(FIRST_FINDINGS);
    expect(f.findings.length + f.findingsOmitted).toBe(f.errors + f.warnings + f.infos);
  }
  expect(broken.unreadable).toMatch(/d-broken\.xlsx.*not a readable \.xlsx workbook/);
  expect(scan.unreadable).toMatch(/e-scan\.pdf/);
  expect(broken).toMatchObject({ pack: null, errors: 0, findings: [] });
  expect(totals).toEqual({ files: 5, unreadable: 2, withErrors: 1, errors: 1, warnings: expect.any(Number), infos: expect.any(Number) });
});

test("--jobs 1 and --jobs 2 give the same summary", async () => {
  const one = await run("validate", file("books"), "--format", "json", "--jobs", "1");
  const two = await run("validate", file("books"), "--format", "json", "--jobs", "2");
  expect(one.code).toBe(1);
  expect(two.stdout).toBe(one.stdout);
});

test("--generic reaches the workers: every readable file checked by the generic checks", async () => {
  const { files } = await jsonSummary("--generic");
  expect(files.map((f) => f.pack?.id ?? null)).toEqual(["generic", "generic", "generic", null, null]);
  // The seed's one error is 表12 (项目支出) against 表3, a table kind the generic checks leave out.
  expect(files.map((f) => f.errors)).toEqual([0, 0, 0, 0, 0]);
  expect(files[0].findings.map((f) => f.rule)).not.toContain("layout.unrecognised");
});

test("text: a line a file with its first errors, unreadable files said so, the totals last", async () => {
  const r = await run("validate", file("books"), "--jobs", "2");
  expect(r.code).toBe(1);
  const lines = r.stdout.trimEnd().split("\n");
  const fileLines = lines.filter((l) => l.startsWith(file("books")));
  expect(fileLines.map((l) => path.relative(file("books"), l.split("  ")[0]))).toEqual(BOOKS);
  expect(fileLines[1]).toMatch(/b-good\.xlsx {2}广州市政务服务数据管理局 {2}— {2}部门预算公开表.* {2}表 12\/12 {2}错误 0 {2}警告 0/);
  expect(r.stdout).toMatch(/c-errors\.xlsx .*错误 1 .*\n {4}错误 error +X\.T3-T12\.project +表12!B6/);
  expect(fileLines[3]).toMatch(/d-broken\.xlsx {2}无法读取 unreadable: /);
  expect(lines.at(-1)).toBe(`共 5 个文件：2 个无法读取，1 个有错误；${lines.at(-1)!.split("；")[1]}`);
  expect(lines.at(-1)).toMatch(/\| 5 file\(s\): 2 unreadable, 1 with errors; 1 error\(s\)/);
  expect(r.stderr).toBe("");
});

test("--progress draws the bar on stderr up to the last file; stdout stays the summary", async () => {
  const r = await run("validate", file("books", "b-good.xlsx"), file("books", "a-shanghai.xlsx"), "--progress");
  expect(r.code).toBe(0);
  expect(r.stderr.trimEnd().split("\n").pop()).toMatch(/^\[#{30}\] 2\/2 个文件 files, [\d.]+\/s$/);
  expect(r.stdout).not.toContain("个文件 files,");
});

test(".xlsx: a row a file linking to the file and to its findings, whose rows link back", async () => {
  const out = file("books", "summary.xlsx");
  const r = await run("validate", file("books"), "-o", out, "--jobs", "2");
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  fs.rmSync(out);
  const summary = workbook.getWorksheet("汇总")!;
  const findings = workbook.getWorksheet("问题")!;
  const header = summary.getRow(3).values as unknown[];
  expect(header.slice(1)).toEqual(["文件", "部门", "年度", "版式", "表", "错误", "警告", "提示", "首要问题", "问题明细"]);
  // The summary written into the folder it checks is not one of the files checked.
  const rows = [4, 5, 6, 7, 8].map((n) => summary.getRow(n));
  expect(summary.rowCount).toBe(8);
  expect(rows.map((row) => row.getCell(1).value)).toEqual(BOOKS.map((b) => ({ text: file("books", b), hyperlink: b })));
  expect(rows[2].getCell(6).value).toBe(1);
  expect(String(rows[3].getCell(9).value)).toMatch(/^无法读取 unreadable: /);
  expect(rows.slice(3).map((row) => row.getCell(10).value)).toEqual([null, null]);
  for (const [i, row] of rows.slice(0, 3).entries()) {
    const link = row.getCell(10).value as ExcelJS.CellFormulaValue;
    const target = Number(/^HYPERLINK\("#'问题'!A(\d+)",/.exec(link.formula)![1]);
    const first = findings.getRow(target).getCell(1).value as ExcelJS.CellFormulaValue;
    expect(first.result).toBe(file("books", BOOKS[i]));
    expect(first.formula).toBe(`HYPERLINK("#'汇总'!A${row.number}","${file("books", BOOKS[i])}")`);
  }
  const errorsFirst = findings.getRow(Number(/A(\d+)/.exec((rows[2].getCell(10).value as ExcelJS.CellFormulaValue).formula)![1]));
  expect((errorsFirst.values as unknown[]).slice(2, 8)).toEqual(["表12", "表12", "B6", "错误", "X.T3-T12.project", expect.stringContaining("表12 B6")]);
});

test(".csv: the summary sheet's rows, with a byte-order mark for Excel", async () => {
  const out = file("summary.csv");
  expect((await run("validate", file("books"), "-o", out)).code).toBe(1);
  const lines = fs.readFileSync(out, "utf8").split("\r\n");
  expect(lines[0]).toBe("\uFEFF文件,部门,年度,版式,表,错误,警告,提示,首要问题,问题明细");
  expect(lines.slice(1, -1).map((l) => path.relative(file("books"), l.split(",")[0]))).toEqual(BOOKS);
});

test("exit 0 when no file has errors, 2 when no file could be read (the summary still written)", async () => {
  expect((await run("validate", file("books", "a-shanghai.xlsx"), file("books", "b-good.xlsx"))).code).toBe(0);
  const none = await run("validate", file("books", "sub", "d-broken.xlsx"), file("books", "sub", "e-scan.pdf"));
  expect(none.code).toBe(2);
  expect(none.stdout).toContain("共 2 个文件：2 个无法读取");
});

test.each([
  ["a nonexistent path", () => [file("books"), file("missing")], /missing: 没有这个文件或文件夹 no such file or folder/],
  ["an empty folder", () => [file("empty")], /no \.xlsx or \.pdf files in .*empty/],
  ["--jobs 0", () => [file("books"), "--jobs", "0"], /--jobs must be a whole number from 1 to 9999, not "0"/],
  ["--mark on a folder", () => [file("books"), "--mark", file("m.xlsx")], /--mark marks one workbook/],
])("%s: exit 2 with one line and nothing on stdout", async (_, args, message) => {
  const r = await run("validate", ...args());
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stdout).toBe("");
});

test("on a terminal the bar is redrawn in place, at most ten times a second, and ends its line", () => {
  let stderr = "";
  const write = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    const bar = progressBar(3, true, true);
    bar.tick();
    bar.tick();
    bar.tick();
  } finally {
    write.mockRestore();
  }
  const draws = stderr.split("\r").slice(1);
  expect(draws[0]).toMatch(/^\[#{10}-{20}\] 1\/3 个文件 files, [\d.]+\/s$/);
  // The second file came within 100 ms of the first: not drawn; the last always is.
  expect(draws).toHaveLength(2);
  expect(draws[1]).toMatch(/^\[#{30}\] 3\/3 个文件 files, [\d.]+\/s\n$/);
});

test("a worker that dies (here: out of memory at once, under a 1 MB heap) costs only its file; a fresh worker takes the next", async () => {
  const files = ["b-good.xlsx", "a-shanghai.xlsx", "sub/c-errors.xlsx"].map((b) => file("books", b));
  const rows: string[] = [];
  await checkOnWorkers(files, 2, {}, (i, row) => (rows[i] = `${path.basename(row.path)} ${row.unreadable}`), { maxOldGenerationSizeMb: 1 });
  expect(rows).toEqual(files.map((f) => expect.stringMatching(new RegExp(`^${path.basename(f)} 内部错误 internal error: .*memory`))));
});
