/**
 * The narrative of three real disclosures (their PDF text, test/narrative/fixtures) checked against
 * their tables (the corpus workbooks): exactly the disagreements of the hand-checked truth, no
 * other error or warning; and a wrong figure planted in a sentence is found at that sentence.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsxBuffer } from "../../src/hosts/xlsx/streamWorkbook";
import { textBlocks } from "../../src/narrative/blocks";
import { checkNarrative } from "../../src/narrative/checkNarrative";
import type { TableId } from "../../src/model/types";
import type { TableView } from "../../src/reading/tableView";
import { validateSheets } from "../../src/validation/validate";
import { corpusWorkbooks } from "../corpus/buildWorkbook";
import { DOCS, truth } from "./truth";

const viewsCache = new Map<string, Promise<Map<TableId, TableView>>>();
function tablesOf(name: string): Promise<Map<TableId, TableView>> {
  if (!viewsCache.has(name)) {
    const book = corpusWorkbooks().find((w) => w.name === name)!;
    viewsCache.set(name, book.buffer.then((b) => readXlsxBuffer(b, name)).then((sheets) => validateSheets(sheets).views));
  }
  return viewsCache.get(name)!;
}

const pdfText = (name: string) => readFileSync(join(__dirname, "fixtures", `${name}.txt`), "utf8");
const citedIn = (quote: string | undefined, cited: string) => !!quote && quote.includes(cited);

async function checkText(name: string, text = pdfText(name)) {
  return checkNarrative({ blocks: textBlocks(text, `${name}.pdf`), views: await tablesOf(name) });
}

describe.each(DOCS)("%s", (name) => {
  test("errors and warnings are exactly the hand-checked disagreements", async () => {
    const { findings } = await checkText(name);
    const at = (severity: string) => findings.filter((f) => f.severity === severity && f.sheet.endsWith(".pdf")).map((f) => [f.rule, f.cell]);
    expect(at("error")).toEqual(truth[name].errors.map((e) => [e.rule, e.at]));
    expect(at("warning")).toEqual(truth[name].warnings.map((w) => [w.rule, w.at]));
    for (const e of truth[name].errors) expect(findings.find((f) => f.cell === e.at && f.rule === e.rule)?.message.zh).toContain(e.cited);
  });

  test("every figure of the 编制说明 pages is attributed (福利院's 项 printed 7 11 02 aside, which its tables cannot place)", async () => {
    const { findings } = await checkText(name);
    const pages = { "putuo-czj-2025": [7, 8], "wanli-2023": [6, 7, 8, 9], "fuliyuan-2024": [6] }[name]!;
    const onPages = findings.filter((f) => f.rule === "narrative.notChecked" && pages.some((p) => f.cell.startsWith(`第${p}页`)));
    const unattributed = onPages.filter((f) => f.message.zh.includes("看不出"));
    expect(unattributed.map((f) => f.message.zh)).toEqual([]);
    expect(onPages.filter((f) => f.message.zh.includes("表中找不到")).map((f) => f.cell)).toEqual(name === "fuliyuan-2024" ? ["第6页第17句", "第6页第18句"] : []);
  });

  test("figures cut off rather than rounded are info, each at its sentence", async () => {
    const { findings } = await checkText(name);
    const truncated = findings.filter((f) => f.rule === "narrative.truncated");
    expect(truncated.map((f) => [f.cell, f.severity])).toEqual(truth[name].truncated.map((t) => [t.at, "info"]));
    truncated.forEach((f, i) => expect(citedIn(f.quote, truth[name].truncated[i].cited)).toBe(true));
  });
});

test("putuo-czj-2025: 887.36万元 against 873,617.00 元, with its numbers", async () => {
  const { findings } = await checkText("putuo-czj-2025");
  const f = findings.find((x) => x.rule === "narrative.amount" && x.cell === "第7页第11句")!;
  expect(f.message.zh).toContain("887.36万元");
  expect(f.message.zh).toContain("87.3617万元");
  expect(f.message.en).toContain("beyond the rounding tolerance");
  expect([f.expected, f.actual, f.difference]).toEqual([87.3617, 887.36, 799.9983]);
  expect(f.related[0]).toMatch(/!E\d+$/);
});

test("putuo-czj-2025: the empty 国有资本经营预算 table's note about 政府性基金预算, in the workbook too", async () => {
  const { findings } = await checkNarrative({ blocks: [], views: await tablesOf("putuo-czj-2025") });
  expect(findings.map((f) => [f.rule, f.table, f.severity])).toEqual([["narrative.emptyTableNote", "表7", "warning"]]);
  expect(findings[0].message.zh).toContain("政府性基金预算");
  expect(findings[0].cell).toMatch(/^A\d+$/);
});

test("putuo-czj-2025: items 7–11 printed twice are one finding, naming where they first stood", async () => {
  const { findings } = await checkText("putuo-czj-2025");
  expect(findings.filter((f) => f.rule === "narrative.repeated").map((f) => f.message.zh)).toEqual(["putuo-czj-2025.pdf 第8页第1句：起共 5 句与putuo-czj-2025.pdf 第7页第11句起的文字逐字重复"]);
});

test("wanli-2023: 0万元 yet 比2022年预算增加1421.25万元 is a contradiction", async () => {
  const { findings } = await checkText("wanli-2023");
  const f = findings.find((x) => x.rule === "narrative.contradiction")!;
  expect(f.quote).toContain("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元");
  expect(f.message.zh).toContain("-1,421.25万元");
});

describe("planted wrong figures are found at their sentence", () => {
  const planted: Array<[string, string, string, string, string]> = [
    ["putuo-czj-2025", "收入预算3,121.42万元", "收入预算3,112.42万元", "narrative.amount", "第7页第1句"],
    ["putuo-czj-2025", "公务接待费0.95万元", "公务接待费0.59万元", "narrative.amount", "第22页第4句"],
    ["wanli-2023", "机关运行经费预算为786.09万元", "机关运行经费预算为768.09万元", "narrative.amount", "第29页第7句"],
    ["wanli-2023", "比2022年预算执行数增加8.56%", "比2022年预算执行数增加5.86%", "narrative.percent", "第6页第15句"],
    ["fuliyuan-2024", "“住房保障支出（类）住房改革支出（款）住房公积金（项）”33.58万元", "“住房保障支出（类）住房改革支出（款）住房公积金（项）”35.38万元", "narrative.amount", "第6页第20句"],
    ["fuliyuan-2024", "无机关运行经费", "无公务用车运行费", "narrative.statement", "第16页第7句"],
  ];
  test.each(planted)("%s: %s → %s", async (name, from, to, rule, at) => {
    const text = pdfText(name);
    expect(text.replace(/\n\s*/g, "")).toContain(from);
    const changed = plant(text, from, to);
    const before = (await checkText(name)).findings.filter((f) => f.severity === "error").length;
    const { findings } = await checkText(name, changed);
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.length).toBe(before + 1);
    expect(errors.filter((f) => f.rule === rule && f.cell === at)).toHaveLength(1);
  });
});

/** Replaces a phrase that pdftotext may have wrapped over lines (the line breaks inside it are dropped). */
function plant(text: string, from: string, to: string): string {
  const pattern = new RegExp([...from].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*"));
  expect(pattern.test(text)).toBe(true);
  return text.replace(pattern, to);
}
