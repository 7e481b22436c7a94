/**
 * The corpus PDFs read by the PDF reader: every printed figure, code and name lands in its table,
 * row and column as the transcription (test/corpus/<doc>/transcription.json, made from the PDF by
 * pdftotext and checked by hand) has it, and validating each PDF without --pack reports exactly
 * the truth's defects: each real one at its row, no false error.
 */
import { join } from "node:path";
import { readPdfFile } from "../../src/hosts/pdf/readPdf";
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { validateSheets, type ValidationResult } from "../../src/validation/validate";
import { CORPUS_DIR, PDF_DOCUMENTS, loadTranscription, loadTruth, type TableTranscript } from "./buildWorkbook";
import { printedText, RULES_OF_KIND } from "./printed";

const blankRow = (cells: readonly string[]) => cells.every((c) => !c);
/** A sheet row as printed text; a name's indentation (full-width spaces for its printed offset) is layout, which the transcription does not keep. */
const rowText = (row: readonly CellValue[] | undefined, formats: readonly (string | null | undefined)[] | undefined, width: number) =>
  Array.from({ length: width }, (_, c) => printedText(row?.[c] ?? null, formats?.[c] ?? undefined).replace(/^\u3000+/, ""));

/** For each transcription row that prints anything, the sheet row holding it: the rows from the first one on, in order. */
function placeRows(sheet: SheetCells, t: TableTranscript): Map<number, number> {
  const width = t.columns.length;
  const printed = t.rows.map((cells, i) => ({ cells, i })).filter((r) => !blankRow(r.cells));
  const texts = sheet.rows.map((row, r) => rowText(row, sheet.numberFormats?.[r], width));
  const start = texts.findIndex((cells) => printed.length > 0 && cells.join("|") === printed[0].cells.join("|"));
  return new Map(printed.map((r, k) => [r.i, start + k]));
}

describe.each(PDF_DOCUMENTS)("%s.pdf", (name) => {
  const doc = loadTranscription(name);
  const truth = loadTruth(name);
  let sheets: SheetCells[];
  let result: ValidationResult;
  const sheetOf = (t: TableTranscript) => sheets.find((s) => s.name === t.sheet)!;
  beforeAll(async () => {
    sheets = await readPdfFile(join(CORPUS_DIR, name, `${name}.pdf`));
    result = validateSheets(sheets);
  });

  it("holds the transcription's tables, one sheet each, named by the title without its year", () => {
    expect(sheets.map((s) => s.name)).toEqual(doc.tables.map((t) => t.sheet));
  });

  it.each(doc.tables.map((t) => [t.number, t] as const))("表%i: every printed cell in its row and column, on its page, then the notes", (_, t) => {
    const sheet = sheetOf(t);
    expect(sheet.origin!.columns).toHaveLength(t.columns.length);
    const placed = placeRows(sheet, t);
    const body = [...placed.values()];
    const actual = body.map((r) => rowText(sheet.rows[r], sheet.numberFormats?.[r], t.columns.length));
    expect(actual).toEqual([...placed.keys()].map((i) => t.rows[i]));
    body.forEach((r) => expect(t.pages).toContain(sheet.origin!.pages[r]));
    const after = sheet.rows.slice((body[body.length - 1] ?? headerEnd(sheet)) + 1).map((row) => (row ?? []).filter((v) => v !== null).join(""));
    expect(after).toEqual(t.notes);
  });

  it("is recognised as its layout with every table found", () => {
    expect(result.summary.pack.detected).toBe(true);
    expect(result.summary.tablesFound).toBe(result.summary.tablesExpected);
  });

  it("reports every real defect at its row, and no error that is not a real defect", () => {
    const table = (n: number) => doc.tables.find((t) => t.number === n)!;
    const rowOf = (n: number, row: number) => placeRows(sheetOf(table(n)), table(n)).get(row)! + 1;
    const at = (f: { sheet: string; cell: string }, n: number, row: number) => f.sheet === table(n).sheet && Number(/\d+$/.exec(f.cell)?.[0]) === rowOf(n, row);
    const missed = truth.defects.filter((d) => !result.findings.some((f) => (d.kind === "arithmetic" ? [d.rule!] : RULES_OF_KIND[d.kind]).includes(f.rule) && at(f, d.table, d.row)));
    expect(missed).toEqual([]);
    const errors = truth.defects.filter((d) => d.severity === "error");
    const falseErrors = result.findings.filter((f) => f.severity === "error" && !errors.some((d) => at(f, d.table, d.row)));
    expect(falseErrors.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message.zh}`)).toEqual([]);
  });

  it("reports the truth's rounding tails as info", () => {
    for (const tail of truth.roundingTails) expect(result.findings.filter((f) => f.rule === tail.rule).map((f) => f.severity)).toEqual(["info"]);
  });
});

/** An empty table's last header row: the row before its first body row is unknown, so the last row that is not a note. */
function headerEnd(sheet: SheetCells): number {
  let r = sheet.rows.length - 1;
  while (r > 0 && /^注/.test(String(sheet.rows[r]?.[0] ?? ""))) r--;
  return r;
}
