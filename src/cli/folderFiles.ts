/** The files `validate DIR|FILES…` checks: files as named, folders searched (sub-folders too) for .xlsx and .pdf. */
import fs from "node:fs";
import path from "node:path";
import { CliError } from "./errors";

const CHECKED = /\.(xlsx|pdf)$/i;
/** Office's lock file beside an open workbook (~$book.xlsx) holds no workbook. */
const LOCK_FILE = /^~\$/;

/** In a stable order (each folder's entries sorted), without `exclude` (the summary being written into a folder it checks). */
export function filesToCheck(paths: readonly string[], exclude: string | undefined): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new CliError(`${p}: 没有这个文件或文件夹 no such file or folder`);
    if (stat.isDirectory()) collect(p, files);
    else files.push(p);
  }
  const excluded = exclude === undefined ? undefined : path.resolve(exclude);
  const seen = new Set<string>();
  return files.filter((f) => {
    const full = path.resolve(f);
    if (full === excluded || seen.has(full)) return false;
    seen.add(full);
    return true;
  });
}

/** Links to folders are not followed (a link to a parent would never end); links to files are. */
function collect(dir: string, files: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read the folder ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(full, files);
    else if (CHECKED.test(entry.name) && !LOCK_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) files.push(full);
  }
}
