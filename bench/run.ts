/**
 * `npm run bench`: prints generation time and peak memory for synthetic models of 10k, 100k and
 * 1M line items beside the baseline measured in the same run. BENCH_SIZES=10000,100000 narrows it.
 */
import { measureInChild, measureInThisProcess, Task } from "./generation";

const SIZES = (process.env.BENCH_SIZES ?? "10000,100000,1000000").split(",").map(Number);

async function report(): Promise<void> {
  console.log("Generation of 表1–表12 (grids) vs baseline (one pass into plain maps)");
  console.log("line items | baseline ms (cpu) | generate ms (cpu) | ratio (cpu) | generate µs per 1k items | baseline peak MB | generate peak MB");
  for (const size of SIZES) {
    const base = await measureInChild(__filename, "baseline", size);
    const gen = await measureInChild(__filename, "generate", size);
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

if (process.argv[2] === "--child") {
  process.send!(measureInThisProcess(process.argv[3] as Task, Number(process.argv[4])));
} else {
  report().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
