/**
 * The Jiangsu and Shenzhen packs: their tables are titled and headed as the published documents
 * print them, the bundled example generates them, and they survive .xlsx and read back clean
 * (0 errors, 0 warnings), recognised without --pack.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateGrids } from "../../src/generation/generate";
import { readXlsxData } from "../../src/hosts/xlsx/readWorkbook";
import { checkPack } from "../../src/packs/check";
import { BUILT_IN_PACKS } from "../../src/packs/builtIn";
import { normalizeLabel } from "../../src/reading/normalize";
import type { TemplatePack } from "../../src/tables/types";
import { validateSheets } from "../../src/validation/validate";
import { Transcription, workbookBuffer } from "../corpus/buildWorkbook";
import { JIANGSU_PRINTED, PrintedTable, SHENZHEN_PRINTED } from "../fixtures/regionLayouts";
import { exampleModel, roundTrip } from "../fixtures/validation/workbooks";

const REGION_PACKS: Array<[string, TemplatePack, PrintedTable[]]> = [
  ["jiangsu", BUILT_IN_PACKS.jiangsu, JIANGSU_PRINTED],
  ["shenzhen", BUILT_IN_PACKS.shenzhen, SHENZHEN_PRINTED],
];

/** A label as compared: normalised, without the year a header may print (2026 年预算数, 其中：2026 年政府采购项目…). */
const compared = (label: string) => normalizeLabel(label).replace(/^(其中:)?\d{4}年/, "$1");

describe.each(REGION_PACKS)("the %s pack", (_name, pack, printed) => {
  test("has the documents' tables, in their order, titled as printed", () => {
    expect(pack.tables.map((t) => t.title)).toEqual(printed.map((p) => p.title));
  });

  test("heads every column with labels the documents print", () => {
    const strays = pack.tables.flatMap((t, i) => {
      const labels = new Set(printed[i].header.map(compared));
      return t.columns.flatMap((c) => c.header.filter((h) => !labels.has(compared(h))).map((h) => `${t.id} ${h}`));
    });
    expect(strays).toEqual([]);
  });

  test("is a sound pack", () => {
    const checked = checkPack(JSON.parse(JSON.stringify(pack)));
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  test("the example generates tables that read back from .xlsx clean and are recognised without --pack", async () => {
    const sheets = await roundTrip(generateGrids(exampleModel(), pack));
    const given = validateSheets(sheets, { pack });
    expect(given.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message.en}`)).toEqual([]);
    expect(given.summary.tablesFound).toBe(pack.tables.length);
    const detected = validateSheets(sheets);
    expect(detected.summary.pack).toMatchObject({ id: pack.id, detected: true });
    expect([detected.summary.errors, detected.summary.warnings]).toEqual([0, 0]);
  });
});

const transcribed = (name: string) => JSON.parse(readFileSync(join(__dirname, "../generic-corpus", name, "transcription.json"), "utf8")) as Transcription;

async function validate(d: Transcription, pack?: TemplatePack) {
  const buffer = await workbookBuffer(d);
  return validateSheets(await readXlsxData(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, d.document), { pack });
}

describe("the 江苏省政协办公厅 2019 document (transcribed in test/generic-corpus, 公开01 and 03–12表)", () => {
  const doc = transcribed("jiangsu-zhengxie-2019");

  test("is recognised as the Jiangsu layout and checked by it: its figures agree; its pre-2019 类 names are warned of, and the untranscribed 公开02表 is missing", async () => {
    const result = await validate(doc);
    expect(result.summary.pack).toMatchObject({ id: BUILT_IN_PACKS.jiangsu.id, detected: true });
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.table ?? ""}`).sort()).toEqual(["code.historicalName 表5", "code.historicalName 表7", "table.missing 表2"]);
    expect(result.summary.identitiesChecked).toBeGreaterThan(40);
  });

  /** [table number, body row, column, printed figure], and the error then found at its cell. */
  const PLANTS: Array<[number, number, string, string, string]> = [
    [7, 3, "金额", "5,233.22", "T7.hierarchy 一般公共预算支出预算表!C6"],
    // 合计 = “三公” 小计 + 会议费 + 培训费.
    [9, 0, "会议费", "1,292.56", "T9.columns “三公”经费、会议费、培训费支出预算表!A6"],
    [4, 0, "收入金额", "13,298.11", "X.T4-T7.general 财政拨款收支预算总表!B6"],
  ];
  test.each(PLANTS)("a figure changed in 公开表%s is found", async (number, row, column, to, expected) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Transcription;
    const table = copy.tables.find((t) => t.number === number)!;
    table.rows[row][table.columns.indexOf(column)] = to;
    const errors = (await validate(copy)).findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
    expect(errors).toContain(expected);
  });
});

describe("the 深圳市信访局 2026 document (transcribed in test/generic-corpus, 表1, 3, 6, 7, 8, 10)", () => {
  const doc = transcribed("shenzhen-xinfang-2026");

  test("read by the Shenzhen pack: its figures agree (the 款 and 项 under 表1's and 表6's 类 read as details, the unit's row as 合计); only the untranscribed tables are missing", async () => {
    const result = await validate(doc, BUILT_IN_PACKS.shenzhen);
    const missing = ["表2", "表4", "表5", "表9", "表11"].map((t) => `table.missing ${t}`);
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.table ?? ""}`)).toEqual(missing);
    expect(result.summary.identitiesChecked).toBeGreaterThan(200);
  });

  test("a figure changed in 表7 is found by the pack's rules", async () => {
    const copy = JSON.parse(JSON.stringify(doc)) as Transcription;
    const t7 = copy.tables.find((t) => t.number === 7)!;
    t7.rows[1][t7.columns.indexOf("支出总计")] = "3,469.13"; // 201 一般公共服务支出, printed 3,459.13
    const rules = (await validate(copy, BUILT_IN_PACKS.shenzhen)).findings.filter((f) => f.severity === "error").map((f) => f.rule);
    // (表6 against 表7 + 表10 + 表11 is not checkable: 表11 is not transcribed.)
    expect(rules).toEqual(expect.arrayContaining(["T7.hierarchy", "T7.columns"]));
  });
});
