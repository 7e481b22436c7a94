/**
 * Reading rules of the host-free PDF reader on text items laid out by hand, as 重庆市人民政府办公厅
 * and 国家信访局 print them (../shared/real): a top-row group label narrower than the columns it
 * stands over, letters spaced out across a cell, an amount and the next cell's label in one item,
 * a total's label centred in its cell, a header label wrapped under a kind's words, and which
 * lines are a kind's title.
 */
import { headerGrid } from "../../src/reading/pdf/columns";
import { pageLines } from "../../src/reading/pdf/lines";
import { pdfTables } from "../../src/reading/pdf/tables";
import { kindTitles } from "../../src/reading/pdf/titles";
import type { PdfPage } from "../../src/reading/pdf/textItems";
import { at, figure } from "./pdfItems";

const lines = (...items: ReturnType<typeof at>[]) => pageLines({ number: 1, items });
const texts = (page: PdfPage) => pageLines(page).map((l) => l.segments.map((s) => s.text));

describe("a top-row group label", () => {
  // 重庆's 财政拨款收支总体情况表: 支出 stands over 项目 … 国有资本经营预算 but overlaps only 一般公共预算.
  const header = headerGrid(
    lines(
      at("收入", 140, 440),
      at("支出", 548, 440),
      at("项目", 80, 400),
      at("预算数", 215, 400),
      at("项目", 368, 400),
      at("总计", 506, 400),
      at("一般公共预算", 570, 400),
      at("政府性基金", 665, 407),
      at("预算", 685, 393),
      at("国有资本经营", 746, 407),
      at("预算", 774, 393),
    ),
  );

  test("takes the columns below the top row it is centred over, shared with the other top-row labels", () => {
    expect(header.columns.map((c) => c.label)).toEqual(["项目", "预算数", "项目", "总计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]);
    expect(header.rows[0]).toEqual(["收入", "", "支出", "", "", "", ""]);
    expect(header.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(header.merges).toContainEqual({ top: 0, left: 2, bottom: 0, right: 6 });
  });

  test("leaves a column whose label is centred on the whole header's height (2025年预算数) to itself", () => {
    const grid = headerGrid(
      lines(
        at("功能分类科目", 170, 443),
        at("2026年预算数", 560, 443),
        at("2025年预算", 351, 425),
        at("数", 376, 411),
        at("科目编码", 75, 400),
        at("科目名称", 215, 400),
        at("总计", 440, 400),
        at("基本支出", 540, 400),
        at("项目支出", 660, 400),
      ),
    );
    expect(grid.columns.map((c) => c.label)).toEqual(["科目编码", "科目名称", "2025年预算数", "总计", "基本支出", "项目支出"]);
    expect(grid.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(grid.merges).toContainEqual({ top: 0, left: 3, bottom: 0, right: 5 });
    // Under no group label, it stands in the top row and spans the header's rows.
    expect(grid.merges).toContainEqual({ top: 0, left: 2, bottom: grid.rows.length - 1, right: 2 });
  });
});

describe("lines", () => {
  test("letters spaced out across a cell that make a header word are that word; 类 款 项 stay apart", () => {
    expect(texts({ number: 1, items: [at("合", 300, 500), at("计", 325, 500), at("类", 40, 480), at("款", 70, 480), at("项", 100, 480)] })).toEqual([["合计"], ["类", "款", "项"]]);
  });

  test("an item holding an amount and the next cell's label is two segments; a year before its words is not split", () => {
    const [row, heading] = texts({ number: 1, items: [at("16,474.82 一、一般公共服务支出", 381, 500), at("2026 年预算数", 424, 480)] });
    expect(row).toEqual(["16,474.82", "一、一般公共服务支出"]);
    expect(heading).toEqual(["2026 年预算数"]);
  });
});

describe("tables", () => {
  /** 国家信访局's 部门收支总表: labels spaced out, an amount printed in one item with the next label, 支 出 总 计 centred. */
  const page: PdfPage = {
    number: 1,
    items: [
      at("部门收支总表", 350, 440, 20),
      at("单位：万元", 730, 410),
      at("收", 215, 384),
      at("入", 255, 384),
      at("支", 580, 384),
      at("出", 620, 384),
      at("项", 140, 364),
      at("目", 170, 364),
      at("预算数", 331, 364),
      at("项", 499, 364),
      at("目", 529, 364),
      at("预算数", 683, 364),
      at("一、一般公共预算拨款收入", 57, 344),
      at("16,474.82 一、一般公共服务支出", 381, 344),
      figure("16,474.82", 784, 344),
      at("收", 159, 326),
      at("入", 179, 326),
      at("总", 199, 326),
      at("计", 219, 326),
      figure("16,474.82", 426, 326),
      at("支", 530, 326),
      at("出", 550, 326),
      at("总", 570, 326),
      at("计", 590, 326),
      figure("16,474.82", 784, 326),
    ],
  };

  test("read whole: the header's words, the amount apart from the label after it, the centred total under its label", () => {
    const [sheet] = pdfTables([page], kindTitles);
    expect(sheet.origin!.columns).toEqual(["项目", "预算数", "项目", "预算数"]);
    expect(sheet.rows.slice(2)).toEqual([
      ["收入", null, "支出", null],
      ["项目", "预算数", "项目", "预算数"],
      ["一、一般公共预算拨款收入", 16474.82, "一、一般公共服务支出", 16474.82],
      ["收入总计", 16474.82, "支出总计", 16474.82],
    ]);
  });

  test("a kind's words in a header label wrapped over lines (基本支出国 | 库集中支付) start no table", () => {
    const wrapped: PdfPage = {
      number: 1,
      items: [at("基本支出国", 400, 500), at("总", 100, 490), at("计", 130, 490), at("项目支出", 300, 490), at("库集中支付", 400, 490), figure("1.00", 130, 460)],
    };
    expect(pdfTables([wrapped], kindTitles)).toEqual([]);
  });
});

test("a title's 单位名称 line below it, as 重庆 prints it over a table with no unit, marks it a title", () => {
  const page: PdfPage = { number: 1, items: [at("2026年部门整体绩效目标表", 200, 500, 16), at("单位名称： 某某厅", 40, 470), at("指标名称", 40, 440), at("指标值", 200, 440), at("市政府网络可用率", 40, 420), figure("99.5", 230, 420)] };
  expect(pdfTables([page], kindTitles).map((s) => s.name)).toEqual(["部门整体绩效目标表"]);
});

test("a kind's title stands beside only its 表N label, its year or its unit, not beside a header label", () => {
  expect([["部门公开表 5", "一般公共预算支出表"], ["2026", "年政府采购项目"], ["数", "基本支出"], ["项目", "一般公共预算支出"]].map((t) => kindTitles(t))).toEqual([true, true, false, false]);
});
