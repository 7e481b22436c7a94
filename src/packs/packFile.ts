/** Template packs for Node callers (the CLI): a built-in pack by name, or a pack file, checked. */
import fs from "node:fs";
import { formatProblemBoth, InputProblem } from "../model/types";
import type { TemplatePack } from "../tables/types";
import { BUILT_IN_PACKS } from "./builtIn";
import { parsePack } from "./check";

/** A pack that cannot be used, with every problem found in it. */
export class PackError extends Error {
  constructor(
    readonly source: string,
    readonly problems: InputProblem[],
  ) {
    super(`${source}: the template pack has ${problems.length} problem(s):\n${problems.map((p) => formatProblemBoth(p, "  ")).join("\n")}`);
  }
}

/** Reads and checks a pack file; throws a PackError listing every problem of a broken one. */
export function loadPackFile(file: string): TemplatePack {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new PackError(file, [{ path: file, message: `cannot read it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, zh: `无法读取：${(e as NodeJS.ErrnoException).code ?? ""}` }]);
  }
  const result = parsePack(text);
  if (!result.ok) throw new PackError(file, result.problems);
  return result.pack;
}

/** `--pack guangzhou|shanghai|pack.json`: a built-in pack by name, else a pack file. */
export function resolvePack(nameOrFile: string): TemplatePack {
  // Own names only: --pack toString names a file, not Object's property.
  return Object.prototype.hasOwnProperty.call(BUILT_IN_PACKS, nameOrFile) ? BUILT_IN_PACKS[nameOrFile] : loadPackFile(nameOrFile);
}
