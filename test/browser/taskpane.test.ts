/**
 * The built task pane in headless Chromium at 350 × 720 px against the in-memory test host:
 * generate, validate, see the findings, click one, re-validate after an edit, clear flags;
 * the blank template, downloads, packs, table data and the comparison with last year.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import example from "../../examples/guangzhou-2024.json";
import { cellAddress } from "../../src/generation/grid";
import { generateGrids } from "../../src/generation/generate";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { percentOf } from "../../src/io/compare";
import { loadModel } from "../../src/model/load";
import type { BudgetModel } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { buildDir, paneForTests, PaneWindow, screenshotPath } from "./harness";

/** Last year, made up: the example with every amount scaled by 0.8, to the 分. */
function scaledYearBefore(model: BudgetModel): BudgetModel {
  const scale = <T extends { amount: number }>(item: T): T => ({ ...item, amount: Math.round(item.amount * 0.8) });
  return { ...model, fiscalYear: model.fiscalYear - 1, revenues: model.revenues.map(scale), expenditures: model.expenditures.map(scale) };
}

/** 1234567 hundredths → "12,345.67", as the 说明 sentences print amounts. */
const money = (cents: number) => `${Math.floor(cents / 100).toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;

const tableCells = (page: Page) => page.evaluate(() => JSON.stringify((window as unknown as PaneWindow).fakeOffice.state.sheets.filter((s) => /^表\d+$/.test(s.name)).map((s) => [s.name, s.rows, [...s.notes]])));

describe("the task pane in Chromium", () => {
  const pane = paneForTests();
  let dir: string;
  let page: Page;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(buildDir(), "files-"));
    page = pane.page;
  });

  test("generate, validate, select a finding, re-validate after an edit, clear flags", async () => {
    // The host holds every request until released, so that the pane is seen while it works.
    await page.evaluate(() => {
      const w = window as unknown as { Excel: { run: (batch: unknown) => Promise<unknown> }; releaseExcel: () => void };
      const run = w.Excel.run;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      w.releaseExcel = () => ((w.Excel.run = run), release());
      w.Excel.run = async (batch) => (await held, run(batch));
    });
    await page.getByText("生成表格").click();
    await page.locator("#progress-box").waitFor({ state: "visible" });
    expect(await page.locator("#progress-label").textContent()).not.toBe("");
    await page.screenshot({ path: screenshotPath("taskpane-generating.png") });
    await page.evaluate(() => (window as unknown as { releaseExcel: () => void }).releaseExcel());
    await page.getByText(/已生成 12 张表/).waitFor();
    await page.screenshot({ path: screenshotPath("taskpane-generated.png") });
    const generated = await tableCells(page);

    // Break 表3's first 类 row: its 基本支出 no longer adds up to its 合计.
    const loaded = loadModel(example);
    if (!loaded.ok) throw new Error("example model does not load");
    const t3 = generateGrids(loaded.model, GUANGZHOU_PACK)[2];
    const row = t3.bodyRows.first + 1;
    const address = cellAddress(row, 3);
    const original = t3.cells[row][3]!.value as number;
    await page.evaluate(([a, v]) => (window as unknown as PaneWindow).fakeOffice.userEdit("表3", a as string, v as number), [address, original + 100] as const);

    await page.getByText("校验当前工作簿").click();
    await page.getByText(/校验完成/).waitFor();
    const errors = page.locator(".finding.error");
    expect(await errors.count()).toBeGreaterThan(0);
    expect(await page.locator("#counts").textContent()).toMatch(/^错误 [1-9]/);
    await page.screenshot({ path: screenshotPath("taskpane.png") });

    const first = errors.first();
    const where = (await first.locator(".where").textContent())!;
    await first.click();
    await page.waitForFunction((w) => {
      const sel = (window as unknown as PaneWindow).fakeOffice.state.selection;
      return sel && `${sel.sheet}!${sel.address}` === w;
    }, where);
    const flagged = await page.evaluate(() => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === "BudgetTablesFlags")?.visibility);
    expect(flagged).toBe("VeryHidden");

    // Putting the figure back re-validates by itself once the edits pause.
    await page.evaluate(([a, v]) => (window as unknown as PaneWindow).fakeOffice.userEdit("表3", a as string, v as number), [address, original] as const);
    await page.waitForFunction(() => /^错误 0/.test(document.getElementById("counts")?.textContent ?? ""), undefined, { timeout: 20_000 });
    await page.screenshot({ path: screenshotPath("taskpane-after-edit.png") });

    await page.getByText("清除标记").click();
    await page.getByText(/已清除标记/).waitFor();
    await page.screenshot({ path: screenshotPath("taskpane-cleared.png") });
    expect(await tableCells(page)).toBe(generated);
  }, 120_000);

  test("insert the blank template beside the tables, download the findings and the model", async () => {
    await page.getByText("插入空白模板").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    await page.getByText("另存为新表").click();
    await page.getByText(/已插入空白模板/).waitFor();
    const mingxi = await page.evaluate(() => {
      const sheet = (window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === "明细")!;
      return { validations: sheet.validations.size, header: sheet.rows.some((r) => r?.[0]?.value === "收支") };
    });
    expect(mingxi).toEqual({ validations: 9, header: true });

    // 从明细生成: the unfilled sheet's problems are flagged at their cells; once filled, a bad row is flagged and left out.
    await page.locator("fluent-radio[value=mingxi]").click();
    await page.locator("#generate").click();
    await page.getByText(/模型有 2 处问题/).waitFor();
    // The Chinese pane says each problem in Chinese (issue 11, item 7).
    expect((await page.locator("#message").textContent())!.replace(/明细![A-Z]+\d+/g, "")).not.toMatch(/[A-Za-z]{2,}/);
    const notes = () => page.evaluate(() => [...(window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === "明细")!.notes.keys()]);
    expect(await notes()).toEqual(["B1", "B2"]);
    const edits: Array<[string, string | number]> = [
      ["B1", "测试局"], ["B2", 2025], ["B4", "jbj"], ["C4", "测试局本级"], ["D4", "行政"], ["B17", "功能"], ["C17", "20103"], ["D17", "政府办公厅（室）及相关机构事务"],
      ["A24", "收入"], ["B24", "jbj"], ["D24", "2010301"], ["E24", "行政运行"], ["I24", "一般公共预算"], ["L24", 100],
      ["A25", "支出"], ["B25", "jbj"], ["D25", "2010301"], ["F25", "3010"], ["H25", "基本支出"], ["I25", "一般公共预算"], ["L25", 50],
      // A good row that spends the revenue: without it the model would not balance (收支平衡) and be refused.
      ["A26", "支出"], ["B26", "jbj"], ["D26", "2010301"], ["F26", "30101"], ["H26", "基本支出"], ["I26", "一般公共预算"], ["L26", 100],
    ];
    for (const [address, value] of edits) await page.evaluate(([a, v]) => (window as unknown as PaneWindow).fakeOffice.userEdit("明细", a as string, v), [address, value] as const);
    await page.locator("#generate").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    await page.getByText("替换", { exact: true }).click();
    await page.getByText(/有 1 处问题，相应的行未计入表格/).waitFor();
    expect(await notes()).toEqual(["F25"]);
    await page.locator("fluent-radio[value=example]").click();

    for (const [button, name] of [["CSV", "校验结果.csv"], [".xlsx", "校验结果.xlsx"], ["JSON", "校验结果.json"], ["导出模型 JSON", "广州市政务服务数据管理局-2024.json"]]) {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByText(button, { exact: true }).click()]);
      expect(file.suggestedFilename()).toBe(name);
      const body = fs.readFileSync((await file.path())!);
      if (name.endsWith(".csv")) expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      if (name.endsWith(".xlsx")) expect(body.subarray(0, 2).toString()).toBe("PK");
      if (name.startsWith("校验结果.json")) expect(JSON.parse(body.toString()).summary.tablesFound).toBe(12);
      if (name.startsWith("广州")) expect(JSON.parse(body.toString()).expenditures.length).toBeGreaterThan(100);
    }
  }, 120_000);

  test("export the pack, import an edited one, refuse a broken one, switch to the Shanghai pack", async () => {
    const [exported] = await Promise.all([page.waitForEvent("download"), page.getByText("导出当前模板包").click()]);
    expect(exported.suggestedFilename()).toBe("guangzhou-department-12-2024.1.json");
    const pack = JSON.parse(fs.readFileSync((await exported.path())!, "utf8"));

    // An officer renames 表3's 基本支出 column and imports the pack: generation follows it.
    const t3 = pack.tables.find((t: { id: string }) => t.id === "表3");
    t3.columns.find((c: { key: string }) => c.key === "基本支出").header = ["基本支出（人员和公用）"];
    const edited = path.join(dir, "edited-pack.json");
    fs.writeFileSync(edited, JSON.stringify(pack));
    await page.locator("#pack-file").setInputFiles(edited);
    await page.locator("#pack-in-use").getByText(/当前模板包：部门预算公开表（12张表，广州格式）/).waitFor();
    await page.locator("#generate").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    await page.getByText("替换", { exact: true }).click();
    await page.getByText(/已生成 12 张表/).waitFor();
    const header = () => page.evaluate(() => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === "表3")!.rows[3]?.map((c) => c?.value));
    expect(await header()).toContain("基本支出（人员和公用）");

    // A broken pack is refused with its place, and the edited pack stays in use.
    const broken = path.join(dir, "broken-pack.json");
    t3.columns.find((c: { key: string }) => c.key === "合计").sumOf[1] = "基本支出x";
    fs.writeFileSync(broken, JSON.stringify(pack));
    await page.locator("#pack-file").setInputFiles(broken);
    await page.getByText(/模板包有 1 处问题，未采用/).waitFor();
    expect(await page.locator("#message").textContent()).toContain('broken-pack.json tables[2].columns[2].sumOf[1]: "基本支出x" 不是 表3 的列');

    // The Shanghai pack brings its own example and layout.
    await page.locator("fluent-radio[value=shanghai]").click();
    await page.locator("#source-example").getByText(/上海市财政局 2025 年/).waitFor();
    await page.locator("#generate").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    await page.getByText("替换", { exact: true }).click();
    await page.getByText(/已生成 9 张表/).waitFor();
    const titles = await page.evaluate(() =>
      (window as unknown as PaneWindow).fakeOffice.state.sheets.filter((s) => /^表[1-9]$/.test(s.name)).map((s) => s.rows.flat().find((c) => typeof c?.value === "string" && /预算/.test(c.value as string))?.value),
    );
    expect(titles[0]).toBe("2025年预算单位财务收支预算总表");
    await page.getByText("校验当前工作簿").click();
    await page.getByText(/校验完成/).waitFor();
    expect(await page.locator("#counts").textContent()).toMatch(/^错误 0 · 警告 0/);
    await page.locator("fluent-radio[value=guangzhou]").click();
  }, 120_000);

  test("export the tables as JSON; compare with last year's workbook: sentences in the pane, the comparison downloaded", async () => {
    // The previous tests left the blank template's 表1 (2)–表12 (2), which come first in the workbook and so would be
    // read as the tables (the reader takes a table's first titled sheet), and the Shanghai tables in 表1–表9: the
    // officer deletes the blank copies and the Guangzhou example replaces the rest.
    for (let n = 1; n <= 12; n++) await page.evaluate((name) => (window as unknown as PaneWindow).fakeOffice.userDeleteSheet(name), `表${n} (2)`);
    await page.locator("#generate").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    await page.getByText("替换", { exact: true }).click();
    await page.getByText(/已生成 12 张表/).waitFor();

    const [exported] = await Promise.all([page.waitForEvent("download"), page.getByText("导出表格数据（JSON）").click()]);
    expect(exported.suggestedFilename()).toBe("表格数据.json");
    const tables = JSON.parse(fs.readFileSync((await exported.path())!, "utf8"));
    expect(tables).toMatchObject({ format: "budget-tables/tables", department: "广州市政务服务数据管理局" });
    expect(tables.tables.length).toBe(12);
    const t1 = tables.tables.find((t: { table: string }) => t.table === "表1");
    expect(t1.rows.find((r: { key: string }) => r.key === "收入总计").figures.income.value).toBe(101820.73);
    expect(await page.locator("#message").textContent()).toMatch(/读取了 12 张表[\s\S]*仅凭表格无法还原：\n· 明细（逐笔数据）/);

    // A file that is not a workbook is refused with what to do.
    const junk = path.join(dir, "去年.xlsx");
    fs.writeFileSync(junk, "not a zip");
    await page.locator("#previous-file").setInputFiles(junk);
    await page.getByText(/无法读取 去年\.xlsx：它不是有效的 \.xlsx 工作簿/).waitFor();

    const loaded = loadModel(example);
    if (!loaded.ok) throw new Error("example model does not load");
    const lastGrids = generateGrids(scaledYearBefore(loaded.model), GUANGZHOU_PACK);
    const lastFile = path.join(dir, "2023.xlsx");
    fs.writeFileSync(lastFile, await gridsToXlsxBuffer(lastGrids));
    const before = Math.round((lastGrids[0].cells.flat().find((c) => c?.row === "收入总计" && c.column === "income")!.value as number) * 100);
    const change = 10_182_073 - before;

    const [compared] = await Promise.all([page.waitForEvent("download"), page.locator("#previous-file").setInputFiles(lastFile)]);
    await page.getByText(/已对比 \d+ 个数（本年：当前工作簿；上年：2023\.xlsx）/).waitFor();
    const sentence = `本部门收入预算101,820.73万元，比上年增加${money(change)}万元，增长${money(percentOf(change, before))}%。`;
    const shown = await page.locator("#statements li").allTextContents();
    expect(shown[0]).toBe(sentence);
    expect(shown).toHaveLength(9);

    expect(compared.suggestedFilename()).toBe("上年对比.xlsx");
    const body = fs.readFileSync((await compared.path())!);
    expect(body.subarray(0, 2).toString()).toBe("PK");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("上年对比")!;
    expect(sheet.getCell("A2").value).toBe(sentence);
    const rows = sheet.getSheetValues().filter((r): r is ExcelJS.CellValue[] => Array.isArray(r));
    const income = rows.find((r) => r[1] === "表1" && r[2] === "收入总计" && r[4] === "income")!;
    expect([income[7], income[9], income[11]]).toEqual([101820.73, before / 100, change / 100]);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByText("下载对比 CSV").click()]);
    expect(csv.suggestedFilename()).toBe("上年对比.csv");
    expect(fs.readFileSync((await csv.path())!).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  }, 120_000);
});
