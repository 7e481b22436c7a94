/** What every CLI command shares: option parsing, files in and out, and user-facing errors. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { CliError, EXIT_BAD_INPUT } from "./errors";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }>;

export function parseOptions<T extends OptionSpec>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${usage}`);
  }
}

export function readText(file: string): string {
  return readBytes(file).toString("utf8");
}

export function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** A file a command will write, checked before any work is done (see outputFile). */
export interface Output {
  readonly file: string;
  write(data: string | Uint8Array): void;
}

/**
 * Claims `file` as a command's output: refused when it is one of the command's inputs (even
 * with --force: the same file under another name, a link or a hard link included), or when it
 * exists and `force` is not given. The write is atomic (see writeAtomically).
 */
export function outputFile(file: string, force: boolean, inputs: ReadonlyArray<string | undefined>): Output {
  if (file === "" || /[\\/]$/.test(file)) throw new CliError(`-o needs a file name, not "${file}"`);
  const target = fs.statSync(file, { throwIfNoEntry: false });
  if (target) {
    const input = inputs.find((i) => i !== undefined && sameFile(target, i));
    if (input !== undefined) throw new CliError(`${file} is this command's input ${input}; write the output to another file`);
    if (target.isDirectory()) throw new CliError(`${file} is a folder; give a file name for the output`);
    // A device or pipe (/dev/stdout) cannot be replaced by renaming; printing needs no -o.
    if (!target.isFile()) throw new CliError(`${file} is not a regular file; give a file name for the output`);
    if (!force) throw new CliError(`${file} already exists; choose another name or add --force to replace it`);
  }
  return { file, write: (data) => writeAtomically(file, data, force) };
}

function sameFile(target: fs.Stats, other: string): boolean {
  const stat = fs.statSync(other, { throwIfNoEntry: false });
  return !!stat && stat.dev === target.dev && stat.ino === target.ino;
}

/**
 * Writes to a temporary file beside the target, flushed to disk, then moves it into place, so the
 * target is either the old file or the whole new one: a full disk or a crash never leaves half a
 * file. Without `force` the move is a hard link, which fails rather than replace a file that
 * appeared meanwhile.
 */
function writeAtomically(file: string, data: string | Uint8Array, force: boolean): void {
  const target = fs.existsSync(file) ? fs.realpathSync(file) : path.resolve(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFlushed(temp, typeof data === "string" ? Buffer.from(data, "utf8") : data, modeOf(target));
    if (force) fs.renameSync(temp, target);
    else moveWithoutReplacing(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new CliError(`${file} was created meanwhile; it is left as it is (add --force to replace it)`);
    throw new CliError(`cannot write ${file}: ${code ?? (e as Error).message}${fs.existsSync(target) ? "; the existing file is unchanged" : ""}`);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function moveWithoutReplacing(temp: string, target: string): void {
  try {
    fs.linkSync(temp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw e;
    // A file system without hard links (FAT, some network shares): check, then rename.
    if (fs.existsSync(target)) throw Object.assign(new Error(target), { code: "EEXIST" });
    fs.renameSync(temp, target);
  }
}

function writeFlushed(file: string, data: Uint8Array, mode: number | undefined): void {
  const fd = fs.openSync(file, "wx", mode);
  try {
    for (let at = 0; at < data.length; ) at += fs.writeSync(fd, data, at, data.length - at);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** A replaced file keeps its permissions. */
function modeOf(file: string): number | undefined {
  const mode = fs.statSync(file, { throwIfNoEntry: false })?.mode;
  return mode === undefined ? undefined : mode & 0o777;
}

/**
 * Runs a command: a CliError becomes its message on stderr and its exit code; anything else is a
 * bug, said in one line (never a stack trace) with exit 2.
 */
export async function withExitCode(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    process.stderr.write(`budget-tables: ${errorLine(e)}\n`);
    return e instanceof CliError ? e.exitCode : EXIT_BAD_INPUT;
  }
}

export function errorLine(e: unknown): string {
  if (e instanceof CliError) return e.message;
  return `内部错误 internal error: ${e instanceof Error ? e.message : String(e)}`;
}
