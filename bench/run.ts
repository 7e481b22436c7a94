/**
 * `npm run bench`: generation of 表1–表12 from synthetic models of 10k, 100k and 1M line items
 * beside a baseline measured in the same run, then validation of workbooks of 1k, 10k and 100k
 * table rows beside ExcelJS's load time. BENCH_SIZES / BENCH_VALIDATE_SIZES narrow the runs.
 */
import { runInChild } from "./child";
import { Measurement, measureInThisProcess, Task } from "./generation";
import { benchValidate, formatValidateBench } from "./validate";

const sizes = (name: string, fallback: string) => (process.env[name] ?? fallback).split(",").map(Number);

async function reportGeneration(): Promise<void> {
  console.log("Generation of 表1–表12 (grids) vs two baselines: A = one pass into three plain maps (by function, economic, unit),");
  console.log("B = one pass into one plain map keyed by all of an item's codes. Times: best of 3 wall ms (CPU ms incl. GC threads).");
  console.log("line items | A ms (cpu) | B ms (cpu) | generate ms (cpu) | generate ÷ A | generate ÷ B | generate µs per 1k items | A / B / generate peak MB");
  for (const size of sizes("BENCH_SIZES", "10000,100000,1000000")) {
    const measure = (task: Task) => runInChild<Measurement>(__filename, ["--child", task, String(size)]);
    const a = await measure("baseline");
    const b = await measure("fullKey");
    const gen = await measure("generate");
    const time = (m: Measurement) => `${m.ms.toFixed(1)} (${m.cpuMs.toFixed(0)})`;
    console.log(
      [
        size.toLocaleString("en-US"),
        time(a),
        time(b),
        time(gen),
        `${(gen.ms / a.ms).toFixed(2)}×`,
        `${(gen.ms / b.ms).toFixed(2)}×`,
        ((gen.ms * 1000) / (size / 1000)).toFixed(0),
        [a, b, gen].map((m) => m.peakMB.toFixed(0)).join(" / "),
      ].join(" | "),
    );
  }
}

async function report(): Promise<void> {
  await reportGeneration();
  console.log();
  console.log(formatValidateBench(await benchValidate(sizes("BENCH_VALIDATE_SIZES", "1000,10000,100000"))));
}

if (process.argv[2] === "--child") {
  process.send!(measureInThisProcess(process.argv[3] as Task, Number(process.argv[4])));
} else {
  report().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
