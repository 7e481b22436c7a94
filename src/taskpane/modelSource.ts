/** The three places a model can come from: the bundled example, a JSON file, the 明细 sheet. */
import { exampleFor, ExampleName } from "../packs/builtIn";
import type { TemplatePack } from "../tables/types";
import { readSheets } from "../hosts/office/readSheets";
import type { OfficeFeatures } from "../hosts/office/features";
import { loadModel, loadModelText, LoadResult } from "../model/load";
import { MINGXI_SHEET, MingxiRead, readMingxi, sheetValueRows } from "../model/mingxi";

export type ModelSource = "example" | "file" | "mingxi";

/** A problem the user can act on, shown in the pane as it is. */
export class UserError extends Error {}

/** The bundled examples, each loaded when first needed: together they would be a tenth of the start-up script. */
const EXAMPLES: Record<ExampleName, () => Promise<{ default: unknown }>> = {
  "guangzhou-2024": () => import("../../examples/guangzhou-2024.json"),
  "shanghai-2025": () => import("../../examples/shanghai-2025.json"),
};

export async function exampleModel(pack: TemplatePack): Promise<LoadResult> {
  return loadModel((await EXAMPLES[exampleFor(pack)]()).default);
}

export async function fileModel(file: File | undefined, noFile: string): Promise<LoadResult> {
  if (!file) throw new UserError(noFile);
  return loadModelText(await file.text(), file.name);
}

/** The 明细 sheet read leniently: rows that cannot be used come back as badRows, to be flagged. */
export async function mingxiModel(context: Excel.RequestContext, features: OfficeFeatures, noSheet: string): Promise<MingxiRead> {
  const [sheet] = await readSheets(context, { features, include: (name) => name === MINGXI_SHEET });
  if (!sheet) throw new UserError(noSheet);
  return readMingxi(sheetValueRows(sheet));
}
