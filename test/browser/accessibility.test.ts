/**
 * An automated accessibility check (axe-core, run in the pane's page) in each state a user
 * meets: open, validated with findings listed, and the replace/keep dialog — in zh-CN and
 * en-US. No violation of serious or critical impact is allowed.
 */
import type { Page } from "playwright-core";
import { paneForTests } from "./harness";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** The serious and critical violations axe finds in the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return (found as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

describe.each(["zh-CN", "en-US"])("the pane in %s", (lang) => {
  const pane = paneForTests({ query: { lang } });
  const en = lang === "en-US";

  test("open, validated with findings, and the replace/keep dialog have no serious accessibility violation", async () => {
    const page = pane.page;
    await page.locator("#generate").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator("#generate").click();
    await page.getByText(en ? /Generated 12 tables/ : /已生成 12 张表/).waitFor();
    await page.locator("#validate").click();
    await page.getByText(en ? /Validation done/ : /校验完成/).waitFor();
    await page.locator(".findings details").evaluateAll((groups) => groups.forEach((g) => ((g as HTMLDetailsElement).open = true)));
    expect(await violations(page)).toEqual([]);
    await page.locator("#generate").click();
    await page.locator("#conflict-text").waitFor();
    expect(await violations(page)).toEqual([]);
  }, 120_000);
});
