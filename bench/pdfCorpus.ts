/**
 * The corpus of published PDFs (the 16 of test/corpus and test/generic-corpus) validated in one
 * folder run, `validate DIR --jobs N -o summary.json` as a reviewer runs it (worker start-up and
 * the summary included), in a fresh process; then each document alone on the main thread (read
 * and validated, no workers), for its own time. The budget: the folder run within
 * FOLDER_BUDGET_S, each document within DOCUMENT_BUDGET_S, on the 2-core machine of
 * docs/performance.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../src/cli/main";
import { readPdfFile } from "../src/hosts/pdf/readPdf";
import { validateSheets } from "../src/validation/validate";
import { runInChild } from "./child";

export const FOLDER_BUDGET_S = 60;
export const DOCUMENT_BUDGET_S = 8;
const CORPORA = [path.join(__dirname, "..", "..", "test", "corpus"), path.join(__dirname, "..", "..", "test", "generic-corpus")];

export interface DocumentTime {
  name: string;
  seconds: number;
  tables: number;
  errors: number;
}

export interface PdfCorpusBench {
  jobs: number;
  folderSeconds: number;
  documents: DocumentTime[];
}

/** Every corpus PDF: <corpus>/<doc>/<doc>.pdf. */
function corpusPdfs(): string[] {
  return CORPORA.flatMap((dir) => fs.readdirSync(dir).map((doc) => path.join(dir, doc, `${doc}.pdf`))).filter((f) => fs.existsSync(f));
}

export async function benchPdfCorpus(): Promise<PdfCorpusBench> {
  const jobs = os.availableParallelism();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-bench-pdfs-"));
  try {
    for (const file of corpusPdfs()) fs.copyFileSync(file, path.join(dir, path.basename(file)));
    const folderSeconds = await runInChild<number>(__filename, ["--folder", String(jobs), dir], []);
    const documents: DocumentTime[] = [];
    for (const file of fs.readdirSync(dir).sort()) documents.push(await runInChild<DocumentTime>(__filename, ["--document", path.join(dir, file)], []));
    return { jobs, folderSeconds, documents };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatPdfCorpusBench(b: PdfCorpusBench): string {
  const within = (s: number, budget: number) => (s <= budget ? "within" : "OVER");
  const lines = [
    `The ${b.documents.length} corpus PDFs in one folder run, \`validate DIR --jobs ${b.jobs} -o summary.json\`: ${b.folderSeconds.toFixed(1)} s (budget ${FOLDER_BUDGET_S} s: ${within(b.folderSeconds, FOLDER_BUDGET_S)})`,
    `Each alone, read and validated on the main thread of a fresh process (pdf.js loaded included; budget ${DOCUMENT_BUDGET_S} s each):`,
    "document | seconds | tables | errors | budget",
  ];
  for (const d of b.documents) lines.push([d.name, d.seconds.toFixed(2), d.tables, d.errors, within(d.seconds, DOCUMENT_BUDGET_S)].join(" | "));
  return lines.join("\n");
}

/** In a child: the folder command, its exit 0 or 1 (findings), the seconds it took. */
async function timeFolder(jobs: number, dir: string): Promise<number> {
  const summary = `${dir}.summary.json`;
  const t0 = performance.now();
  try {
    const code = await main(["validate", dir, "--jobs", String(jobs), "-o", summary]);
    if (code > 1) throw new Error(`validate exited with ${code}`);
    return (performance.now() - t0) / 1000;
  } finally {
    fs.rmSync(summary, { force: true });
  }
}

/** In a child: one PDF read and validated. */
async function timeDocument(file: string): Promise<DocumentTime> {
  const t0 = performance.now();
  const sheets = await readPdfFile(file);
  const result = validateSheets(sheets);
  const seconds = (performance.now() - t0) / 1000;
  return { name: path.basename(file, ".pdf"), seconds, tables: sheets.length, errors: result.findings.filter((f) => f.severity === "error").length };
}

if (require.main === module) {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === "--folder") timeFolder(Number(a), b).then((s) => process.send!(s));
  else if (mode === "--document") timeDocument(a).then((d) => process.send!(d));
  else benchPdfCorpus().then((b) => console.log(formatPdfCorpusBench(b)));
}
