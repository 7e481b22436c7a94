/**
 * `npm run bench`: generation of 表1–表12 from synthetic models of 10k, 100k and 1M line items
 * beside a baseline measured in the same run, then validation of workbooks of 1k, 10k and 100k
 * table rows beside ExcelJS's load time, with peak memory, then the hostile files' refusals, then
 * a folder of 1,000 workbooks checked with --jobs 1, 2 and the cores, then reading and validating a
 * PDF beside pdf.js's text extraction, then the 16 corpus PDFs in one folder run and each alone.
 * BENCH_SIZES / BENCH_VALIDATE_SIZES / BENCH_FOLDER_FILES narrow the runs; BENCH_ONLY=pdf runs
 * the PDF benchmark alone, BENCH_ONLY=pdfcorpus the corpus PDFs alone.
 */
import { runInChild } from "./child";
import { benchFolders, formatFolderBench } from "./folders";
import type { PeakMB, Timings } from "./generation";
import { benchPdf, formatPdfBench } from "./pdf";
import { benchPdfCorpus, formatPdfCorpusBench } from "./pdfCorpus";
import { benchHostile, benchValidate, formatHostileBench, formatValidateBench } from "./validate";

/** Generation is measured in children of its own script, so that they load nothing else (not ExcelJS, which validation loads). */
const GENERATION = require.resolve("./generation");

const sizes = (name: string, fallback: string) => (process.env[name] ?? fallback).split(",").map(Number);

async function reportGeneration(): Promise<void> {
  console.log("Generation of 表1–表12 (grids) vs two baselines: A = one pass into three plain maps (by function, economic, unit),");
  console.log("B = one pass into one plain map keyed by all of an item's codes. In one process: rounds of A and generate in turn, then rounds of B");
  console.log("alone; each: warm-up rounds (≥ 3, ≥ 1 s), then timed rounds (≥ 5, ≥ 2 s). Median times; generate ÷ A is the median over the rounds");
  console.log("of generate's time ÷ A's in the same round, generate ÷ B the ratio of the medians.");
  console.log("line items | rounds | A ms | B ms | generate ms | generate ÷ A | generate ÷ B | generate µs per 1k items | peak MB A / B / generate");
  for (const size of sizes("BENCH_SIZES", "10000,100000,1000000")) {
    const t = await runInChild<Timings>(GENERATION, ["--time", String(size)]);
    const peaks: PeakMB[] = [];
    for (const task of ["baseline", "fullKey", "generate"]) peaks.push(await runInChild<PeakMB>(GENERATION, ["--peak", task, String(size)]));
    console.log(
      [
        size.toLocaleString("en-US"),
        t.rounds,
        t.median.baseline.toFixed(1),
        t.median.fullKey.toFixed(1),
        t.median.generate.toFixed(1),
        `${t.ratio.baseline.toFixed(2)}×`,
        `${t.ratio.fullKey.toFixed(2)}×`,
        ((t.median.generate * 1000) / (size / 1000)).toFixed(0),
        peaks.map((m) => m.toFixed(0)).join(" / "),
      ].join(" | "),
    );
  }
}

async function report(): Promise<void> {
  if (process.env.BENCH_ONLY === "pdf") return console.log(formatPdfBench(await benchPdf()));
  if (process.env.BENCH_ONLY === "pdfcorpus") return console.log(formatPdfCorpusBench(await benchPdfCorpus()));
  await reportGeneration();
  console.log();
  console.log(formatValidateBench(await benchValidate(sizes("BENCH_VALIDATE_SIZES", "1000,10000,100000"))));
  console.log();
  console.log(formatHostileBench(await benchHostile()));
  console.log();
  console.log(formatFolderBench(await benchFolders(Number(process.env.BENCH_FOLDER_FILES ?? 1000))));
  console.log(formatPdfBench(await benchPdf()));
  console.log();
  console.log(formatPdfCorpusBench(await benchPdfCorpus()));
}

report().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
