/**
 * The pane's 起草说明 and 核对说明 in Excel (the test host): the draft goes into a new sheet and
 * never over a sheet the user has; checked with the tables it finds nothing wrong; a figure the
 * officer then mistypes is listed, flagged in its cell and reported with the tables' findings.
 */
import fs from "node:fs";
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { writeGrids } from "../../src/hosts/office/writeGrids";
import { loadModelText } from "../../src/model/load";
import { DRAFT_SHEET } from "../../src/narrative/draftGrid";
import { draftSheetGrid, validateWithNarrative } from "../../src/narrative/workbookNarrative";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { SEVERITY_FILLS } from "../../src/report/marks";
import { stringsFor } from "../../src/taskpane/i18n";
import { Work } from "../../src/taskpane/work";
import { readWorkbookSheets, validateWorkbook, writeDraftSheet } from "../../src/taskpane/workbook";
import { cellAt, createFakeOffice, FakeOffice, parseBounds } from "./fakeExcel";

const EXAMPLE = path.join(__dirname, "../../examples/shanghai-2025.json");
const t = stringsFor("zh-CN").t;

async function shanghaiWorkbook(userSheets: string[]): Promise<FakeOffice> {
  const fake = createFakeOffice({ apiVersion: 18, sheets: userSheets });
  Object.assign(globalThis, { Excel: fake.Excel });
  const loaded = loadModelText(fs.readFileSync(EXAMPLE, "utf8"), EXAMPLE);
  if (!loaded.ok) throw new Error("example does not load");
  await fake.Excel.run((context) => writeGrids(context, generateGrids(loaded.model, SHANGHAI_PACK), { features: features(fake) }));
  return fake;
}
const features = (fake: FakeOffice) => detectFeatures(fake.Office.context.requirements.isSetSupported);
const cell = (fake: FakeOffice, sheet: string, address: string) => {
  const b = parseBounds(address);
  return cellAt(fake.state.sheets.find((s) => s.name === sheet)!, b.top, b.left);
};

async function drafted(fake: FakeOffice): Promise<string> {
  const grid = draftSheetGrid(await readWorkbookSheets(features(fake)));
  if (!grid.ok) throw new Error(grid.reason);
  return writeDraftSheet(grid.grid, features(fake));
}

test("起草说明 writes a new sheet beside the user's own 说明（草稿）, which stays as it was", async () => {
  const fake = await shanghaiWorkbook(["Sheet1", DRAFT_SHEET]);
  fake.state.sheets.find((s) => s.name === DRAFT_SHEET)!.rows[0] = [{ value: "我自己写的说明" }];
  const sheet = await drafted(fake);
  expect(sheet).toBe(`${DRAFT_SHEET}2`);
  expect(cell(fake, DRAFT_SHEET, "A1")?.value).toBe("我自己写的说明");
  expect(String(cell(fake, sheet, "A2")?.value)).toMatch(/^2025年，上海市财政局收入预算17,191\.52万元/);
  expect(cell(fake, sheet, "A2")?.numberFormat).toBe("@");
});

test("核对说明: the draft checked with the tables finds nothing wrong; a mistyped figure is listed, flagged and reported", async () => {
  const fake = await shanghaiWorkbook(["Sheet1"]);
  const sheet = await drafted(fake);
  const clean = validateWithNarrative(await readWorkbookSheets(features(fake)));
  if (!clean.ok) throw new Error(clean.reason);
  expect(clean.result.findings.filter((f) => f.rule.startsWith("narrative.")).map((f) => f.message.zh)).toEqual([]);
  expect(clean.narrative.checked).toBeGreaterThan(15);

  const rows = fake.state.sheets.find((s) => s.name === sheet)!.rows;
  const r = rows.findIndex((row) => String(row?.[0]?.value).startsWith("（三）公务接待费"));
  rows[r]![0]!.value = String(rows[r]![0]!.value).replace(/公务接待费[\d.,]+万元/, "公务接待费52.40万元");
  const check = (sheets: Parameters<typeof validateWithNarrative>[0], options: Parameters<typeof validateWithNarrative>[1]) => {
    const v = validateWithNarrative(sheets, options);
    if (!v.ok) throw new Error(v.reason);
    return v.result;
  };
  const { result, reportSheet } = await validateWorkbook(undefined, features(fake), "zh", new Work(() => undefined), t, false, check);
  const errors = result.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["narrative.amount", sheet, `A${r + 1}`]]);
  expect(result.summary.errors).toBe(1);
  expect(cell(fake, sheet, `A${r + 1}`)?.fill?.color).toBe(SEVERITY_FILLS.error);
  const report = fake.state.sheets.find((s) => s.name === reportSheet)!;
  expect(JSON.stringify(report.rows)).toContain("公务接待费");
});

test("without a 说明 sheet, or without the Shanghai tables, the pane is told why", async () => {
  const fake = await shanghaiWorkbook(["Sheet1"]);
  const sheets = await readWorkbookSheets(features(fake));
  expect(validateWithNarrative(sheets)).toEqual({ ok: false, reason: "noNarrative" });
  expect(draftSheetGrid(sheets.filter((s) => s.name === "Sheet1"))).toEqual({ ok: false, reason: "noTables" });
});
