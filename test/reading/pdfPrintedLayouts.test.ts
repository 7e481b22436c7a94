/**
 * Reading rules drawn from the printed layout of the 深圳 2026 documents (shared/real/shenzhen-*-2026.pdf),
 * on text items laid out by hand as those PDFs place them: labels spaced out or wrapped a
 * line-height apart, a year before 年, group labels over repeated fund columns, codes left-aligned
 * under a centred 科目编码, figures cut short in narrow columns, cells centred over different
 * numbers of lines, and a header label that names a table kind.
 */
import { headerGrid } from "../../src/reading/pdf/columns";
import { pageLines } from "../../src/reading/pdf/lines";
import { bodyRows, columnOf } from "../../src/reading/pdf/rows";
import { pdfTables } from "../../src/reading/pdf/tables";
import { kindTitles } from "../../src/reading/pdf/titles";
import type { PdfPage, PdfTextItem } from "../../src/reading/pdf/textItems";
import { at, figure } from "./pdfItems";

const lines = (items: PdfTextItem[]) => pageLines({ number: 1, items });
const texts = (items: PdfTextItem[]) => lines(items).map((l) => l.segments.map((s) => s.text));

describe("segments of a line", () => {
  test("a year printed apart from the 年 after it is a label's words, not a figure", () => {
    expect(texts([at("2026", 100, 500), at("年预算数", 122, 500), figure("4,676.96", 400, 480), at("2025", 100, 460), at("年", 122, 460)])).toEqual([
      ["2026 年预算数"],
      ["4,676.96"],
      ["2025 年"],
    ]);
  });

  test("letters spaced out are one label when together they name a column's role or a total; 类 款 项 stay apart", () => {
    expect(texts([at("收", 250, 500), at("入", 300, 500), at("支", 760, 500), at("出", 810, 500)])).toEqual([["收入", "支出"]]);
    expect(texts([at("收", 160, 500), at("入", 180, 500), at("总", 200, 500), at("计", 220, 500), figure("50,616.94", 430, 500)])).toEqual([["收入总计", "50,616.94"]]);
    expect(texts([at("类", 40, 500), at("款", 65, 500), at("项", 90, 500)])).toEqual([["类", "款", "项"]]);
  });
});

describe("a header", () => {
  test("a label wrapped a line-height apart (1.56 font sizes) is one label, beside labels centred between its lines", () => {
    const grid = headerGrid(lines([at("一般公共预算", 276, 384.4), at("拨款", 296, 368.8), at("事业收入", 600, 376.6), at("国有资本经营预", 428, 384.4), at("算拨款", 448, 368.8)]));
    expect(grid.columns.map((c) => c.label)).toEqual(["一般公共预算拨款", "国有资本经营预算拨款", "事业收入"]);
  });

  test("a group label narrower than the middle one of the columns it stands over spans the repetition of the labels under it", () => {
    const funds = (left: number, y: number) => [at("一般公共预", left, y), at("政府性基金", left + 62, y), at("国有资本经", left + 124, y)];
    const grid = headerGrid(lines([at("总计", 395, 404), at("公务接待费", 580, 404), ...funds(333, 380), ...funds(518, 380)]));
    expect(grid.rows[0]).toEqual(["总计", "", "", "公务接待费", "", ""]);
    expect(grid.merges).toEqual(expect.arrayContaining([expect.objectContaining({ top: 0, left: 0, right: 2 }), expect.objectContaining({ top: 0, left: 3, right: 5 })]));
  });
});

describe("cells of a row", () => {
  const columns = headerGrid(lines([at("预算单位", 128, 415), at("科目编码", 317, 415), at("科目名称", 486, 415), at("支出总计", 664, 415), at("基本支出", 810, 415)])).columns;
  const line = (items: PdfTextItem[]) => lines(items)[0].segments.map((s) => columnOf(s, columns));

  test("a code left-aligned under a centred 科目编码 is the code's, as a name under 科目名称 is the name's", () => {
    expect(line([at("201", 278, 360), at("一般公共服务支出", 407, 360), figure("3,459.13", 752, 360), figure("1,866.84", 898, 360)])).toEqual([1, 2, 3, 4]);
  });

  test("a total's label centred in its cell goes to the column nearest its centre", () => {
    expect(line([at("支出总计", 372, 360), figure("4,684.30", 752, 360)])).toEqual([1, 3]);
  });
});

describe("rows of a narrow-columned table", () => {
  const columns = headerGrid(lines([at("支出项目类别", 59, 400), at("总计", 160, 400), at("一般公共", 226, 400), at("结转", 990, 400)])).columns;
  const rows = (items: PdfTextItem[]) => bodyRows(lines(items), columns).map((r) => r.cells);

  test("a figure cut short goes on at its right edge on the line below; a cell centred over fewer lines is part of the row", () => {
    const items = [
      at("深圳市交通运输局（本", 29, 352.7),
      figure("376,936.6", 207, 352.7),
      figure("372,569.82", 273, 344.9),
      figure("201.78", 1045, 344.9),
      at("级）", 29, 337.1),
      figure("0", 207, 337.1),
      at("办公设备采购", 49, 313.2),
      figure("31.86", 207, 313.2),
      figure("31.86", 273, 313.2),
      figure("0.00", 1045, 313.2),
      at("深圳市发展和改革委", 49, 273.7),
      figure("1,040,000", 207, 265.9),
      figure("1,040,000.0", 273, 265.9),
      at("员会专项资金-高新技术重", 29, 258.1),
      figure("0.00", 1045, 258.1),
      figure(".00", 207, 250.3),
      figure("0", 273, 250.3),
      at("大项目领域", 29, 242.5),
    ];
    expect(rows(items)).toEqual([
      ["深圳市交通运输局（本级）", "376,936.60", "372,569.82", "201.78"],
      ["　　办公设备采购", "31.86", "31.86", "0.00"],
      ["　　深圳市发展和改革委员会专项资金-高新技术重大项目领域", "1,040,000.00", "1,040,000.00", "0.00"],
    ]);
  });
});

describe("tables of a document", () => {
  const meta = (y: number) => [at("部门名称：深圳市信访局", 29, y), at("单位：万元", 995, y)];
  const header = (y: number) => [at("预算单位", 87, y), at("科目编码", 207, y), at("科目名称", 305, y), at("支出总计", 401, y), at("2026 年政府采购项目", 520, y + 30), at("政府采购项目", 540, y + 15), at("小计", 560, y)];
  const page = (number: number, rows: PdfTextItem[]): PdfPage => ({ number, items: [at("表3", 29, 490), at("支出总表", 513, 468, 12), ...meta(447), ...header(380), ...rows] });
  const pages = [
    page(1, [at("深圳市信访局", 29, 350), figure("4,684.30", 441, 350), figure("1,100.30", 580, 350), at("201", 207, 330), at("一般公共服务支出", 305, 330), figure("3,459.13", 441, 330), figure("1,100.30", 580, 330)]),
    page(2, [at("205", 207, 350), at("教育支出", 305, 350), figure("20.00", 441, 350), figure("0.00", 580, 350), at("注：本套报表金额单位转换时可能存在尾数误差。", 72, 330)]),
  ];
  const sheets = pdfTables(pages, kindTitles);

  test("a header's label naming a table kind (政府采购项目) is no title, and the 表N line above a continued title does not end the table", () => {
    expect(sheets.map((s) => s.name)).toEqual(["支出总表"]);
    expect(sheets[0].rows.filter((r) => r?.some((v) => typeof v === "number")).map((r) => r![1] ?? r![0])).toEqual(["深圳市信访局", "201", "205"]);
  });
});
