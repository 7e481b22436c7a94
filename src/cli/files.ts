/** File locations the CLI relies on, independent of where it was compiled to. */
import fs from "node:fs";
import path from "node:path";
import { exampleFor } from "../packs/builtIn";
import type { TemplatePack } from "../tables/types";

/** The folder holding this package's package.json. */
export function packageRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("budget-tables: cannot find the package folder");
    dir = up;
  }
  return dir;
}

export const exampleModelPath = (pack: TemplatePack): string => path.join(packageRoot(), "examples", `${exampleFor(pack)}.json`);
