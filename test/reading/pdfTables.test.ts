/**
 * The host-free PDF table reader on text items laid out by hand: a title among narrative pages,
 * a two-level header, a name wrapped above and below its row's figures, a figure wrapped in its
 * column, a page number, a table continued on the next page under its repeated header, its 注,
 * and the narrative after it.
 */
import { SHANGHAI_DISTRICT_DEPARTMENT_PACK } from "../../src/packs/shanghai";
import { pdfTables } from "../../src/reading/pdf/tables";
import { packTitles } from "../../src/reading/pdf/titles";
import type { PdfPage } from "../../src/reading/pdf/textItems";
import { at, figure, header } from "./pdfItems";

const TITLE = "2025年部门收入预算总表";
const row = (y: number, code: string, name: string, a: string, b: string) => [at(code, 45, y), at(name, 115, y), figure(a, 375, y), figure(b, 515, y)];

const PAGES: PdfPage[] = [
  { number: 1, items: [at("一、部门概况", 40, 800), at(`收入情况详见${TITLE}。`, 40, 780)] },
  {
    number: 2,
    items: [
      at(TITLE, 200, 800, 16),
      at("编制部门：某某局", 40, 770),
      at("单位：元", 500, 770),
      ...header(740),
      ...row(690, "201", "一般公共服务支出", "1,235,567.00", "1,235,567.00"),
      ...row(670, "20101", "人大事务", "1,000.00", "1,000.00"),
      at("2010101", 45, 650),
      at("行政运行（这是一个很长的", 115, 655),
      at("名称）", 115, 644),
      figure("600.00", 375, 650),
      figure("600.00", 515, 650),
      at("2010102", 45, 630),
      at("一般行政管理事务", 115, 630),
      figure("1,234,56", 375, 630),
      figure("7.00", 375, 620),
      figure("1,234,567.00", 515, 630),
      at("- 1 -", 290, 30),
    ],
  },
  {
    number: 3,
    items: [...header(800), ...row(740, "20102", "政协事务", "0.00", "0.00"), at("合计", 160, 720), figure("1,235,567.00", 375, 720), figure("1,235,567.00", 515, 720), at("注：本表为示例。", 40, 690)],
  },
  { number: 4, items: [at("二、其他相关情况说明：这是一段很长的叙述文字，跨越整个页面的宽度，不属于任何一张表。", 40, 800)] },
];

describe("a table printed over two pages", () => {
  const [sheet, ...others] = pdfTables(PAGES, packTitles(SHANGHAI_DISTRICT_DEPARTMENT_PACK.tables));

  test("is found by its title (with its 编制/单位 line), not by the narrative's mention of it", () => {
    expect(others).toEqual([]);
    expect(sheet.name).toBe("部门收入预算总表");
    expect(sheet.rows.slice(0, 2)).toEqual([[TITLE], ["编制部门：某某局", null, null, "单位：元"]]);
  });

  test("its columns are its header's leaf labels, a group label merged over the columns it is centred over", () => {
    expect(sheet.origin!.columns).toEqual(["科目编码", "科目名称", "合计", "财政拨款收入"]);
    expect(sheet.rows.slice(2, 4)).toEqual([
      ["项目", null, "收入预算", null],
      ["科目编码", "科目名称", "合计", "财政拨款收入"],
    ]);
    expect(sheet.merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: 1 });
    // 收入预算 is centred over 合计 and 财政拨款收入 (405 against its 410), not over 财政拨款收入 alone (450).
    expect(sheet.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 3 });
    expect(sheet.origin!.header).toEqual({ first: 2, last: 3 });
  });

  test("rows by baseline: wrapped names and figures joined, the page number dropped, the next page's repeated header dropped, then the note", () => {
    expect(sheet.rows.slice(4)).toEqual([
      ["201", "一般公共服务支出", 1235567, 1235567],
      ["20101", "人大事务", 1000, 1000],
      ["2010101", "行政运行（这是一个很长的名称）", 600, 600],
      ["2010102", "一般行政管理事务", 1234567, 1234567],
      ["20102", "政协事务", 0, 0],
      [null, "合计", 1235567, 1235567],
      ["注：本表为示例。"],
    ]);
    expect(sheet.origin!.pages.slice(4)).toEqual([2, 2, 2, 2, 3, 3, 3]);
    expect(sheet.numberFormats![4]).toEqual([undefined, undefined, "#,##0.00", "#,##0.00"]);
  });
});
