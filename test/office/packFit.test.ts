/**
 * The pane validates by the layout the workbook's tables follow, as the CLI does: Guangzhou
 * tables read through the Office host are recognised as Guangzhou's whatever built-in pack is
 * chosen, and an imported pack is used as it is.
 */
import example from "../../examples/guangzhou-2024.json";
import { generateGrids } from "../../src/generation/generate";
import { detectFeatures } from "../../src/hosts/office/features";
import { readSheets } from "../../src/hosts/office/readSheets";
import { writeGrids } from "../../src/hosts/office/writeGrids";
import { loadModel } from "../../src/model/load";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { PackChoice } from "../../src/taskpane/packPanel";
import { validateSheets } from "../../src/validation/validate";
import { createFakeOffice } from "./fakeExcel";

test("Guangzhou tables are checked as Guangzhou's even with the Shanghai pack chosen; an imported pack is used as given", async () => {
  const loaded = loadModel(example);
  if (!loaded.ok) throw new Error("example model does not load");
  const office = createFakeOffice({ apiVersion: 18 });
  const features = detectFeatures(office.Office.context.requirements.isSetSupported);
  const sheets = await office.Excel.run(async (context) => {
    await writeGrids(context, generateGrids(loaded.model, GUANGZHOU_PACK), { features });
    return readSheets(context, { features, include: (n) => n.startsWith("表") });
  });
  const choice = new PackChoice();
  choice.choose("shanghai");
  expect(choice.forValidation).toBeUndefined();
  const detected = validateSheets(sheets, choice.forValidation ? { pack: choice.forValidation } : {});
  expect([detected.summary.pack.id, detected.summary.pack.detected, detected.summary.errors]).toEqual([GUANGZHOU_PACK.id, true, 0]);
  const file = { name: "sh.json", text: async () => JSON.stringify(SHANGHAI_PACK) } as unknown as File;
  await choice.importFile(file, "no file", (n) => `${n}`, "zh");
  expect(choice.forValidation?.id).toBe(SHANGHAI_PACK.id);
  const forced = validateSheets(sheets, { pack: choice.forValidation! });
  expect([forced.summary.pack.detected, forced.summary.errors > 0]).toEqual([false, true]);
});
