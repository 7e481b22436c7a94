/** What every CLI command shares: option parsing, files in and out, and user-facing errors. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "./errors";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }>;

export function parseOptions<T extends OptionSpec>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${usage}`);
  }
}

export function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, data);
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

/** Refuses to replace an existing file unless asked to. */
export function checkOutputFree(file: string, force: boolean): void {
  if (!force && fs.existsSync(file)) throw new CliError(`${file} already exists; choose another name or add --force to replace it`);
}

/** Runs a command, turning a CliError into its message on stderr and its exit code. */
export async function withExitCode(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    process.stderr.write(`budget-tables: ${e.message}\n`);
    return e.exitCode;
  }
}
