/**
 * The PDF reader's header and row rules on hand-laid items, as 长春's 2026 tables print them:
 * group labels centred over their columns (上年结转结余 at the table's edge, 合计 labelled over the
 * header's full height beside 当年预算), header rows by nesting, labels printed letter-spaced
 * (项 … 目, 收 入 总 计), 编制预算 in a header, a 单位 line wrapped in its cell, figures wrapped
 * half above and half below their row, and an amount run into the next cell's label.
 */
import { pdfTables } from "../../src/reading/pdf/tables";
import { kindTitles } from "../../src/reading/pdf/titles";
import type { PdfPage, PdfTextItem } from "../../src/reading/pdf/textItems";
import { at, figure } from "./pdfItems";

const read = (items: PdfTextItem[]) => pdfTables([{ number: 1, items }] as PdfPage[], kindTitles);
const headerOf = (items: PdfTextItem[]) => {
  const [sheet] = read(items);
  const { first, last } = sheet.origin!.header!;
  return { sheet, rows: sheet.rows.slice(first, last + 1), merges: sheet.merges.map((m) => ({ ...m, top: m.top - first, bottom: m.bottom - first })) };
};

describe("a group label centred over its columns", () => {
  // 合计 is centred over both header rows; 当年预算 overlaps only 项目支出, 上年结转结余 only the last two.
  const items = [
    at("支出总表（预算表3）", 250, 800),
    at("预算单位：某局", 10, 780),
    at("单位：万元", 600, 780),
    at("当年预算", 325, 760),
    at("上年结转结余", 555, 760),
    at("科目编码", 20, 750),
    at("功能分类科目名称", 80, 750),
    at("合计", 180, 750),
    ...[
      ["小计", 230],
      ["基本支出", 280],
      ["项目支出", 330],
      ["事业单位经营支出", 380],
      ["小计", 480],
      ["基本支出", 510],
      ["项目支出", 560],
      ["事业单位经营支出", 610],
    ].map(([text, x]) => at(text as string, x as number, 740)),
    at("201", 20, 710),
    at("一般公共服务支出", 80, 710),
    ...["1378.41", "1378.41", "903.85", "474.56", "0.00", "0.00", "0.00", "0.00", "0.00"].map((v, i) => figure(v, [200, 250, 320, 370, 460, 500, 550, 600, 690][i], 710)),
  ];

  test("spans the run of columns whose middle is its own, up to the other group's columns, beside a column labelled over the full height", () => {
    const { rows, merges } = headerOf(items);
    expect(rows).toEqual([
      ["科目编码", "功能分类科目名称", "合计", "当年预算", null, null, null, "上年结转结余", null, null, null],
      [null, null, null, "小计", "基本支出", "项目支出", "事业单位经营支出", "小计", "基本支出", "项目支出", "事业单位经营支出"],
    ]);
    expect(merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 3, bottom: 0, right: 6 },
        { top: 0, left: 7, bottom: 0, right: 10 },
        { top: 0, left: 2, bottom: 1, right: 2 },
      ]),
    );
  });

  test("its rows' figures fall under their own labels", () => {
    const [sheet] = read(items);
    expect(sheet.rows[sheet.rows.length - 1]).toEqual(["201", "一般公共服务支出", 1378.41, 1378.41, 903.85, 474.56, 0, 0, 0, 0, 0]);
  });
});

test("header rows by nesting: a label wrapped over several lines takes one row, a column under one group label spans the rows below it", () => {
  // 当年预算 over 小计 (centred over the two rows below), 基本支出 (over 小计 | 人员经费 | 公用经费) and 项目支出.
  const { rows } = headerOf([
    at("本年一般公共预算支出表（预算表5）", 200, 800),
    at("单位：万元", 600, 785),
    at("当年预算", 310, 770),
    at("科目编", 10, 760),
    at("码", 15, 750),
    at("合计", 190, 755),
    at("小计", 230, 747),
    at("基本支出", 300, 755),
    at("项目支", 395, 752),
    at("出", 405, 742),
    ...[
      ["小计", 265],
      ["人员经费", 295],
      ["公用经费", 345],
    ].map(([text, x]) => at(text as string, x as number, 740)),
    figure("1682.76", 210, 710),
    figure("1682.76", 250, 710),
    figure("1208.20", 285, 710),
    figure("997.20", 335, 710),
    figure("211.00", 385, 710),
    figure("474.56", 425, 710),
  ]);
  expect(rows).toEqual([
    ["科目编码", "合计", "当年预算", null, null, null, null],
    [null, null, "小计", "基本支出", null, null, "项目支出"],
    [null, null, null, "小计", "人员经费", "公用经费", null],
  ]);
});

describe("a two-sided table printed with letter-spaced labels", () => {
  const row = (y: number, left: string, right: string, [a, b, c]: string[], [d, e, f]: string[]) => [
    at(left, 10, y),
    figure(a, 190, y),
    figure(b, 250, y),
    figure(c, 305, y),
    at(right, 320, y),
    figure(d, 520, y),
    figure(e, 580, y),
    figure(f, 640, y),
  ];
  const items = [
    at("收支总表（预算表1）", 260, 800),
    at("预算单位：某局", 10, 785),
    at("单位：万元", 600, 785),
    at("收", 90, 765),
    at("入", 210, 765),
    at("支", 445, 765),
    at("出", 545, 765),
    at("项", 30, 745),
    at("目", 105, 745),
    ...[
      ["本年预算", 150],
      ["编制预算", 210],
      ["上年结转", 265],
      ["项目", 350],
      ["本年预算", 480],
      ["编制预算", 540],
      ["上年结转", 600],
    ].map(([text, x]) => at(text as string, x as number, 745)),
    ...row(720, "一、财政拨款收入", "一、一般公共服务支出", ["1682.76", "1682.76", "0.00"], ["1682.76", "1682.76", "0.00"]),
    ...["收", "入", "总", "计"].map((c, i) => at(c, 10 + 30 * i, 700)),
    ...[figure("1682.76", 190, 700), figure("1682.76", 250, 700), figure("0.00", 305, 700)],
    ...["支", "出", "总", "计"].map((c, i) => at(c, 400 + 20 * i, 700)),
    ...[figure("1682.76", 520, 700), figure("1682.76", 580, 700), figure("0.00", 640, 700)],
  ];

  test("is found with its header (编制预算 there is no 编制 line), 项 … 目 one label, 收 … 入 over its four columns", () => {
    const { sheet, rows, merges } = headerOf(items);
    expect(sheet.rows[1]).toEqual(["预算单位：某局", null, null, null, null, null, null, "单位：万元"]);
    expect(rows).toEqual([
      ["收入", null, null, null, "支出", null, null, null],
      ["项目", "本年预算", "编制预算", "上年结转", "项目", "本年预算", "编制预算", "上年结转"],
    ]);
    expect(merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 7 }]));
  });

  test("收 入 总 计 is one label; 支 出 总 计, spread past its header label into the figure's column, goes to the empty column before", () => {
    const [sheet] = read(items);
    expect(sheet.rows.slice(-2)).toEqual([
      ["一、财政拨款收入", 1682.76, 1682.76, 0, "一、一般公共服务支出", 1682.76, 1682.76, 0],
      ["收入总计", 1682.76, 1682.76, 0, "支出总计", 1682.76, 1682.76, 0],
    ]);
  });
});

test("figures wrapped in a narrow column, half above and half below their row's line, are made whole; a 单位 line wrapped in its cell is one", () => {
  const [sheet] = read([
    at("本年一般公共预算支出表（预算表5）", 200, 800),
    at("单位：万", 560, 787),
    at("预算单位：某局", 10, 783),
    at("元", 580, 779),
    at("科目编码", 10, 760),
    at("功能分类科目名称", 80, 760),
    at("合计", 180, 760),
    at("小计", 235, 760),
    at("项目支出", 280, 760),
    at("1682.7", 190, 725),
    at("1682.7", 240, 725),
    at("总计：", 80, 720),
    figure("474.56", 320, 720),
    at("6", 190, 715),
    at("6", 240, 715),
    // The page's last line, "1 | 1", is the rest of two figures, not a page number.
    at("1378.4", 190, 695),
    at("1378.4", 240, 695),
    at("201", 10, 690),
    at("一般公共服务支出", 80, 690),
    figure("474.56", 320, 690),
    at("1", 190, 685),
    at("1", 240, 685),
  ]);
  expect(sheet.origin!.columns).toEqual(["科目编码", "功能分类科目名称", "合计", "小计", "项目支出"]);
  expect(sheet.rows.slice(1, 3)).toEqual([
    ["单位：万元", null, null, null, null],
    ["预算单位：某局", null, null, null, null],
  ]);
  expect(sheet.rows.slice(-2)).toEqual([
    [null, "总计：", 1682.76, 1682.76, 474.56],
    ["201", "一般公共服务支出", 1378.41, 1378.41, 474.56],
  ]);
});

test("an amount printed in one run with the next cell's label is two cells", () => {
  const [sheet] = read([
    at("部门收支总表", 300, 800),
    at("单位：万元", 600, 785),
    at("收入", 150, 765),
    at("支出", 450, 765),
    at("项目", 100, 745),
    at("预算数", 250, 745),
    at("项目", 400, 745),
    at("预算数", 560, 745),
    at("一、一般公共预算拨款收入", 10, 720),
    { ...at("16,474.82 一、一般公共服务支出", 235, 720), width: 45 + 2.5 + 100 },
    figure("47,179.30", 590, 720),
  ]);
  expect(sheet.rows[sheet.rows.length - 1]).toEqual(["一、一般公共预算拨款收入", 16474.82, "一、一般公共服务支出", 47179.3]);
});
