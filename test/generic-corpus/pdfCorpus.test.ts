/**
 * Every published PDF of the corpus (test/corpus and test/generic-corpus, see their READMEs) read
 * without --pack by the path `budget-tables validate book.pdf` takes: the tables recognised per
 * document, the real inconsistencies found at their rows, and no error-level finding that is not
 * one of them; where a transcription exists, its figures are those the PDF reader read.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/workbooks";
import { normalizeLabel } from "../../src/reading/normalize";
import type { SheetCells } from "../../src/reading/sheetCells";
import type { Finding } from "../../src/validation/findings";
import { validateSheets, type ValidationResult } from "../../src/validation/validate";
import type { Transcription } from "../corpus/buildWorkbook";
import { PDF_CORPUS, type PdfDocument } from "./pdfCorpus";

const pdfOf = (d: PdfDocument) => join(__dirname, "..", d.corpus === "corpus" ? "corpus" : "generic-corpus", d.name, `${d.name}.pdf`);
const transcriptionOf = (d: PdfDocument): Transcription | undefined => {
  const file = join(__dirname, d.name, "transcription.json");
  return d.corpus === "generic" && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Transcription) : undefined;
};
const at = (f: Finding) => `${f.rule} ${f.table} ${f.row ?? ""}`.trim();
const errors = (r: ValidationResult) => [...new Set(r.findings.filter((f) => f.severity === "error").map(at))].sort();

/** The figures a sheet holds, as printed to the cent. */
const figures = (s: SheetCells) => s.rows.flatMap((row) => (row ?? []).filter((v): v is number => typeof v === "number").map((v) => v.toFixed(2)));
/** The figures of `printed` that `read` does not hold, each read figure matching one printed. */
function unmatched(printed: string[], read: string[]): string[] {
  const left = new Map<string, number>();
  for (const v of read) left.set(v, (left.get(v) ?? 0) + 1);
  return printed.filter((v) => {
    const n = left.get(v) ?? 0;
    left.set(v, n - 1);
    return n <= 0;
  });
}
const amount = (text: string) => (/^-?[\d,]+(?:\.\d+)?$/.test(text) ? Number(text.replace(/,/g, "")).toFixed(2) : undefined);

describe.each(PDF_CORPUS.map((d) => [d.name, d] as const))("%s.pdf without --pack", (_, doc) => {
  let sheets: SheetCells[];
  let result: ValidationResult;
  beforeAll(async () => {
    sheets = await readWorkbookFile(pdfOf(doc));
    result = validateSheets(sheets);
  });

  it("recognises its tables by their titles", () => {
    expect(sheets.map((s) => s.name)).toEqual(doc.tables);
    expect(result.summary.pack.id).toBe(doc.pack);
  });

  it("checks as many identities as when it was last read right", () => {
    expect(result.summary.identitiesChecked).toBeGreaterThanOrEqual(doc.checked);
  });

  it("finds every inconsistency it prints at its row", () => {
    const found = result.findings.map((f) => `${f.severity} ${at(f)}`);
    expect(doc.real.filter((real) => !found.some((f) => f.startsWith(real)))).toEqual([]);
  });

  it("reports no error that is not a real inconsistency", () => {
    const real = doc.real.filter((r) => r.startsWith("error ")).map((r) => r.slice("error ".length));
    expect(errors(result).filter((e) => !real.includes(e))).toEqual([]);
  });

  const transcription = transcriptionOf(doc);
  if (transcription && doc.compared) {
    it.each(transcription.tables.filter((t) => doc.compared?.includes(t.number)).map((t) => [t.number, t] as const))(
      "holds the figures of the transcription's table %i",
      (_n, t) => {
        const sheet = sheets.find((s) => normalizeLabel(s.name).includes(normalizeLabel(t.sheet)));
        expect(sheet).toBeDefined();
        const read = figures(sheet!);
        const printed = t.rows.flatMap((row) => row.flatMap((c, i) => (t.kinds[i] === "amount" ? (amount(c) ?? []) : [])));
        expect(unmatched(printed, read)).toEqual([]);
      },
    );
  }
});
