/**
 * Every message the pane can show exists in both languages: no English words inside the
 * Chinese text (beyond product and file names), no full-width punctuation inside the English
 * text; and long work in the pane stops at the next stage once cancelled.
 */
import { NO_OFFICE, stringsFor, Strings } from "../../src/taskpane/i18n";
import { Cancelled, Work } from "../../src/taskpane/work";

const zh = stringsFor("zh-CN").t;
const en = stringsFor("en-US").t;

/** Every string, with functions called on sample arguments of their arity. */
function texts(t: Strings | Record<string, unknown>): Array<[string, string]> {
  return Object.entries(t).map(([key, v]) => [key, typeof v === "function" ? String(v(...["表3", "2", "3"].slice(0, v.length))) : String(v)]);
}

/** Names that stay as they are in Chinese text: products, formats, commands, paths. */
const LATIN_IN_ZH = /budget-tables (import|pack export)[^。]*|OFFICE_JS_URL|docs\/addin\.md|office\.js|JavaScript|ExcelApi|Excel|Office|API|WPS|JSON|CSV|\.xlsx|\.xls|\.json|\.et|Microsoft|PDF|\*/g;

describe("pane text", () => {
  test.each(texts(zh))("zh %s has no English words", (_key, text) => {
    expect(text.replace(LATIN_IN_ZH, "")).not.toMatch(/[A-Za-z]{2,}/);
  });

  test.each(texts(en))("en %s has no full-width punctuation", (_key, text) => {
    expect(text).not.toMatch(/[，。：；（）“”、]/);
  });

  test("the message for a missing office.js exists in both languages and names the address", () => {
    const url = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    expect(NO_OFFICE.zh.noOffice(url)).toContain(url);
    expect(NO_OFFICE.en.noOffice(url)).toContain(url);
    expect(NO_OFFICE.zh.noOffice(url).replace(url, "").replace(LATIN_IN_ZH, "")).not.toMatch(/[A-Za-z]{2,}/);
    expect(NO_OFFICE.en.notExcel()).not.toMatch(/[，。：；（）“”]/);
  });

  test("English notes are not called rounding", () => {
    expect(en.info).toBe("Note");
    expect(en.roundingTail).toBe("Rounding tail");
  });
});

describe("long work", () => {
  test("shows each stage and stops at the next one after 取消, saying whether the workbook was touched", async () => {
    const shown: string[] = [];
    const work = new Work((label, f) => shown.push(`${label} ${f}`));
    await work.step("读取", 0.1);
    work.cancel();
    await expect(work.step("校验", 0.4)).rejects.toEqual(new Cancelled(false));
    expect(shown).toEqual(["读取 0.1"]);
    work.wrote = true;
    let thrown: unknown;
    try {
      work.report("写入", 0.5);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Cancelled);
    expect(thrown).toMatchObject({ wrote: true });
  });

  test("yields to the event loop between stages", async () => {
    const work = new Work(() => undefined);
    let ran = false;
    setTimeout(() => (ran = true), 0);
    await work.step("读取", 0.1);
    expect(ran).toBe(true);
  });
});
