/** Benchmarks measure in fresh child processes, so that each peak-memory figure is its own. */
import { fork } from "node:child_process";

/** Forks `script` with `args` and resolves with the first message it sends back. */
export function runInChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { execArgv: ["--expose-gc", "--max-old-space-size=8192"] });
    child.once("message", (m) => resolve(m as T));
    child.once("error", reject);
    child.once("exit", (code) => code !== 0 && reject(new Error(`benchmark child ${args.join(" ")} exited with ${code}`)));
  });
}
