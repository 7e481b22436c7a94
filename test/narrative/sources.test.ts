/**
 * The narrative's sources: a .docx as Word writes it (runs split inside a number, tabs, a table,
 * entities), bad .docx files refused with a clear message, the district templates' 说明 sheets
 * (placeholders such as x,xxx万元 are no figures), and a figure in a sheet cell placed at its cell
 * and sentence.
 */
import JSZip from "jszip";
import { readFileSync } from "fs";
import { join } from "path";
import { readXlsxBuffer } from "../../src/hosts/xlsx/streamWorkbook";
import { narrativeSheets, sheetBlocks, textBlocks } from "../../src/narrative/blocks";
import { checkNarrative } from "../../src/narrative/checkNarrative";
import { readDocxParagraphs } from "../../src/narrative/docx";
import { validateSheets } from "../../src/validation/validate";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function docx(body: string, part = "word/document.xml"): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(part, `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

test("a .docx as Word writes it: runs split anywhere, tabs, breaks, table cells, entities", async () => {
  const body =
    '<w:p w:rsidR="00A1"><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t>收入预算3,1</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">21.42</w:t></w:r><w:r><w:t>万元</w:t></w:r></w:p>' +
    "<w:p/><w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C &amp; D &lt;E&gt;</w:t></w:r></w:p>" +
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表中的段落</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
  expect(await readDocxParagraphs(await docx(body), "a.docx")).toEqual(["收入预算3,121.42万元", "", "A\tB\nC & D <E>", "表中的段落"]);
});

test("the .docx writer escapes markup and drops control characters a cell may hold", async () => {
  const { docxBuffer } = await import("../../src/narrative/docx");
  const data = await docxBuffer([{ text: "A&B <C>\u0001D\tE", heading: true }, { text: "第二段" }]);
  expect(await readDocxParagraphs(data, "w.docx")).toEqual(["A&B <C>D\tE", "第二段"]);
});

test.each([
  ["not a zip", async () => new TextEncoder().encode("收入预算"), "x.docx is not a .docx (not a zip package)"],
  ["no document part", async () => docx("<w:p/>", "word/other.xml"), "x.docx is not a .docx (no word/document.xml)"],
  ["malformed XML", async () => docx("<w:p><w:r><w:t>未闭合</w:r></w:p>"), "x.docx: word/document.xml is not well-formed XML"],
])("a bad .docx (%s) is refused with a message naming it", async (_what, make, message) => {
  await expect(readDocxParagraphs(await make(), "x.docx")).rejects.toThrow(message);
});

test.each(["putuo-2026-department-filled", "putuo-2026-unit-filled"])("%s: the template's 说明 sheets (placeholders only) give no error and no warning", async (name) => {
  const sheets = await readXlsxBuffer(readFileSync(join(__dirname, "../corpus", `${name}.xlsx`)), name);
  const blocks = sheetBlocks(narrativeSheets(sheets));
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.some((b) => b.text.includes("x,xxx万元") || b.text.includes("XXX万元"))).toBe(true);
  const { findings } = checkNarrative({ blocks, views: validateSheets(sheets).views });
  expect(findings.filter((f) => f.severity !== "info" && f.sheet.includes("说明")).map((f) => f.message.zh)).toEqual([]);
  // What is left is the 100万元 of the template's 资产 sentence, which no table prints.
  expect(new Set(findings.filter((f) => f.severity === "info").map((f) => f.message.zh.replace(/^.*：/, "")))).toEqual(new Set(["100万元 未核对（看不出指的是表中哪一个数）"]));
});

test("a figure in a sheet cell is found at the cell and its sentence, with the figures that explain it", async () => {
  const sheets = await readXlsxBuffer(readFileSync(join(__dirname, "../corpus/putuo-2026-department-filled.xlsx")), "filled");
  const note = { name: "部门编制说明", rows: [["2025年部门预算编制说明"], ["    2025年，上海市普陀区财政局收入预算3,121.42万元。\n    支出预算3,112.42万元。"]], merges: [] };
  const { findings, summary } = checkNarrative({ blocks: sheetBlocks([note]), views: validateSheets(sheets).views });
  expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.quote])).toEqual([["narrative.amount", "部门编制说明", "A2", "支出预算3,112.42万元。"]]);
  expect(findings[0].message.zh).toBe("部门编制说明!A2 第2句：“支出预算”写作 3,112.42万元，表1 D21 为 3,121.42058万元，相差 -9.00058万元，超出四舍五入容许 0.0050005万元");
  expect([findings[0].expected, findings[0].actual, findings[0].tolerance]).toEqual([3121.42058, 3112.42, 0.0050005]);
  expect(summary).toMatchObject({ sentences: 3, checked: 2, notChecked: 0, errors: 1 });
});

test("a 项 by its code and name, a 类 by its code, and figures in 元 against a table in 万元: each held to its cell", async () => {
  const sheets = await readXlsxBuffer(readFileSync(join(__dirname, "../corpus/putuo-2026-department-filled.xlsx")), "filled");
  const text = [
    "2080506 机关事业单位职业年金缴费支出 887.36万元。",
    "2080506机关事业单位职业年金缴费支出87.36万元。",
    "201 一般公共服务支出 2,218.64万元。",
    "机关运行经费2,294,335.00元。",
    "机关运行经费2,294,435.00元。",
    "2025年预算安排100万元以上设备0台。",
    "“住房保障支出（类）住房改革支出（款）住房公积金（项）”204.92万元。部门预算安排购置单价100万元以上设备0台。",
  ];
  const { findings } = checkNarrative({ blocks: text.map((t, i) => ({ text: t, place: { kind: "paragraph" as const, source: "说明.docx", paragraph: i + 1 } })), views: validateSheets(sheets).views });
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([
    ["narrative.amount", "第1段第1句"],
    ["narrative.amount", "第5段第1句"],
    ["narrative.notChecked", "第6段第1句"],
    ["narrative.notChecked", "第7段第2句"],
  ]);
  // 表9 prints 229.43 万元, which stands for 2,294,250–2,294,350 元: 2,294,335.00 元 (表8's figure) is within it.
  expect(findings[1].message.zh).toContain("写作 2,294,435.00元，表9 G7 为 2,294,300.00元，相差 135.00元，超出四舍五入容许 50.005元");
});

test("plain text: pages at form feeds, a number wrapped over lines read whole", () => {
  const blocks = textBlocks("第一页\n收入预算887.36万\n  元。\f\f第三页", "说明.txt");
  expect(blocks.map((b) => [b.place, b.text])).toEqual([
    [{ kind: "page", source: "说明.txt", page: 1 }, "第一页收入预算887.36万元。"],
    [{ kind: "page", source: "说明.txt", page: 3 }, "第三页"],
  ]);
});
