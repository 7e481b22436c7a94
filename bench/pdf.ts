/**
 * PDF benchmark: reading and validating a published disclosure (wanli-2023.pdf, 35 pages, the
 * corpus's longest) against pdf.js's own text extraction of that file (getDocument, then
 * getTextContent of every page), in one process: warm-up rounds, then timed rounds of each in
 * turn; medians, and the median over rounds of (read + validate) ÷ extraction in the same round.
 * The CLI's reading includes what the baseline does not: the worker thread it extracts on (and
 * pdf.js loaded in it), the layout of every table and validation.
 */
import fs from "node:fs";
import path from "node:path";
import { readPdfData } from "../src/hosts/pdf/readPdf";
import { validateSheets } from "../src/validation/validate";

export const BENCH_PDF = path.join(__dirname, "..", "..", "test", "corpus", "wanli-2023", "wanli-2023.pdf");
const WARMUP = 3;
const ROUNDS = 9;

export interface PdfBench {
  file: string;
  pages: number;
  rounds: number;
  extractMs: number;
  readValidateMs: number;
  ratio: number;
}

interface Pdfjs {
  getDocument(options: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<unknown> }>; destroy(): Promise<void> }> };
}

/** pdf.js's own extraction of every page's text, as the baseline. */
async function extractAll(pdfjs: Pdfjs, data: Uint8Array): Promise<number> {
  const root = path.dirname(require.resolve("pdfjs-dist/package.json"));
  const doc = await pdfjs.getDocument({ data, cMapUrl: `${path.join(root, "cmaps")}/`, cMapPacked: true, standardFontDataUrl: `${path.join(root, "standard_fonts")}/`, verbosity: 0 }).promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchPdf(): Promise<PdfBench> {
  const bytes = fs.readFileSync(BENCH_PDF);
  const copy = () => new Uint8Array(bytes);
  const pdfjs = (await import("pdfjs-dist/legacy/build/pdf.mjs")) as unknown as Pdfjs;
  const pages = await extractAll(pdfjs, copy());
  const rounds: Array<{ extract: number; read: number }> = [];
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    const extract = await timed(() => extractAll(pdfjs, copy()));
    const read = await timed(async () => validateSheets(await readPdfData(copy(), path.basename(BENCH_PDF))));
    if (i >= WARMUP) rounds.push({ extract, read });
  }
  return {
    file: path.basename(BENCH_PDF),
    pages,
    rounds: ROUNDS,
    extractMs: median(rounds.map((r) => r.extract)),
    readValidateMs: median(rounds.map((r) => r.read)),
    ratio: median(rounds.map((r) => r.read / r.extract)),
  };
}

export function formatPdfBench(b: PdfBench): string {
  return [
    "PDF: reading (worker thread, pdf.js, table layout) + validating vs pdf.js's text extraction (getTextContent of every page), one process, medians.",
    "file | pages | rounds | pdf.js extraction ms | read + validate ms | (read + validate) ÷ extraction",
    [b.file, b.pages, b.rounds, b.extractMs.toFixed(0), b.readValidateMs.toFixed(0), `${b.ratio.toFixed(2)}×`].join(" | "),
  ].join("\n");
}
