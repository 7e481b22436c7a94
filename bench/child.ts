/** Benchmarks measure in fresh child processes, so that each peak-memory figure is its own. */
import { fork } from "node:child_process";

/** Room for the largest workbooks' object models. */
const LARGE_HEAP = ["--expose-gc", "--max-old-space-size=8192"];

/** Forks `script` with `args` (node started with `execArgv`) and resolves with the first message it sends back. */
export function runInChild<T>(script: string, args: string[], execArgv = LARGE_HEAP): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv });
    child.once("message", (m) => resolve(m as T));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`benchmark child ${args.join(" ")} exited with ${code}`)));
  });
}
