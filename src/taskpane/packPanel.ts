/**
 * The template pack the pane works with: a built-in one, or a pack file the user imports
 * (checked first; a broken one is refused with every problem and its place). Generation,
 * validation and the blank template all take the current pack.
 */
import { BUILT_IN_PACKS, packToJson } from "../packs/builtIn";
import { parsePack } from "../packs/check";
import { formatProblem } from "../model/types";
import type { TemplatePack } from "../tables/types";
import type { OutFile } from "./download";
import { UserError } from "./modelSource";

/** The choice that stands for the pack the user imported. */
export const IMPORTED = "imported";
/** How many problems of a refused pack the pane lists; the CLI's `pack check` lists them all. */
const SHOWN_PROBLEMS = 20;

export class PackChoice {
  private selected = "guangzhou";
  private imported?: TemplatePack;

  get current(): TemplatePack {
    return this.selected === IMPORTED && this.imported ? this.imported : BUILT_IN_PACKS[this.selected];
  }

  /**
   * The pack to validate by: an imported pack is the user's own layout and is used as it is;
   * with a built-in one chosen, the workbook's layout is detected among the built-in packs.
   */
  get forValidation(): TemplatePack | undefined {
    return this.selected === IMPORTED ? this.imported : undefined;
  }

  /** Chooses a built-in pack by name, or the last imported one. */
  choose(name: string): void {
    if (Object.prototype.hasOwnProperty.call(BUILT_IN_PACKS, name) || name === IMPORTED) this.selected = name;
  }

  async importFile(file: File | undefined, noFile: string, refused: (n: number) => string, lang: "zh" | "en"): Promise<TemplatePack> {
    if (!file) throw new UserError(noFile);
    const result = parsePack(await file.text());
    if (!result.ok) {
      const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => `${file.name} ${formatProblem(p, lang)}`);
      throw new UserError(`${refused(result.problems.length)}\n${shown.join("\n")}`);
    }
    this.imported = result.pack;
    this.selected = IMPORTED;
    return result.pack;
  }

  exportFile(): OutFile {
    const pack = this.current;
    return { name: `${pack.id}-${pack.version}.json`, type: "application/json", data: packToJson(pack) };
  }
}
