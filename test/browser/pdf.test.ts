/**
 * The built task pane in Chromium with published PDFs: pdf.js stays out of the start-up script
 * and loads only when a PDF is picked, from the add-in's own files; 从 PDF 导入表格 writes the
 * corpus PDF's tables into new sheets laid out as printed (the active sheet left in front),
 * which validate like any workbook; 与上年对比 takes last year's PDF; a bad PDF is refused.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { makePdf } from "../fixtures/pdfFiles";
import { buildDir, paneForTests, PaneWindow } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ENTRY_LIMIT } = require("../../webpack.config.js") as { ENTRY_LIMIT: number };

const CORPUS = path.join(__dirname, "..", "corpus", "putuo-czj-2025");
const PDF = path.join(CORPUS, "putuo-czj-2025.pdf");
const transcription = JSON.parse(fs.readFileSync(path.join(CORPUS, "transcription.json"), "utf8")) as { tables: { sheet: string; rows: string[][] }[] };

const fake = (page: Page) => page.evaluate(() => {
  const state = (window as unknown as PaneWindow).fakeOffice.state;
  return { names: state.sheets.map((s) => s.name), active: state.sheets.find((s) => s.id === state.activeSheetId)?.name };
});
/** The values of a sheet's cells, row by row. */
const sheetValues = (page: Page, name: string) => page.evaluate((n) => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === n)!.rows.map((r) => (r ?? []).map((c) => c?.value ?? null)), name);
const loadedScripts = (page: Page) => page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));

describe("the task pane with published PDFs", () => {
  const pane = paneForTests();
  let page: Page;
  let dir: string;
  beforeAll(() => {
    page = pane.page;
    dir = fs.mkdtempSync(path.join(buildDir(), "pdf-"));
  });

  test("the start-up script stays under its limit, without pdf.js, which is a chunk of its own", async () => {
    const built = path.join(buildDir(), "pane");
    expect(fs.statSync(path.join(built, "taskpane.js")).size).toBeLessThanOrEqual(ENTRY_LIMIT);
    expect(fs.readFileSync(path.join(built, "taskpane.js"), "utf8")).not.toContain("GlobalWorkerOptions");
    expect(fs.readdirSync(built).some((f) => /^pdfjs\.\w+\.js$/.test(f))).toBe(true);
    for (const f of ["pdfjs/pdf.worker.min.js", "pdfjs/cmaps/UniGB-UCS2-H.bcmap", "pdfjs/standard_fonts/LiberationSans-Regular.ttf"]) expect(fs.existsSync(path.join(built, f))).toBe(true);
    await page.getByText("就绪。").waitFor();
    expect((await loadedScripts(page)).filter((url) => /pdfjs|pdf\.worker/.test(url))).toEqual([]);
  });

  test("从 PDF 导入表格 writes every table as printed into new sheets; they validate with no error", async () => {
    const before = await fake(page);
    await page.locator("#pdf-file").setInputFiles(PDF);
    await page.getByText(/已从 PDF 读取 9 张表/).waitFor({ timeout: 60_000 });
    const after = await fake(page);
    expect(after.active).toBe(before.active);
    expect(after.names).toEqual([...before.names, ...transcription.tables.map((t) => t.sheet)]);
    // pdf.js and its worker came from the add-in's own origin.
    const origin = new URL(page.url()).origin;
    const pdfFiles = (await loadedScripts(page)).filter((url) => /pdfjs|pdf\.worker/.test(url));
    expect(pdfFiles.length).toBeGreaterThan(0);
    expect(pdfFiles.every((url) => url.startsWith(origin))).toBe(true);

    // Every printed row of 表1 is in its sheet, figures as numbers.
    const t1 = transcription.tables[0];
    const values = await sheetValues(page, t1.sheet);
    const total = values.find((r) => r[0] === "收入总计")!;
    expect(total).toEqual(t1.rows[t1.rows.length - 1].map((v) => (/^[\d,.]+$/.test(v) ? Number(v.replace(/,/g, "")) : v)));

    await page.locator("#validate").click();
    await page.getByText(/校验完成/).waitFor();
    expect(await page.locator("#counts").textContent()).toMatch(/^错误 0 /);
  }, 120_000);

  test("与上年对比 takes last year's PDF: the figure changed since is the one change", async () => {
    const sheet = transcription.tables[0].sheet;
    const row = (await sheetValues(page, sheet)).findIndex((r) => r[0] === "收入总计");
    await page.evaluate(([s, a]) => (window as unknown as PaneWindow).fakeOffice.userEdit(s, a, 31_214_305.8), [sheet, `B${row + 1}`] as const);

    const [compared] = await Promise.all([page.waitForEvent("download"), page.locator("#previous-file").setInputFiles(PDF)]);
    await page.getByText(/已对比 \d+ 个数（本年：当前工作簿；上年：putuo-czj-2025\.pdf）/).waitFor({ timeout: 60_000 });
    expect(await page.locator("#statements li").count()).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fs.readFileSync((await compared.path())!) as unknown as ArrayBuffer);
    const rows = book.getWorksheet("上年对比")!.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
    const header = rows.findIndex((r) => r.includes("增减额"));
    const change = rows[header].indexOf("增减额");
    const changed = rows.slice(header + 1).filter((r) => typeof r[change] === "number" && r[change] !== 0);
    expect(changed.map((r) => [r[1], r[2], r[change]])).toEqual([["表1", "收入总计", 100]]);
  }, 120_000);

  test("a PDF without text is refused with the reason, and nothing is written", async () => {
    const before = await fake(page);
    const scan = path.join(dir, "扫描件.pdf");
    fs.writeFileSync(scan, makePdf({ pages: 2 }));
    await page.locator("#pdf-file").setInputFiles(scan);
    await page.getByText("扫描件.pdf：没有文字层（可能是扫描件），无法读取").waitFor({ timeout: 60_000 });
    expect(await fake(page)).toEqual(before);
  }, 120_000);
});
