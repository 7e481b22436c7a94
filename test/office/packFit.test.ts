/** Validating under a pack that does not fit says which built-in pack does (issue 11, item 12). */
import example from "../../examples/guangzhou-2024.json";
import { generateGrids } from "../../src/generation/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { readSheets } from "../../src/hosts/office/readSheets";
import { writeGrids } from "../../src/hosts/office/writeGrids";
import { loadModel } from "../../src/model/load";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { GUANGZHOU_PACK } from "../../src/tables/guangzhou";
import { betterPackFor } from "../../src/taskpane/workbook";
import { validateSheets } from "../../src/validation/validate";
import { createFakeOffice } from "./fakeExcel";

test("Guangzhou tables checked with the Shanghai pack point to the Guangzhou pack; checked with their own, to none", async () => {
  const loaded = loadModel(example);
  if (!loaded.ok) throw new Error("example model does not load");
  const office = createFakeOffice({ apiVersion: 18 });
  const features = detectFeatures(office.Office.context.requirements.isSetSupported);
  const sheets = await office.Excel.run(async (context) => {
    await writeGrids(context, generateGrids(loaded.model, GUANGZHOU_PACK), { features });
    return readSheets(context, { features, include: (n) => n.startsWith("表") });
  });
  const underShanghai = validateSheets(sheets, { pack: SHANGHAI_PACK });
  expect(underShanghai.summary.errors).toBeGreaterThan(0);
  expect(betterPackFor(sheets, SHANGHAI_PACK, underShanghai)?.id).toBe(GUANGZHOU_PACK.id);
  expect(betterPackFor(sheets, GUANGZHOU_PACK, validateSheets(sheets, { pack: GUANGZHOU_PACK }))).toBeUndefined();
});
