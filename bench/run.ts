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
  console.log("Generation of 表1–表12 (grids) vs baseline (one pass into plain maps)");
  console.log("line items | baseline ms (cpu) | generate ms (cpu) | ratio (cpu) | generate µs per 1k items | baseline peak MB | generate peak MB");
  for (const size of sizes("BENCH_SIZES", "10000,100000,1000000")) {
    const base = await runInChild<Measurement>(__filename, ["--child", "baseline", String(size)]);
    const gen = await runInChild<Measurement>(__filename, ["--child", "generate", String(size)]);
    console.log(
      [
        size.toLocaleString("en-US"),
        `${base.ms.toFixed(1)} (${base.cpuMs.toFixed(0)})`,
        `${gen.ms.toFixed(1)} (${gen.cpuMs.toFixed(0)})`,
        `${(gen.ms / base.ms).toFixed(2)}× (${(gen.cpuMs / base.cpuMs).toFixed(2)}×)`,
        ((gen.ms * 1000) / (size / 1000)).toFixed(0),
        base.peakMB.toFixed(1),
        gen.peakMB.toFixed(1),
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
