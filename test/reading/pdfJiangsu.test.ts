/**
 * Reading rules the 江苏 2019 部门预算公开表 need (shared/real/jiangsu-*-2019.pdf), on text items
 * laid out by hand as those PDFs print them: a figure and the next cell's name in one run, a
 * group label centred over the gap between the columns it groups, two header labels in one run,
 * a table ended by a title the pack does not read.
 */
import { JIANGSU_PACK } from "../../src/packs/jiangsu";
import { readHeader } from "../../src/reading/header";
import { fixedRowKeys, fixedSides } from "../../src/reading/rowKeys";
import { headerGrid } from "../../src/reading/pdf/columns";
import { pageLines } from "../../src/reading/pdf/lines";
import { pdfTables } from "../../src/reading/pdf/tables";
import { packTitles } from "../../src/reading/pdf/titles";
import { MergeIndex, type SheetCells } from "../../src/reading/sheetCells";
import { at, figure } from "./pdfItems";

const linesOf = (...items: ReturnType<typeof at>[]) => pageLines({ number: 1, items });

test("an amount and the next cell's name printed in one run, a space apart, are two segments; a year and its words stay one", () => {
  const [line] = linesOf(at("一、财政拨款", 40, 700), at("18,330.37 一、一般公共服务支出", 270, 700));
  expect(line.segments.map((s) => s.text)).toEqual(["一、财政拨款", "18,330.37", "一、一般公共服务支出"]);
  const [figureSeg, name] = line.segments.slice(1);
  expect([figureSeg.left, Math.round(figureSeg.right), Math.round(name.left), name.right]).toEqual([270, 315, 320, 420]);
  expect(linesOf(at("2026 年预算数", 40, 700))[0].segments.map((s) => s.text)).toEqual(["2026 年预算数"]);
});

/** 公开表一's header: 收入 over 项目名称 | 金额 (each centred over two rows), 支出 over 功能分类 and 支出用途, each over its name and 金额, the groups centred over the gaps between them. */
const TABLE1_HEADER = [
  at("收入", 170, 750),
  at("支出", 555, 750),
  at("功能分类", 430, 734),
  at("支出用途", 676, 734),
  at("项目名称", 96, 725),
  at("金额", 244, 725),
  at("功能科目名称", 359, 717),
  at("金额", 510, 717),
  at("项目名称", 620, 717),
  at("金额", 748, 717),
];

test("a label centred over the gap between two bottom-row labels groups them; a top-row group label over no column spans those nearer it than its row's others", () => {
  const grid = headerGrid(linesOf(...TABLE1_HEADER));
  expect(grid.columns.map((c) => c.label)).toEqual(["项目名称", "金额", "功能科目名称", "金额", "项目名称", "金额"]);
  const spans = Object.fromEntries(grid.merges.filter((m) => m.right > m.left).map((m) => [grid.rows[m.top][m.left], [m.left, m.right]]));
  expect(spans).toEqual({ 收入: [0, 1], 支出: [2, 5], 功能分类: [2, 3], 支出用途: [4, 5] });
});

test("a label beside two bottom-row labels but not centred over them is a column of its own (合计 over two rows)", () => {
  const grid = headerGrid(linesOf(at("功能分类科目", 115, 500), at("合计", 262, 490), at("科目编码", 42, 480), at("科目名称", 146, 480), at("一般公共预算", 312, 480)));
  expect(grid.columns.map((c) => c.label)).toEqual(["科目编码", "科目名称", "合计", "一般公共预算"]);
});

test("two Chinese labels a little apart in one run of a header are two labels, each with its wrapped rest", () => {
  const size = 17;
  const grid = headerGrid(
    linesOf(at("公务用车购置及运行维护费", 376, 591, size), at("公务用车购置", 419.5, 553, size), at("公务用车运行", 529.5 + 1, 553, size), at("费", 463, 533, size), at("维护费", 556, 533, size)),
  );
  expect(grid.columns.map((c) => c.label)).toEqual(["公务用车购置费", "公务用车运行维护费"]);
});

test("…also where the run's line holds a label printed a little lower (人大's （境）费 beside it), which is not below it", () => {
  const size = 17.04;
  const grid = headerGrid(
    linesOf(
      at("公务用车购置及运行维护费", 376, 591.44, size),
      at("（境）费", 241.2, 551.6, size),
      at("公务用车购置 公务用车运行", 419.5, 553.28, size),
      at("费", 462.7, 532.64, size),
      at("维护费", 556.3, 532.64, size),
    ),
  );
  expect(grid.columns.map((c) => c.label)).toEqual(["（境）费", "公务用车购置费", "公务用车运行维护费"]);
});

test("a table ends at another table's title with its 编制/单位 line (one the pack does not read), and at a 公开表十二 label", () => {
  const table11 = (y: number) => [
    at("一般公共预算机关运行经费支出预算表", 200, y, 16),
    at("部门：某某厅", 40, y - 30),
    at("单位：万元", 500, y - 30),
    at("科目编码", 45, y - 60),
    at("科目名称", 150, y - 60),
    at("机关运行经费支出", 400, y - 60),
    at("302", 45, y - 80),
    at("商品和服务支出", 150, y - 80),
    figure("50.00", 480, y - 80),
  ];
  const procurement = [at("2019年政府采购预算表", 200, 300, 16), at("部门：某某厅", 40, 270), at("单位：万元", 500, 270), at("采购品目大类", 45, 240), at("总计", 480, 240), at("合计", 45, 220), figure("3.00", 500, 220)];
  const byTitle = pdfTables([{ number: 1, items: [...table11(700), ...procurement] }], packTitles(JIANGSU_PACK.tables));
  expect(byTitle.map((s) => s.rows.length)).toEqual([4]);
  const byLabel = pdfTables([{ number: 1, items: [...table11(700), at("公开表十二", 40, 560), at("采购品目大类", 45, 520), figure("3.00", 500, 500)] }], packTitles(JIANGSU_PACK.tables));
  expect(byLabel.map((s) => s.rows.length)).toEqual([4]);
});

test("公开表九's header, six rows as its PDF lays it out: each 小计 found under its own heading, the deeper label's first", () => {
  const T9 = JIANGSU_PACK.tables.find((t) => t.id === "表9")!;
  const blank = (width: number) => Array.from({ length: width }, () => null);
  const row = (cells: Record<number, string | number>) => Object.assign(blank(9), cells) as SheetCells["rows"][number];
  const sheet: SheetCells = {
    name: "表9",
    rows: [
      [T9.title],
      row({ 0: "部门：某某厅", 8: "单位：万元" }),
      row({ 3: "“三公”经费" }),
      row({ 3: "公务用车购置及运行维护费" }),
      row({ 0: "合计", 2: "因公出国（境）费", 6: "公务接待费", 7: "会议费", 8: "培训费" }),
      row({ 1: "小计", 5: "公务用车运行维护费" }),
      row({ 4: "公务用车购置费" }),
      row({ 3: "小计" }),
      row({ 0: 10, 1: 6, 2: 1, 3: 3, 4: 1, 5: 2, 6: 2, 7: 3, 8: 1 }),
    ],
    merges: [
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 3, left: 3, bottom: 3, right: 5 },
      { top: 4, left: 0, bottom: 7, right: 0 },
      { top: 5, left: 1, bottom: 7, right: 1 },
    ],
  };
  const header = readHeader(sheet, new MergeIndex(sheet.merges), T9, 2, sheet.rows.length)!;
  expect([header.first, header.last, header.missing]).toEqual([2, 7, []]);
  expect(Object.fromEntries(header.columns)).toEqual({ 合计: 0, 三公经费: 1, 因公出国: 2, 公务用车: 3, 公务用车购置: 4, 公务用车运行: 5, 公务接待: 6, 会议费: 7, 培训费: 8 });
});

test("公开表二's two levels of names: each group name, centred over its run, goes to the run's first line (its 小计), which then names the group's row", () => {
  const size = 10;
  const item = (text: string, y: number) => at(text, 200, y, size);
  const items = [
    at("收入预算总表", 150, 800, 16),
    at("部门：某某厅", 40, 770),
    at("单位：万元", 400, 770),
    at("项目名称", 200, 740),
    at("金额", 400, 740),
    item("收入总计", 720),
    figure("100.00", 420, 720),
    item("小计", 700),
    figure("100.00", 420, 700),
    at("一般公共预算资金", 60, 680),
    item("公共财政拨款(补助)资金", 680),
    figure("100.00", 420, 680),
    item("专项收入", 660),
    at("政府性基金", 60, 640),
    item("小计", 640),
    item("小计", 620),
    item("事业收入", 600),
    at("其他资金", 60, 590),
    item("经营收入", 580),
    item("其他收入", 560),
  ];
  const [sheet] = pdfTables([{ number: 1, items }], packTitles(JIANGSU_PACK.tables));
  expect(sheet.rows.slice(3).map((r) => String(r?.[0]).trim())).toEqual(["收入总计", "一般公共预算资金小计", "公共财政拨款(补助)资金", "专项收入", "政府性基金小计", "其他资金小计", "事业收入", "经营收入", "其他收入"]);
  const T2 = JIANGSU_PACK.tables.find((t) => t.id === "表2")!;
  const [rows] = fixedSides(T2.rows);
  expect(["一般公共预算资金小计", "其他资金小计", "小计"].map((l) => fixedRowKeys(rows)(l)?.key)).toEqual(["一般公共预算资金", "其他资金", undefined]);
});

test("names printed right of their column's label, short of the figure column's, are names; rows mostly empty keep their own lines", () => {
  const name = (text: string, y: number) => at(text, 260, y);
  const items = [
    at("收入预算总表", 150, 800, 16),
    at("部门：某某厅", 40, 770),
    at("单位：万元", 500, 770),
    at("项目名称", 165, 740),
    at("金额", 516, 740),
    name("收入总计", 720),
    figure("180.00", 613, 720),
    name("小计", 700),
    figure("100.00", 613, 700),
    at("一般公共预算资金", 146, 680),
    name("公共财政拨款(补助)资金", 680),
    figure("100.00", 613, 680),
    name("专项收入", 660),
    at("政府性基金", 161, 640),
    name("小计", 640),
    name("小计", 620),
    figure("80.00", 613, 620),
    name("事业收入", 600),
    at("其他资金", 161, 590),
    name("经营收入", 580),
    name("其他收入", 560),
    figure("80.00", 613, 560),
  ];
  const [sheet] = pdfTables([{ number: 1, items }], packTitles(JIANGSU_PACK.tables));
  expect(sheet.rows.slice(3).map((r) => [String(r?.[0]).trim(), r?.[1]])).toEqual([
    ["收入总计", 180],
    ["一般公共预算资金小计", 100],
    ["公共财政拨款(补助)资金", 100],
    ["专项收入", null],
    ["政府性基金小计", null],
    ["其他资金小计", 80],
    ["事业收入", null],
    ["经营收入", null],
    ["其他收入", 80],
  ]);
});
