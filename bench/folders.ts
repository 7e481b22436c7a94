/**
 * Checking a folder: files per second against --jobs on 1,000 generated workbooks.
 *
 * The folder holds BENCH_FOLDER_FILES workbooks (default 1,000) written by the project's
 * generator from synthetic models (bench/syntheticModel.ts) of 300 line items: 50 distinct
 * models (seeds 1–50), each written to every 50th file, since writing 1,000 distinct workbooks
 * through ExcelJS would take minutes and the validator shares nothing between files.
 *
 * Each measurement is a fresh process running `validate DIR --jobs N -o summary.json` as the
 * command does (worker start-up included), timed from the call to the summary written, with the
 * process's peak resident set (worker threads included). The baseline is the same files read and
 * validated one after the other on the main thread, with no workers and no summary.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../src/cli/main";
import { generateGrids } from "../src/generation/generate";
import { readXlsxFile } from "../src/hosts/xlsx/streamWorkbook";
import { gridsToXlsxBuffer } from "../src/hosts/xlsx/writeWorkbook";
import { GUANGZHOU_PACK } from "../src/packs/guangzhou";
import { validateSheets } from "../src/validation/validate";
import { runInChild } from "./child";
import { syntheticModel } from "./syntheticModel";

const DISTINCT = 50;
const LINE_ITEMS = 300;

export interface FolderBenchRow {
  /** Worker threads, or 0 for the baseline on the main thread. */
  jobs: number;
  seconds: number;
  /** CPU time of the whole process (every thread), user + system. */
  cpuSeconds: number;
  peakMB: number;
}

export interface FolderBench {
  files: number;
  megabytes: number;
  cores: number;
  rows: FolderBenchRow[];
}

/** --jobs 1, 2 and the machine's cores (each once), beside the baseline. */
export async function benchFolders(files: number): Promise<FolderBench> {
  const cores = os.availableParallelism();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-bench-folder-"));
  try {
    const megabytes = await writeFolder(dir, files);
    // Node's own heap sizes, as the command runs: worker threads do not take the parent's --max-old-space-size.
    const rows = [await runInChild<FolderBenchRow>(__filename, ["--baseline", dir], [])];
    for (const jobs of [...new Set([1, 2, cores])]) rows.push(await runInChild<FolderBenchRow>(__filename, ["--jobs", String(jobs), dir], []));
    return { files, megabytes, cores, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatFolderBench(b: FolderBench): string {
  const lines = [
    `Checking a folder of ${b.files.toLocaleString("en-US")} generated workbooks (${b.megabytes.toFixed(1)} MB) on a machine of ${b.cores} cores: a fresh process each,`,
    "`validate DIR --jobs N -o summary.json` (workers' start-up and the summary included) vs the baseline, the files read and validated on one thread",
    "jobs | seconds | files per second | vs --jobs 1 | CPU seconds (all threads) | peak MB",
  ];
  const one = b.rows.find((r) => r.jobs === 1)!;
  for (const r of b.rows) {
    const rate = b.files / r.seconds;
    lines.push([r.jobs === 0 ? "baseline (main thread)" : r.jobs, r.seconds.toFixed(1), rate.toFixed(1), `${(one.seconds / r.seconds).toFixed(2)}×`, r.cpuSeconds.toFixed(1), r.peakMB.toFixed(0)].join(" | "));
  }
  return lines.join("\n");
}

/** The folder of `files` workbooks; its size in MB. */
async function writeFolder(dir: string, files: number): Promise<number> {
  const books: Uint8Array[] = [];
  for (let seed = 1; seed <= DISTINCT; seed++) books.push(await gridsToXlsxBuffer(generateGrids(syntheticModel(LINE_ITEMS, seed), GUANGZHOU_PACK)));
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const book = books[i % DISTINCT];
    fs.writeFileSync(path.join(dir, `book-${String(i).padStart(4, "0")}.xlsx`), book);
    bytes += book.length;
  }
  return bytes / 1024 / 1024;
}

/** What a child reports besides its time: CPU time and peak resident set of the whole process. */
function usage(): Pick<FolderBenchRow, "cpuSeconds" | "peakMB"> {
  const u = process.resourceUsage();
  return { cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, peakMB: u.maxRSS / 1024 };
}

/** In a child: the command, its summary written beside the folder. */
async function timeCommand(jobs: number, dir: string): Promise<FolderBenchRow> {
  const summary = `${dir}.summary.json`;
  const t0 = performance.now();
  try {
    const code = await main(["validate", dir, "--jobs", String(jobs), "-o", summary]);
    if (code !== 0) throw new Error(`validate exited with ${code}`);
    return { jobs, seconds: (performance.now() - t0) / 1000, ...usage() };
  } finally {
    fs.rmSync(summary, { force: true });
  }
}

/** In a child: every file read and validated in turn on this thread. */
async function timeBaseline(dir: string): Promise<FolderBenchRow> {
  const t0 = performance.now();
  for (const name of fs.readdirSync(dir).sort()) validateSheets(await readXlsxFile(path.join(dir, name)));
  return { jobs: 0, seconds: (performance.now() - t0) / 1000, ...usage() };
}

if (require.main === module) {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === "--jobs") timeCommand(Number(a), b).then((r) => process.send!(r));
  else if (mode === "--baseline") timeBaseline(a).then((r) => process.send!(r));
  else benchFolders(Number(process.env.BENCH_FOLDER_FILES ?? 1000)).then((b) => console.log(formatFolderBench(b)));
}
