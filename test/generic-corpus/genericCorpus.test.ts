/**
 * The generic checks on real documents of layouts no pack describes (test/generic-corpus, see its
 * README): each is validated without --pack; the tables recognised are listed, every error and
 * warning must be one the document really prints (those its README lists, at their rows), the
 * rounding tails are info only, and a figure changed in a table is found at its cell.
 */
import { textReport } from "../../src/report/textReport";
import { readXlsxData } from "../../src/hosts/xlsx/readWorkbook";
import { cellAddress } from "../../src/generation/grid";
import type { Finding } from "../../src/validation/findings";
import { validateSheets, ValidationResult } from "../../src/validation/validate";
import { excelRowOf, Transcription, workbookBuffer } from "../corpus/buildWorkbook";
import { readFileSync } from "fs";
import { join } from "path";

const load = (doc: string): Transcription => JSON.parse(readFileSync(join(__dirname, doc, "transcription.json"), "utf8")) as Transcription;

async function validate(doc: Transcription): Promise<ValidationResult> {
  const buffer = await workbookBuffer(doc);
  const sheets = await readXlsxData(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, doc.document);
  return validateSheets(sheets);
}

/** A finding expected at a transcription row: its rule, table number, row index and column name ("" for the row's code cell). */
type Expected = [rule: string, table: number, row: number, column: string];

/** The sheet and A1 address of an expected finding in the workbook built from the transcription. */
function place(doc: Transcription, [, number, row, column]: Expected): string {
  const table = doc.tables.find((t) => t.number === number)!;
  const index = column ? table.columns.indexOf(column) : 0;
  if (index < 0) throw new Error(`no column ${column} in table ${number}`);
  return `${table.sheet}!${cellAddress(excelRowOf(table, row) - 1, index)}`;
}

const where = (f: Finding) => `${f.sheet}!${f.cell}`;
const listed = (doc: Transcription, expected: Expected[]) => expected.map((e) => `${e[0]} ${place(doc, e)}`).sort();
const found = (r: ValidationResult, severity: Finding["severity"]) =>
  r.findings.filter((f) => f.severity === severity && f.rule !== "layout.unrecognised").map((f) => `${f.rule} ${where(f)}`).sort();

interface Case {
  doc: string;
  /** The tables recognised, by kind, in workbook order. */
  kinds: string[];
  errors: Expected[];
  warnings: Expected[];
  /** Rounding tails: info findings of these identities at these cells. */
  tails: Expected[];
  /** Figures to change (table, row, column), each alone, and the error it must cause: at its cell, or at the total of another table it must equal. */
  plants: Array<{ change: [table: number, row: number, column: string]; to: string; expect: Expected }>;
}

const CASES: Case[] = [
  {
    doc: "changchun-xinfang-2026",
    kinds: ["收支总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表", "三公经费表"],
    errors: [
      // 支出总表: 2014002 and 2014099 print 当年小计 0.00, so 20140's 小计 1,378.41 is not the sum of its 项 (903.85).
      ["支出总表.hierarchy", 3, 2, "当年小计"],
      ["支出总表.columns", 3, 4, "合计"],
      ["支出总表.columns", 3, 4, "当年小计"],
      ["支出总表.columns", 3, 5, "合计"],
      ["支出总表.columns", 3, 5, "当年小计"],
      // 基本支出表: 301 prints 911.21 where its 款 add up to 920.96, 302 211.00 against 221.37 (either reading of the repeated 30208).
      ["一般公共预算基本支出表.hierarchy", 6, 1, "合计"],
      ["一般公共预算基本支出表.hierarchy", 6, 1, "当年小计"],
      ["一般公共预算基本支出表.hierarchy", 6, 1, "当年人员经费"],
      ["一般公共预算基本支出表.hierarchy", 6, 11, "合计"],
      ["一般公共预算基本支出表.hierarchy", 6, 11, "当年小计"],
      ["一般公共预算基本支出表.hierarchy", 6, 11, "当年公用经费"],
      // Economic code 30208 used twice (取暖费, 物业管理费).
      ["row.duplicate", 6, 16, ""],
    ],
    // 30213 printed 维护（护）费 where the classification says 维修（护）费.
    warnings: [["code.catalogName", 6, 18, ""]],
    // 合计 1,208.20 is its three 类 (911.21 + 211.00 + 85.98 = 1,208.19) within rounding: the inconsistency is in the 类 rows above.
    tails: [["一般公共预算基本支出表.hierarchy", 6, 0, "合计"]],
    plants: [
      { change: [5, 8, "当年基本支出小计"], to: "80.00", expect: ["一般公共预算支出表.columns", 5, 8, "当年基本支出小计"] },
      // 一般公共预算支出表's 基本支出 = 基本支出表's 合计.
      { change: [6, 0, "合计"], to: "1308.20", expect: ["X.一般公共预算支出表-基本支出表", 5, 0, "当年基本支出小计"] },
      // Each 类 of the 收支总表 = that 类 in the 支出总表.
      { change: [1, 1, "支出本年预算"], to: "188.42", expect: ["X.收支总表-支出总表.类", 1, 1, "支出本年预算"] },
      // 一般公共预算支出表's 合计 = 财政拨款收支总表's 一般公共预算拨款.
      { change: [4, 1, "收入本年预算"], to: "1692.76", expect: ["X.一般公共预算支出表-财政拨款收支总表", 5, 0, "合计"] },
    ],
  },
  {
    doc: "wuxi-renshe-2026",
    kinds: ["收支总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表", "三公经费表"],
    // Beyond the README: 财政拨款收支总表 prints 一、本年支出 152,585.74 (its 类 add up to 152,585.76) and 支出总计
    // 152,585.76 with nothing carried over; 0.02 is more than rounding three figures can explain (0.015).
    errors: [["财政拨款收支总表.totals", 4, 32, "支出预算数"]],
    warnings: [],
    // 基本支出 合计 26,790.33 against 301 + 302 + 303 = 26,790.31 (人员经费 25,530.51 against 25,530.49): a tail at its limit.
    tails: [
      ["一般公共预算基本支出表.hierarchy", 8, 0, "合计"],
      ["一般公共预算基本支出表.hierarchy", 8, 0, "人员经费"],
    ],
    plants: [
      { change: [3, 7, "合计"], to: "4,159.06", expect: ["支出总表.columns", 3, 7, "合计"] },
      // 收支总表's 本年支出合计 = 支出总表's 合计.
      { change: [3, 0, "合计"], to: "154,122.76", expect: ["X.收支总表-支出总表", 1, 30, "支出预算数"] },
      // 收入总计 = 支出总计.
      { change: [1, 32, "收入预算数"], to: "154,122.76", expect: ["收支总表.收支平衡", 1, 32, "收入预算数"] },
    ],
  },
  {
    doc: "wuxi-fagai-2025",
    kinds: ["支出总表", "一般公共预算支出表", "一般公共预算基本支出表", "三公经费表"],
    // The row 21999 其他支出 502.00 is printed twice (219 counts it once).
    errors: [
      ["row.duplicate", 3, 24, ""],
      ["row.duplicate", 7, 24, ""],
    ],
    warnings: [],
    tails: [],
    plants: [
      { change: [8, 14, "合计"], to: "133.29", expect: ["一般公共预算基本支出表.columns", 8, 14, "合计"] },
      { change: [8, 0, "合计"], to: "6,399.83", expect: ["X.一般公共预算支出表-基本支出表", 7, 0, "基本支出小计"] },
    ],
  },
  {
    doc: "shenzhen-xinfang-2026",
    kinds: ["收支总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算支出表", "政府性基金支出表"],
    errors: [],
    warnings: [],
    // 按经济分类: 支出总计 4,684.30 against its 类 4,684.29.
    tails: [["一般公共预算支出表(2).hierarchy", 8, 0, "支出总计"]],
    plants: [
      { change: [3, 3, "支出总计"], to: "1,876.84", expect: ["支出总表.columns", 3, 3, "支出总计"] },
      // 一般公共预算支出表 = this year's 一般公共预算拨款 + what is carried over of it (7.34); the total may leave the
      // carried over out (国家信访局), so it is found when it exceeds both.
      { change: [6, 21, "收入预算数"], to: "0.34", expect: ["X.一般公共预算支出表-财政拨款收支总表", 7, 0, "支出总计"] },
    ],
  },
  {
    doc: "guojia-xinfangju-2026",
    kinds: ["收支总表", "支出总表", "财政拨款收支总表", "一般公共预算基本支出表", "三公经费表"],
    errors: [],
    warnings: [],
    tails: [],
    plants: [
      // 合计 printed at the bottom of the 支出总表.
      { change: [3, 3, "合计"], to: "6,296.21", expect: ["支出总表.columns", 3, 3, "合计"] },
      { change: [3, 22, "基本支出"], to: "11,066.07", expect: ["支出总表.hierarchy", 3, 22, "基本支出"] },
      // The “三公” table's header starts with 合计 over its first column.
      { change: [9, 0, "公务接待费"], to: "6.51", expect: ["三公经费表.columns", 9, 0, "合计"] },
    ],
  },
  {
    doc: "chongqing-zhengfubangongting-2026",
    kinds: ["收支总表", "支出总表", "财政拨款收支总表", "一般公共预算支出表"],
    errors: [],
    warnings: [],
    // 合计 19,230.18 printed above its six 类 (19,230.19).
    tails: [["收支总表.totals", 1, 0, "支出预算数"]],
    plants: [
      // 合计 printed first on both sides of the 收支总表.
      { change: [1, 5, "收入预算数"], to: "822.48", expect: ["收支总表.totals", 1, 0, "收入预算数"] },
      // 财政拨款收支总表's 总计 column = its 一般公共预算 + 政府性基金预算 + 国有资本经营预算.
      { change: [4, 2, "支出一般公共预算"], to: "25.26", expect: ["财政拨款收支总表.columns", 4, 2, "支出总计"] },
      { change: [5, 0, "总计"], to: "18,427.70", expect: ["X.一般公共预算支出表-财政拨款收支总表", 5, 0, "总计"] },
    ],
  },
  {
    doc: "suzhou-shenji-2026",
    kinds: ["收支总表", "收入总表", "支出总表"],
    errors: [],
    warnings: [],
    tails: [],
    plants: [
      // A table of units (部门代码): its columns are checked, and its 合计 against the 收支总表.
      { change: [2, 1, "本年一般公共预算"], to: "4,661.67", expect: ["收入总表.columns", 2, 1, "本年小计"] },
      { change: [2, 0, "合计"], to: "4,661.67", expect: ["X.收支总表-收入总表", 1, 30, "收入预算数"] },
    ],
  },
];

describe.each(CASES.map((c) => [c.doc, c] as const))("%s", (_name, c) => {
  const doc = load(c.doc);
  let result: ValidationResult;
  beforeAll(async () => {
    result = await validate(doc);
  });

  test("checked generically, the tables recognised by kind", () => {
    expect(result.summary.pack.id).toBe("generic");
    expect(result.findings.filter((f) => f.rule === "layout.unrecognised")).toHaveLength(1);
    expect(result.summary.tables.map((t) => t.kind)).toEqual(c.kinds);
    expect(result.summary.tables.every((t) => t.checks === "generic")).toBe(true);
    // Every table is checked, but for kinds no sum of which every layout shares, which say so.
    const unchecked = result.summary.tables.filter((t) => t.identitiesChecked === 0);
    expect(unchecked.filter((t) => t.notChecked.length === 0).map((t) => t.kind)).toEqual([]);
    const report = textReport(result.summary, result.findings, c.doc);
    expect(report).toContain("版式：未识别");
    for (const t of result.summary.tables) expect(report).toContain(`（${t.sheet}）：通用核对 generic checks，${t.identitiesChecked} 项勾稽`);
  });

  test("every error and warning is an inconsistency the document prints, at its row", () => {
    expect(found(result, "error")).toEqual(listed(doc, c.errors));
    expect(found(result, "warning")).toEqual(listed(doc, c.warnings));
  });

  test("rounding tails are info", () => {
    const infos = result.findings.filter((f) => f.severity === "info").map((f) => `${f.rule} ${where(f)}`);
    for (const tail of listed(doc, c.tails)) expect(infos).toContain(tail);
  });

  test.each(c.plants.map((p) => [p.expect[0], p] as const))("a changed figure is found: %s", async (_rule, plant) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Transcription;
    const [number, row, column] = plant.change;
    const table = copy.tables.find((t) => t.number === number)!;
    table.rows[row][table.columns.indexOf(column)] = plant.to;
    const planted = await validate(copy);
    const errors = planted.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${where(f)}`);
    expect(errors).toContain(`${plant.expect[0]} ${place(doc, plant.expect)}`);
  });
});
