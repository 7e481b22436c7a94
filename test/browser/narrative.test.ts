/**
 * The pane's 起草说明 and 核对说明 in the browser: with the Shanghai example's tables, the draft
 * goes into a new sheet, is checked clean with the tables, and a figure the officer then mistypes
 * is listed with its sentence and painted in its cell.
 */
import type { Page } from "playwright-core";
import { paneForTests, PaneWindow } from "./harness";

const DRAFT = "说明（草稿）";

const sheetText = (page: Page, sheet: string) =>
  page.evaluate((name) => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((s) => s.name === name)?.rows.map((r) => String(r?.[0]?.value ?? "")) ?? [], sheet);

describe("说明 in the task pane (zh-CN, ExcelApi 1.18)", () => {
  const pane = paneForTests();
  let page: Page;
  beforeAll(() => (page = pane.page));

  test("起草说明 writes the draft into a new sheet; 核对说明 finds nothing wrong, then the mistyped figure at its cell", async () => {
    await page.locator("fluent-radio[value=shanghai]").click();
    await page.locator("#source-example").getByText(/上海市财政局 2025 年/).waitFor();
    await page.locator("#generate").click();
    await page.getByText(/已生成 9 张表/).waitFor();

    await page.locator("#draft-narrative").click();
    await page.getByText(`已把按表起草的说明写入新工作表“${DRAFT}”，原有工作表未改动。`, { exact: false }).waitFor();
    const drafted = await sheetText(page, DRAFT);
    expect(drafted[1]).toMatch(/^2025年，上海市财政局收入预算17,191\.52万元/);

    await page.locator("#check-narrative").click();
    await page.getByText(/说明：核对了 \d+ 处数字或说法；0 个数/).waitFor();
    expect(await page.locator("#counts").textContent()).toMatch(/^错误 0 · 警告 0/);

    const row = drafted.findIndex((t) => t.startsWith("（三）公务接待费"));
    const wrong = drafted[row].replace(/公务接待费[\d.,]+万元/, "公务接待费52.40万元");
    await page.evaluate(([s, a, v]) => (window as unknown as PaneWindow).fakeOffice.userEdit(s, a, v), [DRAFT, `A${row + 1}`, wrong] as const);
    await page.locator("#check-narrative").click();
    await page.getByText(/说明：核对了/).waitFor();
    expect(await page.locator("#counts").textContent()).toMatch(/^错误 1 · 警告 0/);
    const finding = page.locator("button.finding.error");
    expect(await finding.getAttribute("aria-label")).toContain(`${DRAFT}!A${row + 1}，错误：${DRAFT}!A${row + 1} 第1句：“公务接待费”写作 52.40万元，表9`);
    const fill = await page.evaluate(([s, r]) => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((x) => x.name === s)!.rows[r]?.[0]?.fill?.color, [DRAFT, row] as const);
    expect(fill).toBe("#FFC7CE");

    await page.locator("#draft-narrative").click();
    await page.getByText(`新工作表“${DRAFT}2”`, { exact: false }).waitFor();
    expect((await sheetText(page, DRAFT))[row]).toBe(wrong);
  }, 180_000);
});
