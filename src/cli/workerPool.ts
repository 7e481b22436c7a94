/** Files checked on worker threads, `jobs` at a time, each file's row handed on as it arrives. */
import fs from "node:fs";
import path from "node:path";
import { ResourceLimits, Worker } from "node:worker_threads";
import { FileRow, unreadableRow } from "../report/folderSummary";
import type { ValidateOptions } from "../validation/validate";
import { CliError } from "./errors";
import { packageRoot } from "./files";

/**
 * A worker's heap ceiling, so that a file needing more costs its own row rather than the whole
 * run's memory; the largest workbook within the reader's limits (docs/limits.md) needs a fraction of it.
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 2048 };

/**
 * Resolves when every file has its row and every worker has ended. A worker that dies (out of
 * memory, a crash) costs only the file it held: that file's row says so and a fresh worker goes on.
 */
export function checkOnWorkers(
  files: readonly string[],
  jobs: number,
  options: ValidateOptions,
  onRow: (index: number, row: FileRow) => void,
  limits = WORKER_LIMITS,
): Promise<void> {
  const script = workerScript();
  let next = 0;
  let live = 0;
  return new Promise((resolve) => {
    const start = () => {
      live++;
      const worker = new Worker(script, { workerData: options, resourceLimits: limits });
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          return void worker.terminate();
        }
        current = next++;
        worker.postMessage(files[current]);
      };
      worker.on("message", (row: FileRow) => {
        onRow(current, row);
        feed();
      });
      let failure: Error | undefined;
      worker.on("error", (e) => (failure = e));
      // A worker ends holding a file only when it died: an uncaught error (out of memory) or an exit of its own.
      worker.on("exit", (code) => {
        if (current >= 0) {
          onRow(current, unreadableRow(files[current], `内部错误 internal error: ${failure?.message ?? `the worker stopped (exit code ${code})`}`));
          if (next < files.length) start();
        }
        if (--live === 0) resolve();
      });
      feed();
    };
    for (let i = 0; i < Math.min(jobs, files.length); i++) start();
  });
}

/** The compiled worker: beside this module when it runs from dist-cli, in dist-cli when the CLI runs from its sources (Jest). */
function workerScript(): string {
  const script = __filename.endsWith(".js") ? path.join(__dirname, "folderWorker.js") : path.join(packageRoot(), "dist-cli", "src", "cli", "folderWorker.js");
  if (!fs.existsSync(script)) throw new CliError(`${script} is missing: build the command first (npm run build:cli)`);
  return script;
}
