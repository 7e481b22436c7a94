/**
 * The corpus workbooks hold what the documents print: every transcribed cell is read back from a
 * real .xlsx file at its place, the filled templates hold their source's figures, and the
 * transcriptions agree with figures the documents' own narrative text cites (chosen apart from
 * the tables, so a misread table figure shows).
 */
import ExcelJS from "exceljs";
import {
  PDF_DOCUMENTS,
  FILLED_TEMPLATES,
  amountFormat,
  amountValue,
  corpusWorkbooks,
  excelRowOf,
  loadPlacement,
  loadTranscription,
  type TableTranscript,
} from "./buildWorkbook";

async function readBack(buffer: Buffer | Promise<Buffer>): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buffer) as unknown as ExcelJS.Buffer);
  return wb;
}

/** What a cell must hold for a printed text: a number for an amount, the text otherwise, nothing for a blank. */
const expected = (t: TableTranscript, column: number, printed: string): string | number | null =>
  !printed ? null : t.kinds[column] === "amount" ? amountValue(printed) : printed;

const cellText = (v: ExcelJS.CellValue): string | number | null =>
  v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : (v as string | number | null);

const CORPUS = corpusWorkbooks();

describe.each(PDF_DOCUMENTS)("%s as a workbook", (name) => {
  const doc = loadTranscription(name);
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack(CORPUS.find((w) => w.name === name)!.buffer);
  });

  it("has one sheet per table, named by its title without the year", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(doc.tables.map((t) => t.sheet));
    for (const t of doc.tables) expect(t.title).toMatch(new RegExp(`^(\\d{4}年)?${t.sheet}$`));
  });

  it.each(doc.tables.map((t) => [t.number, t] as const))("表%i: every transcribed cell is at its place", (_, t) => {
    const ws = wb.getWorksheet(t.sheet)!;
    expect(ws.getCell("A1").value).toBe(t.title);
    expect(ws.getCell("A2").value).toBe(t.preparer);
    expect(ws.getCell(2, t.columns.length).value).toBe(t.unit);
    t.header.forEach((cells, r) => cells.forEach((text, c) => text && expect(ws.getCell(3 + r, c + 1).value).toBe(text)));
    expect(ws.model.merges).toEqual(expect.arrayContaining(t.merges.map((m) => m.replace(/\d+/g, (d) => String(Number(d) + 2)))));
    t.rows.forEach((cells, r) =>
      cells.forEach((printed, c) => {
        const cell = ws.getCell(excelRowOf(t, r), c + 1);
        expect([r, c, cell.value]).toEqual([r, c, expected(t, c, printed)]);
        if (printed && t.kinds[c] === "amount") expect(cell.numFmt).toBe(amountFormat(printed));
      }),
    );
    t.notes.forEach((note, i) => expect(ws.getCell(excelRowOf(t, t.rows.length) + i, 1).value).toBe(note));
  });
});

describe.each(FILLED_TEMPLATES)("%s", (name) => {
  const placement = loadPlacement(name);
  const source = loadTranscription(placement.source);
  const entry = CORPUS.find((w) => w.name === name)!;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack(entry.buffer);
  });

  it("keeps the template's sheets and titles", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(placement.templateSheets);
    for (const t of entry.truth.layout.tables) {
      expect(cellText(wb.getWorksheet(t.sheet)!.getCell("A2").value)).toBe(t.title);
      expect(t.title).toMatch(/^2026年/);
    }
  });

  it.each(source.tables.map((t) => [t.number, t] as const))("表%i holds its source's figures, codes and names", (n, t) => {
    const placed = placement.tables.find((p) => p.number === n)!;
    const ws = wb.getWorksheet(placed.sheet)!;
    const written = Object.entries(placed.rows);
    expect(written.length).toBe(t.rows.filter((r) => r.some((c) => c)).length);
    for (const [row, excelRow] of written) {
      const cells = t.rows[Number(row)];
      const isTotal = cells.some((c) => /^(合计|收入总计)$/.test(c));
      cells.forEach((printed, c) => {
        // The template's own labels stay: 表1/表4's income items, the 合计/总计 rows' labels.
        if (t.kinds[c] !== "amount" && (isTotal || (c === 0 && t.columns[0] === "收入项目"))) return;
        expect([row, c, cellText(ws.getCell(excelRow, c + 1).value)]).toEqual([row, c, expected(t, c, printed)]);
      });
    }
  });
});

describe("the truth files point at what is printed", () => {
  it.each(CORPUS.map((w) => [w.name, w] as const))("%s", async (_, w) => {
    const doc = loadTranscription(w.truth.source ?? w.name);
    expect(w.truth.layout.tables.map((t) => t.number)).toEqual(doc.tables.map((t) => t.number));
    const wb = await readBack(w.buffer);
    for (const d of [...w.truth.defects, ...w.truth.roundingTails]) {
      const t = doc.tables.find((x) => x.number === d.table)!;
      const cells = t.rows[d.row];
      const at = (key: string) => t.columns.indexOf(key);
      expect(d.code).toEqual(["类", "款", "项"].filter((k) => at(k) >= 0).map((k) => cells[at(k)]));
      if (d.name) expect(cells).toContain(d.name);
      if (d.column && t.kinds[at(d.column)] === "amount" && cells[at(d.column)]) {
        const cell = wb.getWorksheet(d.sheet!)!.getCell(d.excelRow!, at(d.column) + 1);
        expect(cell.value).toBe(amountValue(cells[at(d.column)]));
      }
    }
  });
});

/** Figures the narrative (预算编制说明, 其他相关情况说明) cites in 万元, with the transcribed cell they name. */
const ANCHORS: { doc: string; quote: string; wan: string; table: number; row: (t: TableTranscript) => number; column: string }[] = [];
const byCode = (code: string) => (t: TableTranscript) => t.rows.findIndex((r) => r.slice(0, 3).join("") === code);
const byLabel = (label: string) => (t: TableTranscript) => t.rows.findIndex((r) => r.includes(label));
const anchor = (doc: string, quote: string, wan: string, table: number, row: (t: TableTranscript) => number, column: string) =>
  ANCHORS.push({ doc, quote, wan, table, row, column });

anchor("putuo-czj-2025", "收入预算3,121.42万元", "3121.42", 1, byLabel("收入总计"), "收入预算数");
anchor("putuo-czj-2025", "行政运行（项）”1,623.18万元", "1623.18", 5, byCode("2010601"), "合计");
anchor("putuo-czj-2025", "信息化建设（项）”166.66万元", "166.66", 5, byCode("2010607"), "合计");
anchor("putuo-czj-2025", "“三公”经费预算数为0.95万元", "0.95", 9, () => 0, "合计");
anchor("putuo-czj-2025", "机关运行经费预算为229.43万元", "229.43", 9, () => 0, "机关运行经费");
anchor("wanli-2023", "收入预算16497.86万元", "16497.86", 1, byLabel("收入总计"), "收入预算数");
anchor("wanli-2023", "统计管理（项）”2.63万元", "2.63", 5, byCode("2010506"), "合计");
anchor("wanli-2023", "专项普查活动（项）”60.13万元", "60.13", 5, byCode("2010507"), "合计");
anchor("wanli-2023", "公共法律服务（项）”15.00万元", "15.00", 5, byCode("2040607"), "合计");
anchor("wanli-2023", "“三公”经费预算数为22.91万元", "22.91", 9, () => 0, "合计");
anchor("wanli-2023", "机关运行经费预算为786.09万元", "786.09", 9, () => 0, "机关运行经费");
anchor("fuliyuan-2024", "收入预算1,212.12万元", "1212.12", 1, byLabel("收入总计"), "收入预算数");
anchor("fuliyuan-2024", "财政拨款收入950.12万元", "950.12", 1, byLabel("一、财政拨款收入"), "收入预算数");
anchor("fuliyuan-2024", "事业收入262.00万元", "262.00", 1, byLabel("二、事业收入"), "收入预算数");
anchor("fuliyuan-2024", "事业单位离退休（项）”53.84万元", "53.84", 5, byCode("2080502"), "合计");
anchor("fuliyuan-2024", "住房公积金（项）”33.58万元", "33.58", 5, byCode("2210201"), "合计");
anchor("fuliyuan-2024", "“三公”经费预算数为6.40万元", "6.40", 9, () => 0, "合计");

/** An amount in 分 (integer), from 元 or 万元 text. */
const fen = (text: string, perUnit: number): number => {
  const [whole, frac = ""] = text.replace(/,/g, "").split(".");
  return Number(whole) * perUnit * 100 + Math.round((Number(frac || "0") / 10 ** frac.length) * perUnit * 100);
};

describe("the transcriptions agree with the narrative's figures", () => {
  it.each(ANCHORS.map((a) => [a.doc, a.quote, a] as const))("%s: %s", (doc, _, a) => {
    const t = loadTranscription(doc).tables.find((x) => x.number === a.table)!;
    const row = a.row(t);
    expect(row).toBeGreaterThanOrEqual(0);
    const printed = t.rows[row][t.columns.indexOf(a.column)];
    const perUnit = t.unit.includes("万元") ? 10000 : 1;
    // The narrative rounds to 0.01 万元 (100 元): the cell must lie within half of that.
    expect(Math.abs(fen(printed, perUnit) - fen(a.wan, 10000))).toBeLessThanOrEqual(5000);
  });
});
