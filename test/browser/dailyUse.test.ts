/**
 * Issue 11 in the browser, at 350 × 720 px: automatic work never moves the user; the status
 * area is always in view; re-validation keeps working after 替换; only what needs action is
 * painted by default; the pane in English and at ExcelApi 1.4, 1.7 and 1.10; on a Mac (no
 * downloads); and a clear message when office.js cannot load.
 */
import type { Page } from "playwright-core";
import { PANE, PaneHost, paneForTests, PaneWindow, screenshotPath } from "./harness";

const fake = (page: Page) => ({
  edit: (sheet: string, address: string, value: number) => page.evaluate(([s, a, v]) => (window as unknown as PaneWindow).fakeOffice.userEdit(s as string, a as string, v as number), [sheet, address, value] as const),
  select: (sheet: string, address: string) => page.evaluate(([s, a]) => (window as unknown as PaneWindow).fakeOffice.userSelect(s, a), [sheet, address] as const),
  value: (sheet: string, address: string) => page.evaluate(([s, a]) => (window as unknown as PaneWindow).fakeOffice.state.sheets.find((x) => x.name === s)!.rows[Number(a.slice(1)) - 1]?.[a.charCodeAt(0) - 65]?.value as number, [sheet, address] as const),
  view: () =>
    page.evaluate(() => {
      const state = (window as unknown as PaneWindow).fakeOffice.state;
      return { active: state.sheets.find((s) => s.id === state.activeSheetId)?.name, selection: state.selection };
    }),
  fills: () =>
    page.evaluate(() => {
      const count: Record<string, number> = {};
      for (const s of (window as unknown as PaneWindow).fakeOffice.state.sheets) for (const row of s.rows) for (const c of row ?? []) if (c?.fill) count[c.fill.color] = (count[c.fill.color] ?? 0) + 1;
      return count;
    }),
  comments: () => page.evaluate(() => (window as unknown as PaneWindow).fakeOffice.state.comments.length),
});

/** The status area is on screen, whole, inside the pane. */
async function statusInView(page: Page): Promise<void> {
  const box = (await page.locator("#status").boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PANE.height + 0.5);
  expect(await page.locator("#message").isVisible()).toBe(true);
}

const counts = (page: Page) => page.locator("#counts").textContent();

describe("the task pane as a daily tool (zh-CN, ExcelApi 1.18)", () => {
  const pane = paneForTests();
  let page: Page;
  beforeAll(() => (page = pane.page));

  test("the status area stays in view while generating and with a long findings list", async () => {
    await statusInView(page);
    expect(await page.locator("#message").textContent()).toBe("就绪。");
    await page.screenshot({ path: screenshotPath("taskpane-open.png") });
    await page.locator("#generate").click();
    await page.getByText(/已生成 12 张表/).waitFor();
    await statusInView(page);
    await page.locator("#validate").click();
    await page.getByText(/校验完成/).waitFor();
    await page.locator("#findings").scrollIntoViewIfNeeded();
    await statusInView(page);
    await page.screenshot({ path: screenshotPath("taskpane-validated.png") });
  }, 120_000);

  test("the findings list is one Tab stop per table, walked with the arrow keys; each finding reads as place, kind and text", async () => {
    await page.locator(".findings details").evaluateAll((groups) => groups.forEach((g) => ((g as HTMLDetailsElement).open = true)));
    const findings = page.locator("button.finding");
    await findings.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => Array.from(document.querySelectorAll("button.finding")).indexOf(document.activeElement!))).toBe(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("finding"))).toBe(false);
    expect(await findings.first().getAttribute("aria-label")).toMatch(/^\S+!\S+，(错误|警告|提示|尾差)：/);
  }, 60_000);

  test("only errors and warnings are painted by default; notes and rounding tails when asked", async () => {
    const infos = await page.locator(".finding.info").count();
    expect(infos).toBeGreaterThan(0);
    expect((await fake(page).fills())["#DDEBF7"]).toBeUndefined();
    await page.locator("#paint-info").click();
    await page.locator("#validate").click();
    await page.getByText(/校验完成/).waitFor();
    expect((await fake(page).fills())["#DDEBF7"]).toBeGreaterThan(0);
    // The bundled example's info findings are all rounding tails: the catalogue knows every code it prints.
    const kinds = await page.locator(".finding.info .severity").allTextContents();
    expect([...new Set(kinds)]).toEqual(["尾差"]);
    await page.locator("#paint-info").click();
  }, 120_000);

  test("automatic re-validation keeps the user's sheet and selection; 查看校验报告 brings the report forward", async () => {
    await fake(page).select("表1", "B6");
    const before = await fake(page).view();
    const original = await fake(page).value("表3", "D7");
    await fake(page).edit("表3", "D7", original + 100);
    await page.waitForFunction(() => /^错误 [1-9]/.test(document.getElementById("counts")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await fake(page).view()).toEqual(before);
    await fake(page).edit("表3", "D7", original);
    await page.waitForFunction(() => /^错误 0/.test(document.getElementById("counts")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await fake(page).view()).toEqual(before);
    await page.locator("#show-report").click();
    await page.waitForFunction(() => {
      const state = (window as unknown as PaneWindow).fakeOffice.state;
      return state.sheets.find((s) => s.id === state.activeSheetId)?.name === "校验报告";
    });
  }, 120_000);

  test("after 替换, edits to the new sheets still re-validate", async () => {
    await page.locator("#generate").click();
    await page.getByText(/工作簿中已有 表1/).waitFor();
    // The dialog takes focus, and gives it back to 生成表格 when it closes.
    await page.waitForFunction(() => document.activeElement?.id === "replace");
    await page.screenshot({ path: screenshotPath("taskpane-conflict.png") });
    await page.keyboard.press("Enter");
    await page.getByText(/已生成 12 张表/).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "generate");
    const original = await fake(page).value("表3", "D7");
    await fake(page).edit("表3", "D7", original + 100);
    await page.waitForFunction(() => /^错误 [1-9]/.test(document.getElementById("counts")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await counts(page)).toMatch(/^错误 [1-9]/);
  }, 120_000);

  test("a row inserted above flagged cells, then 清除标记: the flags come off the moved cells and the header fills stay", async () => {
    const fills = await fake(page).fills();
    expect(fills["#FFC7CE"]).toBeGreaterThan(0);
    await page.locator("#auto").click(); // no re-validation in between: the old flags must be found where their cells went
    await page.evaluate(() => (window as unknown as PaneWindow).fakeOffice.userShift("表3", 2, 1));
    await page.locator("#clear").click();
    await page.getByText(/已清除标记/).waitFor();
    const after = await fake(page).fills();
    expect([after["#FFC7CE"], after["#FFEB9C"], after["#F2F2F2"]]).toEqual([undefined, undefined, fills["#F2F2F2"]]);
    await page.locator("#auto").click();
  }, 60_000);
});

describe.each([
  ["en-US", "18", "OfficeOnline", "taskpane-en-US.png"],
  ["en-US", "10", "PC", ""],
  ["zh-CN", "7", "Mac", "taskpane-mac.png"],
  ["zh-CN", "4", "PC", ""],
])("the pane in %s at ExcelApi 1.%s on %s", (lang, api, platform, shot) => {
  const pane = paneForTests({ query: { lang, api, platform } });
  let page: Page;
  beforeAll(() => (page = pane.page));

  test("generate, validate and list findings in the pane's language, without threaded comments", async () => {
    const en = lang === "en-US";
    await page.locator("#generate").click();
    await page.getByText(en ? /Generated 12 tables/ : /已生成 12 张表/).waitFor();
    await page.locator("#validate").click();
    await page.getByText(en ? /Validation done/ : /校验完成/).waitFor();
    await statusInView(page);
    expect(await page.locator("#auto").isVisible()).toBe(Number(api) >= 7);
    // Info is labelled by rule: catalogue notes are never called rounding.
    const kinds = new Set(await page.locator(".finding.info .severity").allTextContents());
    expect(kinds.size).toBeGreaterThan(0);
    for (const k of kinds) expect(en ? ["Note", "Rounding tail"] : ["提示", "尾差"]).toContain(k);
    const groups = await page.locator(".findings summary").allTextContents();
    for (const g of groups) expect(g).toMatch(en ? /^\S+ \([^（）]+\)$/ : /^\S+（[^()]+）$/);
    expect(await fake(page).comments()).toBe(0);
    if (platform === "Mac") {
      await page.locator("#export-csv").click();
      await page.getByText(/已写入工作表“校验报告”/).waitFor();
      expect((await fake(page).view()).active).toBe("校验报告");
    }
    if (shot) await page.screenshot({ path: screenshotPath(shot) });
  }, 120_000);
});

describe("when office.js cannot load", () => {
  const host = new PaneHost();
  beforeAll(() => host.start(), 60_000);
  afterAll(() => host.stop());

  test.each(["zh-CN", "en-US"])("the pane says what happened and what to do (%s)", async (lang) => {
    const page = await host.open({ blockOfficeJs: true, query: { lang } });
    const alert = page.locator("#no-office");
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain("无法加载 Office JavaScript API（office.js）");
    expect(text).toContain("The Office JavaScript API (office.js) could not be loaded");
    expect(text.indexOf(lang === "en-US" ? "The Office" : "无法加载")).toBe(0);
    expect(await page.locator("main").isVisible()).toBe(false);
    const box = (await alert.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PANE.width);
    if (lang === "zh-CN") await page.screenshot({ path: screenshotPath("taskpane-no-office.png") });
    expect(host.pageErrors).toEqual([]);
  }, 60_000);
});
