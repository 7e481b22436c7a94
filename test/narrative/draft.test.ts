/**
 * The 说明 drafted from the bundled Shanghai example's tables: checked against the same tables it
 * finds nothing wrong, as paragraphs, as a .docx read back, and with last year's tables (whose
 * changes it then states); a wrong figure or change planted in the draft is found at its sentence.
 */
import fs from "node:fs";
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { readXlsxBuffer } from "../../src/hosts/xlsx/streamWorkbook";
import { loadModelText } from "../../src/model/load";
import type { BudgetModel } from "../../src/model/types";
import { paragraphBlocks } from "../../src/narrative/blocks";
import { checkNarrative } from "../../src/narrative/checkNarrative";
import { docxBuffer, readDocxParagraphs } from "../../src/narrative/docx";
import { draftNarrative, DraftParagraph, REASON } from "../../src/narrative/draft";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { validateSheets } from "../../src/validation/validate";

const EXAMPLE = path.join(__dirname, "../../examples/shanghai-2025.json");

function exampleModel(): BudgetModel {
  const r = loadModelText(fs.readFileSync(EXAMPLE, "utf8"), EXAMPLE);
  if (!r.ok) throw new Error("example does not load");
  return r.model;
}

/** Last year: every amount of the example 5% lower, rounded to the 元 (公务用车购置 stays 0: 持平). */
function lastYearModel(): BudgetModel {
  const m = exampleModel();
  const lower = (a: number) => Math.round(a * 0.95);
  m.fiscalYear = 2024;
  m.revenues = m.revenues.map((r) => ({ ...r, amount: lower(r.amount) }));
  m.expenditures = m.expenditures.map((e) => ({ ...e, amount: lower(e.amount) }));
  return m;
}

async function tablesOf(model: BudgetModel) {
  const sheets = await readXlsxBuffer(await gridsToXlsxBuffer(generateGrids(model, SHANGHAI_PACK)), "example.xlsx");
  return { sheets, views: validateSheets(sheets, { pack: SHANGHAI_PACK }).views };
}

const serious = (findings: { severity: string }[]) => findings.filter((f) => f.severity !== "info");
const texts = (paragraphs: DraftParagraph[]) => paragraphs.map((p) => p.text);

test("the draft of the bundled example, checked against its tables, finds nothing wrong and every figure is checked", async () => {
  const { sheets, views } = await tablesOf(exampleModel());
  const draft = draftNarrative({ views, sheets });
  const text = texts(draft).join("\n");
  expect(text).toContain("2025年，上海市财政局收入预算");
  expect(text).toContain("“三公”经费预算数为");
  expect(text).toContain("财政拨款支出主要内容如下：");
  expect(text).not.toMatch(/比2024年|持平|请填写】/);
  const { findings, summary } = checkNarrative({ blocks: paragraphBlocks(texts(draft), "说明.docx"), views });
  expect(findings.map((f) => f.message.zh)).toEqual([]);
  expect(summary.checked).toBeGreaterThan(15);
});

test("the .docx holds the draft's paragraphs, and its check finds nothing wrong", async () => {
  const { sheets, views } = await tablesOf(exampleModel());
  const draft = draftNarrative({ views, sheets });
  const back = await readDocxParagraphs(await docxBuffer(draft), "说明.docx");
  expect(back).toEqual(texts(draft));
  expect(serious(checkNarrative({ blocks: paragraphBlocks(back, "说明.docx"), views }).findings)).toEqual([]);
});

test("with last year's tables the draft states each change, asks for the reasons, and the check agrees", async () => {
  const [now, last] = await Promise.all([tablesOf(exampleModel()), tablesOf(lastYearModel())]);
  const draft = texts(draftNarrative({ views: now.views, lastYear: last.views, sheets: now.sheets }));
  const all = draft.join("\n");
  expect(all).toMatch(/财政拨款收入[\d,.]+万元，比2024年预算增加[\d,.]+万元；/);
  expect(all).toContain(`财政拨款收入支出增加的主要原因是${REASON}。`);
  const { findings, summary } = checkNarrative({ blocks: paragraphBlocks(draft, "说明.docx"), views: now.views, lastYear: last.views });
  expect(findings.map((f) => f.message.zh)).toEqual([]);
  expect(summary.notChecked).toBe(0);
});

test("a wrong change planted in the draft is found at its sentence, with last year's tables", async () => {
  const [now, last] = await Promise.all([tablesOf(exampleModel()), tablesOf(lastYearModel())]);
  const draft = texts(draftNarrative({ views: now.views, lastYear: last.views, sheets: now.sheets }));
  const i = draft.findIndex((t) => t.startsWith("支出预算"));
  draft[i] = draft[i].replace(/(财政拨款支出预算[\d,.]+万元，比2024年预算增加)([\d,]+)\.(\d\d)/, (_, head, whole, cents) => `${head}${whole}.${cents === "00" ? "10" : "00"}`);
  const { findings } = checkNarrative({ blocks: paragraphBlocks(draft, "说明.docx"), views: now.views, lastYear: last.views });
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([["narrative.change", `第${i + 1}段第1句`]]);
});

test("a 项 whose row the reader could not place is not left out silently", async () => {
  const sheets = await readXlsxBuffer(fs.readFileSync(path.join(__dirname, "../corpus/putuo-2026-unit-filled.xlsx")), "unit");
  const draft = texts(draftNarrative({ views: validateSheets(sheets).views, sheets }));
  expect(draft.filter((t) => t.startsWith("【表5"))).toEqual([expect.stringMatching(/^【表5 A\d+（7-11-02）一行的科目无法识别，未列入，请核对后补充】$/)]);
});

test("持平 where the tables changed is found, with the change they show", async () => {
  const [now, last] = await Promise.all([tablesOf(exampleModel()), tablesOf(lastYearModel())]);
  const text = ["“三公”经费预算数为346.30万元，与2024年预算持平。"];
  const { findings } = checkNarrative({ blocks: paragraphBlocks(text, "说明.docx"), views: now.views, lastYear: last.views });
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([["narrative.change", "第1段第1句"]]);
  expect(findings[0].message.zh).toMatch(/^说明\.docx 第1段第1句：“[“"]?三公[”"]?经费预算数”与上年比较写作持平，按本年 表9 \S+ 与上年的表应为17\.3\d*万元/);
});

test("without last year's tables a change in the text is listed as not checked, never guessed", async () => {
  const { views } = await tablesOf(exampleModel());
  const { findings } = checkNarrative({ blocks: paragraphBlocks(["“三公”经费预算数为1.00万元，比2024年预算增加0.50万元。"], "说明.txt"), views });
  expect(findings.filter((f) => f.rule === "narrative.notChecked").map((f) => f.message.zh)).toEqual(["说明.txt 第1段第1句：0.50万元 未核对（没有上年的表）"]);
});
