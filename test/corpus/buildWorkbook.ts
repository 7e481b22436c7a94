/**
 * The corpus of real documents as workbooks. Each PDF's transcription (test/corpus/<doc>/
 * transcription.json, the tables cell by cell as printed) is laid out as an officer would type
 * it: one sheet per table, named by its title without the year; title, 编制 line and 单位 line
 * above the header; header cells merged as printed; amounts as numbers shown with the printed
 * number of decimals, codes and names as text, blank cells blank, the 注 lines below. The two
 * filled district templates are committed workbooks (made by scripts/corpus/fill_templates.js).
 *
 * `corpusWorkbooks()` lists every corpus document with its workbook and its truth (truth.json,
 * established by scripts/corpus/check_truth.py), each truth item located at its sheet and row.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";

export type ColumnKind = "code" | "text" | "amount";

export interface TableTranscript {
  number: number;
  title: string;
  sheet: string;
  preparer: string;
  unit: string;
  pages: number[];
  header: string[][];
  merges: string[];
  kinds: ColumnKind[];
  columns: string[];
  rows: string[][];
  notes: string[];
}

export interface Transcription {
  document: string;
  title: string;
  tables: TableTranscript[];
}

/** Where a truth item is: the table, its transcription row (code and name as printed) and column. */
export interface TruthPlace {
  table: number;
  row: number;
  code: string[];
  name: string;
  column?: string;
  /** Added by corpusWorkbooks(): the worksheet and 1-based row of that row in the workbook. */
  sheet?: string;
  excelRow?: number;
}

export interface TruthDefect extends TruthPlace {
  kind: "arithmetic" | "code.malformed" | "code.parent" | "row.duplicate" | "name.old" | "name.unknown" | "economic.nonstandard";
  severity: "error" | "warning";
  rule?: string;
  printed?: string;
  parts?: string[];
  difference?: string;
  tolerance?: string;
  detail?: string;
}

export interface RoundingTail extends TruthPlace {
  rule: string;
  printed: string;
  parts: string[];
  difference: string;
  tolerance: string;
}

export interface Truth {
  document: string;
  /** A filled template's source document, whose figures it holds. */
  source?: string;
  layout: { kind: "区级部门" | "区级单位" | "市级单位"; tables: { number: number; title: string; sheet: string }[] };
  defects: TruthDefect[];
  roundingTails: RoundingTail[];
  identitiesChecked: Record<string, number>;
  notApplicable: { rule: string; reason: string }[];
  statement: string;
}

export interface CorpusWorkbook {
  name: string;
  buffer: Promise<Buffer>;
  truth: Truth;
}

export const CORPUS_DIR = __dirname;
export const PDF_DOCUMENTS = ["putuo-czj-2025", "wanli-2023", "fuliyuan-2024"];
export const FILLED_TEMPLATES = ["putuo-2026-department-filled", "putuo-2026-unit-filled"];

const readJson = <T>(...path: string[]): T => JSON.parse(readFileSync(join(CORPUS_DIR, ...path), "utf8")) as T;

export const loadTranscription = (doc: string): Transcription => readJson(doc, "transcription.json");
export const loadTruth = (doc: string): Truth => readJson(doc, "truth.json");

/** Rows above a table's header: the title, then the 编制 and 单位 line. */
const TOP_ROWS = 2;

/** The 1-based worksheet row of a transcription body row. */
export const excelRowOf = (table: TableTranscript, row: number): number => TOP_ROWS + table.header.length + row + 1;

/** Excel's number format for a printed amount: thousands separators and the printed decimals. */
export const amountFormat = (text: string): string => {
  const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  return decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
};

/** A printed amount as the number an officer types ("31,214,205.80" → 31214205.8). */
export const amountValue = (text: string): number => Number(text.replace(/,/g, ""));

const shift = (range: string, rows: number): string =>
  range.replace(/(\d+)/g, (r) => String(Number(r) + rows));

const THIN: Partial<ExcelJS.Borders> = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };

function layTable(ws: ExcelJS.Worksheet, t: TableTranscript): void {
  const width = t.columns.length;
  ws.getCell(1, 1).value = t.title;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getCell(1, 1).font = { size: 16 };
  ws.getCell(2, 1).value = t.preparer;
  ws.getCell(2, width).value = t.unit;
  ws.getCell(2, width).alignment = { horizontal: "right" };
  t.header.forEach((cells, r) =>
    cells.forEach((text, c) => {
      const cell = ws.getCell(TOP_ROWS + r + 1, c + 1);
      if (text) cell.value = text;
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
    }),
  );
  for (const range of t.merges) ws.mergeCells(shift(range, TOP_ROWS));
  t.rows.forEach((cells, r) =>
    cells.forEach((text, c) => {
      const cell = ws.getCell(excelRowOf(t, r), c + 1);
      cell.border = THIN;
      if (!text) return;
      if (t.kinds[c] === "amount") {
        cell.value = amountValue(text);
        cell.numFmt = amountFormat(text);
      } else {
        cell.value = text;
        cell.numFmt = "@";
      }
    }),
  );
  t.notes.forEach((note, i) => (ws.getCell(excelRowOf(t, t.rows.length) + i, 1).value = note));
  ws.columns = t.kinds.map((k) => ({ width: k === "code" ? 6 : k === "text" ? 32 : 16 }));
}

/** The workbook of one transcription: one sheet per table, in the printed order. */
export function buildWorkbook(doc: Transcription): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const t of doc.tables) layTable(wb.addWorksheet(t.sheet), t);
  return wb;
}

export async function workbookBuffer(doc: Transcription): Promise<Buffer> {
  return Buffer.from(await buildWorkbook(doc).xlsx.writeBuffer());
}

/** A filled template's placement: for each table, its sheet and the row each transcription row went to. */
export interface Placement {
  source: string;
  template: string;
  /** The blank template's sheets, in order. */
  templateSheets: string[];
  tables: { number: number; sheet: string; rows: Record<string, number> }[];
}

export const loadPlacement = (doc: string): Placement => readJson(doc, "placement.json");

function locate(truth: Truth, where: (p: TruthPlace) => { sheet: string; excelRow: number }): Truth {
  const at = <T extends TruthPlace>(p: T): T => ({ ...p, ...where(p) });
  return { ...truth, defects: truth.defects.map(at), roundingTails: truth.roundingTails.map(at) };
}

/** Every corpus document: the workbook built from each PDF transcription, then each filled template. */
export function corpusWorkbooks(): CorpusWorkbook[] {
  const fromPdf = PDF_DOCUMENTS.map((name) => {
    const doc = loadTranscription(name);
    const table = (n: number) => doc.tables.find((t) => t.number === n)!;
    const truth = locate(loadTruth(name), (p) => ({ sheet: table(p.table).sheet, excelRow: excelRowOf(table(p.table), p.row) }));
    return { name, buffer: workbookBuffer(doc), truth };
  });
  const filled = FILLED_TEMPLATES.map((name) => {
    const placement = loadPlacement(name);
    const table = (n: number) => placement.tables.find((t) => t.number === n)!;
    const truth = locate(loadTruth(name), (p) => ({ sheet: table(p.table).sheet, excelRow: table(p.table).rows[p.row] }));
    return { name, buffer: Promise.resolve(readFileSync(join(CORPUS_DIR, `${name}.xlsx`))), truth };
  });
  return [...fromPdf, ...filled];
}
