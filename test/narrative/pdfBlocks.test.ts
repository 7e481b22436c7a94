/**
 * A PDF's narrative from its text items laid out by hand: the lines around the tables, a block per
 * page, wrapped lines run on (a figure wrapped inside it too), page numbers dropped, and nothing of
 * a table read as prose: not its title, header, cells or 注, on its page or the next it runs on to.
 */
import { pdfBlocks } from "../../src/narrative/pdfBlocks";
import { sentences } from "../../src/narrative/sentences";
import { SHANGHAI_DISTRICT_DEPARTMENT_PACK } from "../../src/packs/shanghai";
import { readPdfPages } from "../../src/reading/pdf/tables";
import { packTitles } from "../../src/reading/pdf/titles";
import type { PdfPage } from "../../src/reading/pdf/textItems";
import { at, figure, header } from "../reading/pdfItems";

const TITLE = "2025年部门收入预算总表";
const row = (y: number, code: string, name: string, a: string) => [at(code, 45, y), at(name, 115, y), figure(a, 375, y), figure(a, 515, y)];

const PAGES: PdfPage[] = [
  {
    number: 1,
    items: [
      at("一、收支预算总体情况", 40, 800),
      at("2025年，某某局收入预算3,121.42万元。其中：财政拨款收入", 40, 780),
      at("887.36万", 40, 765),
      at("元。收入情况详见", 80, 765),
      at(`${TITLE}。`, 160, 765),
      at("- 1 -", 290, 30),
    ],
  },
  {
    number: 2,
    items: [
      at("二、财政拨款支出", 40, 800),
      at("“一般公共服务支出（类）人大事务（款）行政运行（项）”", 40, 780),
      at("2010101", 40, 765),
      at("600.00万元。", 90, 765),
      at(TITLE, 200, 700, 16),
      at("编制部门：某某局", 40, 670),
      at("单位：元", 500, 670),
      ...header(640),
      ...row(590, "201", "一般公共服务支出", "1,235,567.00"),
      at("- 2 -", 290, 30),
    ],
  },
  { number: 3, items: [...header(800), ...row(740, "20101", "人大事务", "1,000.00"), at("注：本表为示例。", 40, 700), at("- 3 -", 290, 30)] },
  { number: 4, items: [at("三、其他相关情况说明：本部门无政府性基金预算财政拨款安排的预算。", 40, 800), at("4", 290, 30)] },
];

const { sheets, rest } = readPdfPages(PAGES, packTitles(SHANGHAI_DISTRICT_DEPARTMENT_PACK.tables));
const blocks = pdfBlocks(rest, "book.pdf");

test("the table is read as a sheet and the text around it as a block per page with any", () => {
  expect(sheets.map((s) => s.name)).toEqual(["部门收入预算总表"]);
  expect(blocks.map((b) => b.place)).toEqual([1, 2, 4].map((page) => ({ kind: "page", source: "book.pdf", page })));
});

test("wrapped lines run on, a figure wrapped inside it too, and the page number is dropped", () => {
  expect(blocks[0].text).toBe(`一、收支预算总体情况2025年，某某局收入预算3,121.42万元。其中：财政拨款收入887.36万元。收入情况详见${TITLE}。`);
  expect(sentences(blocks[0]).map((s) => s.text)).toEqual([
    "一、收支预算总体情况2025年，某某局收入预算3,121.42万元。",
    `其中：财政拨款收入887.36万元。`,
    `收入情况详见${TITLE}。`,
  ]);
});

test("a code and the amount beside it are kept apart, not read as one number", () => {
  expect(blocks[1].text).toBe("二、财政拨款支出“一般公共服务支出（类）人大事务（款）行政运行（项）”2010101 600.00万元。");
});

test("nothing of the table is prose: its title, header, figures, the page it runs on to, its 注", () => {
  const prose = blocks.map((b) => b.text).join("");
  for (const printed of ["编制部门", "科目编码", "1,235,567.00", "人大事务1,000.00", "本表为示例"]) expect(prose).not.toContain(printed);
  expect(sheets[0].rows.flat()).toContain("注：本表为示例。");
  expect(blocks[2].text).toBe("三、其他相关情况说明：本部门无政府性基金预算财政拨款安排的预算。");
});
