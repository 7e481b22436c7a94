/**
 * The PDF reader on layouts printed in narrow columns (as 苏州's and 无锡's 部门预算 tables are):
 * a name wrapped onto a line of its own below its row, a 栏次 line numbering the columns,
 * two neighbouring labels printed as one spaced run, and group labels over columns whose labels
 * wrap to different depths.
 */
import { planColumns } from "../../src/generic/columns";
import { pdfTables } from "../../src/reading/pdf/tables";
import { kindTitles } from "../../src/reading/pdf/titles";
import type { PdfPage } from "../../src/reading/pdf/textItems";
import { at, figure } from "./pdfItems";

const page = (items: PdfPage["items"]): PdfPage[] => [{ number: 1, items }];
const expenseHeader = (y: number, total = "合计") => [at("科目编码", 45, y), at("科目名称", 150, y), at(total, 330, y), at("基本支出", 400, y), at("项目支出", 480, y)];
const row = (y: number, code: string, name: string, total: string) => [at(code, 45, y), at(name, 115, y), figure(total, 360, y), figure(total, 440, y)];

describe("a name wrapped onto a line of its own below its row", () => {
  const [sheet] = pdfTables(
    page([
      at("支出总表", 200, 800, 16),
      at("单位：万元", 500, 770),
      ...expenseHeader(740),
      ...row(700, "208", "社会保障和就业支出", "442.09"),
      ...row(680, "20805", "行政事业单位养老支出", "442.09"),
      ...row(660, "2080505", "机关事业单位基本养老保险缴费", "298.72"),
      // The rest of the name, 0.7 of the row pitch below its row, the next row a full pitch further.
      at("支出", 115, 646),
      ...row(626, "2080506", "机关事业单位职业年金缴费支出", "143.37"),
      // A line of text alone a full row pitch below: a row of its own.
      at("说明行", 115, 606),
    ]),
    kindTitles,
  );

  test("joins its row, whose figures stay on its first line", () => {
    expect(sheet.rows.slice(3)).toEqual([
      ["208", "社会保障和就业支出", 442.09, 442.09, null],
      ["20805", "行政事业单位养老支出", 442.09, 442.09, null],
      ["2080505", "机关事业单位基本养老保险缴费支出", 298.72, 298.72, null],
      ["2080506", "机关事业单位职业年金缴费支出", 143.37, 143.37, null],
      [null, "说明行", null, null, null],
    ]);
  });
});

describe("a 栏次 line numbering the columns", () => {
  const [sheet] = pdfTables(
    page([
      at("国有资本经营预算支出预算表", 150, 800, 16),
      at("单位：万元", 500, 770),
      ...expenseHeader(740, "本年支出合计"),
      at("栏次", 150, 720),
      at("1", 357, 720),
      at("2", 417, 720),
      at("3", 497, 720),
      at("合计", 150, 700),
      at("注：本部门无国有资本经营预算支出，故本表无数据。", 45, 660),
    ]),
    kindTitles,
  );

  test("ends the header and is no row", () => {
    expect(sheet.origin!.columns).toEqual(["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]);
    expect(sheet.rows.slice(3)).toEqual([[null, "合计", null, null, null], ["注：本部门无国有资本经营预算支出，故本表无数据。"]]);
  });

  test("本年支出合计 is the total of the columns beside it", () => {
    expect(planColumns([["科目编码"], ["科目名称"], ["本年支出合计"], ["基本支出"], ["项目支出"]]).sums.get("本年支出合计")).toEqual(["基本支出", "项目支出"]);
  });
});

describe("a revenue header printed in narrow columns", () => {
  // 部门名称 and 合计 centred over the whole header; under 本年收入 and 上年结转结余 labels of one,
  // two or three lines centred at one height; 一般公共预 and 政府性基 printed close enough to read as one run.
  const items = [
    at("收入总表", 200, 800, 16),
    at("单位：万元", 500, 770),
    at("本年收入", 235, 750),
    at("上年结转结余", 370, 750),
    at("部门名称", 20, 733),
    at("合计", 110, 733),
    at("一般公共预", 200, 727),
    at("政府性基", 253.5, 727),
    at("小计", 160, 720),
    at("其他收入", 310, 720),
    at("小计", 360, 720),
    at("单位资金", 400, 720),
    at("算", 220, 713),
    at("金预算", 258.5, 713),
    at("某某局", 20, 690),
    figure("100.00", 130, 690),
    figure("100.00", 180, 690),
    figure("60.00", 250, 690),
    figure("40.00", 293.5, 690),
  ];
  const [sheet] = pdfTables(page(items), kindTitles);

  test("reads the run as two labels, each with its wrapped rest", () => {
    expect(sheet.origin!.columns).toEqual(["部门名称", "合计", "小计", "一般公共预算", "政府性基金预算", "其他收入", "小计", "单位资金"]);
  });

  test("merges each group label over the columns it is centred over, between the labels centred over the whole header", () => {
    // Laid out by nesting: 部门名称 and 合计 stand under no group label, so they start in the top row and span the header.
    expect(sheet.rows[2]).toEqual(["部门名称", "合计", "本年收入", null, null, null, "上年结转结余", null]);
    expect(sheet.merges).toContainEqual({ top: 2, left: 1, bottom: 3, right: 1 });
    expect(sheet.merges).toContainEqual({ top: 2, left: 2, bottom: 2, right: 5 });
    expect(sheet.merges).toContainEqual({ top: 2, left: 6, bottom: 2, right: 7 });
    expect(sheet.rows[sheet.rows.length - 1]).toEqual(["某某局", 100, 100, 60, 40, null, null, null]);
  });
});
