/** The packs that come with the program, by the names users give them (--pack shanghai). */
import { GUANGZHOU_PACK } from "./guangzhou";
import { JIANGSU_PACK } from "./jiangsu";
import type { TemplatePack } from "../tables/types";
import { SHENZHEN_PACK } from "./shenzhen";
import { SHANGHAI_DISTRICT_DEPARTMENT_PACK, SHANGHAI_DISTRICT_UNIT_PACK, SHANGHAI_PACK } from "./shanghai";

export const BUILT_IN_PACKS: Readonly<Record<string, TemplatePack>> = {
  guangzhou: GUANGZHOU_PACK,
  shanghai: SHANGHAI_PACK,
  "shanghai-district-department": SHANGHAI_DISTRICT_DEPARTMENT_PACK,
  "shanghai-district-unit": SHANGHAI_DISTRICT_UNIT_PACK,
  jiangsu: JIANGSU_PACK,
  shenzhen: SHENZHEN_PACK,
};

/** The built-in pack with this pack id (a tables.json names the pack it was read by). */
export const builtInPackById = (id: string): TemplatePack | undefined => Object.values(BUILT_IN_PACKS).find((p) => p.id === id);

/** A pack as a JSON document, as `pack export` writes it and the task pane downloads it. */
export const packToJson = (pack: TemplatePack): string => `${JSON.stringify(pack, null, 2)}\n`;

/** The bundled example model made for a pack's layout (examples/<name>.json): Shanghai's for its pack, Guangzhou's for every other. */
export type ExampleName = "guangzhou-2024" | "shanghai-2025";
export const exampleFor = (pack: TemplatePack): ExampleName => (pack.id.startsWith("shanghai-") ? "shanghai-2025" : "guangzhou-2024");
