/**
 * `budget-tables pack export [-o pack.json] [--pack name|file] [--force]` and
 * `budget-tables pack check pack.json`: exit 0 when the pack is usable, 2 with its problems.
 */
import { BUILT_IN_PACKS, packToJson } from "../packs/builtIn";
import { loadPackFile, PackError, resolvePack } from "../packs/packFile";
import { GUANGZHOU_PACK } from "../packs/guangzhou";
import type { TemplatePack } from "../tables/types";
import { CliError, EXIT_OK } from "./errors";
import { outputFile, parseOptions } from "./io";

export const PACK_USAGE = `  budget-tables pack export [-o pack.json] [--pack ${Object.keys(BUILT_IN_PACKS).join("|")}|pack.json] [--force]
      导出模板包（默认内置的广州格式）/ write a template pack as JSON (default: the built-in Guangzhou pack)
  budget-tables pack check pack.json
      检查模板包，列出每个问题及其位置 / check a pack; exit 0 usable, 2 with every problem and its place
  --pack ${Object.keys(BUILT_IN_PACKS).join("|")}|pack.json  (generate, validate)
      按此模板包生成或校验 / generate or validate by this template pack`;

/** The pack a --pack option names (the built-in pack without one); a broken pack is a usage error listing its problems. */
export function packOption(value: string | undefined): TemplatePack {
  return givenPack(value) ?? GUANGZHOU_PACK;
}

/** The pack --pack names, or undefined: the commands that read workbooks then detect it. */
export function givenPack(value: string | undefined): TemplatePack | undefined {
  return value === undefined ? undefined : usable(() => resolvePack(value));
}

function usable(load: () => TemplatePack): TemplatePack {
  try {
    return load();
  } catch (e) {
    if (e instanceof PackError) throw new CliError(e.message);
    throw e;
  }
}

export async function packCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, pack: { type: "string" }, force: { type: "boolean" } }, PACK_USAGE);
  const [action, ...files] = positionals;
  if (action === "export" && files.length === 0) {
    const output = values.output as string | undefined;
    const out = output === undefined ? undefined : outputFile(output, !!values.force, [values.pack as string | undefined]);
    const text = packToJson(packOption(values.pack as string | undefined));
    if (out) out.write(text);
    else process.stdout.write(text);
    return EXIT_OK;
  }
  if (action === "check" && files.length === 1) {
    const pack = usable(() => loadPackFile(files[0]));
    process.stdout.write(`模板包可用 / the pack is usable: ${pack.name} ${pack.version} (${pack.tables.length} tables, ${pack.identities.length} identities)\n`);
    return EXIT_OK;
  }
  throw new CliError(`pack needs "export" or "check pack.json"\n${PACK_USAGE}`);
}
