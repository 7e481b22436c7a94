/** The validate command: exit codes, the JSON report on disk, the text report on stdout. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateCommand } from "../../src/cli/validateCommand";
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { smallModel } from "../fixtures/validation/smallModel";
import { seedGrids } from "../fixtures/validation/workbooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "validate-"));
const file = (name: string) => path.join(dir, name);
const write = async (name: string, grids: TableGrid[]) => fs.writeFileSync(file(name), await gridsToXlsxBuffer(grids));

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = stderr = "";
  jest.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  jest.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
});
afterEach(() => jest.restoreAllMocks());
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a consistent workbook exits 0 with a text report ending in the summary", async () => {
  await write("good.xlsx", generateGrids(smallModel(), GUANGZHOU_PACK));
  expect(await validateCommand([file("good.xlsx")])).toBe(0);
  expect(stdout.trimEnd().split("\n").pop()).toMatch(/^结果：找到 12\/12 张表.*错误 0，警告 0/);
});

test("errors exit 1; the JSON report goes to -o", async () => {
  await write("seed.xlsx", seedGrids());
  expect(await validateCommand([file("seed.xlsx"), "--format", "json", "-o", file("report.json")])).toBe(1);
  const report = JSON.parse(fs.readFileSync(file("report.json"), "utf8"));
  expect(report.summary).toMatchObject({ errors: 1, warnings: 0, tablesFound: 12 });
  expect(report.findings.find((f: { severity: string }) => f.severity === "error")).toMatchObject({
    rule: "X.T3-T12.project",
    sheet: "表12",
    cell: "B6",
    expected: 90047.19,
    actual: 87249.22,
    messageEn: expect.stringContaining("beyond the rounding tolerance 0.01"),
  });
  expect(stdout).toBe("");
});

test.each([
  [["missing.xlsx"], /not a readable \.xlsx workbook/],
  [[], /validate needs a workbook, a folder or files/],
  [["a.xlsx", "--format", "xml"], /--format must be text or json/],
  [["a.xlsx", "--bogus"], /Unknown option/],
])("unreadable input or bad usage %p exits 2", async (args, message) => {
  fs.writeFileSync(file("a.xlsx"), "not a zip");
  expect(await validateCommand(args.map((a) => (a.endsWith(".xlsx") ? file(a) : a)))).toBe(2);
  expect(stderr).toMatch(message);
});

test("a broken catalogue exits 2 naming its line", async () => {
  await write("good2.xlsx", generateGrids(smallModel(), GUANGZHOU_PACK));
  fs.writeFileSync(file("codes.csv"), "code,name\n2010301\n");
  expect(await validateCommand([file("good2.xlsx"), "--catalog", file("codes.csv")])).toBe(2);
  expect(stderr).toMatch(/codes\.csv:2: 编码 2010301 没有名称\n\s+code 2010301 has no name/);
});
