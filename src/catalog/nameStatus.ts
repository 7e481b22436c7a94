/**
 * Compares a printed classification name with the built-in catalogues: the current name, an
 * earlier name of a renamed code (with the last year it was valid), a different name, or a code
 * the catalogue does not hold.
 */
import { ECONOMIC_NAMES } from "./economic";
import { FORMER_CLASS_NAMES, type FormerName, FUNCTION_CLASSES, OTHER_FUNCTION_CLASS_NAMES } from "./functionClasses";
import { FUNCTION_NAME_DATA } from "./functionNames";
import { nameCore } from "./labelText";

export type Classification = "function" | "economic";

interface Entry {
  name: string;
  former: readonly FormerName[];
}

export interface NameStatus {
  status: "current" | "historical" | "differs" | "unknown";
  catalogName?: string;
  validUntil?: number;
}

function parseFormer(text: string): FormerName[] {
  if (!text) return [];
  return text.split(";").map((item) => {
    const [name, year] = item.split("@");
    return { name, validUntil: Number(year) };
  });
}

function functionEntries(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const c of FUNCTION_CLASSES) entries.set(c.code, { name: c.name, former: FORMER_CLASS_NAMES[c.code] ?? [] });
  for (const [code, name] of Object.entries(OTHER_FUNCTION_CLASS_NAMES)) entries.set(code, { name, former: [] });
  for (const line of FUNCTION_NAME_DATA.split("\n")) {
    const [code, name, former] = line.split("\t");
    entries.set(code, { name, former: parseFormer(former) });
  }
  return entries;
}

const FUNCTION_ENTRIES = functionEntries();

function entry(kind: Classification, code: string): Entry | undefined {
  if (kind === "function") return FUNCTION_ENTRIES.get(code);
  const name = ECONOMIC_NAMES[code];
  return name === undefined ? undefined : { name, former: [] };
}

/** The current catalogue name of a code, if the built-in catalogue holds it. */
export function builtInName(kind: Classification, code: string): string | undefined {
  return entry(kind, code)?.name;
}

/** How a printed name compares with the built-in catalogue's for that code. */
export function nameStatus(kind: Classification, code: string, printed: string): NameStatus {
  const known = entry(kind, code);
  if (!known) return { status: "unknown" };
  const core = nameCore(printed);
  if (core === nameCore(known.name)) return { status: "current", catalogName: known.name };
  const former = known.former.find((f) => nameCore(f.name) === core);
  if (former) return { status: "historical", catalogName: known.name, validUntil: former.validUntil };
  return { status: "differs", catalogName: known.name };
}

/** 类 code by every current and earlier name, and by the name without its 支出 suffix where that is unambiguous. */
function classesByName(): Map<string, string> {
  const byName = new Map<string, string>();
  const shortened = new Map<string, string | null>();
  for (const c of FUNCTION_CLASSES) {
    for (const name of [c.name, ...(FORMER_CLASS_NAMES[c.code] ?? []).map((f) => f.name)]) {
      const core = nameCore(name);
      byName.set(core, c.code);
      const short = core.replace(/支出$/, "");
      if (short !== core) shortened.set(short, shortened.has(short) && shortened.get(short) !== c.code ? null : c.code);
    }
  }
  for (const [short, code] of shortened) if (code && !byName.has(short)) byName.set(short, code);
  return byName;
}

const CLASS_BY_NAME = classesByName();

/** The 3-digit 类 code a printed 类 name (current or earlier, numbering and 支出 suffix tolerated) stands for. */
export function functionClassByName(printed: string): string | undefined {
  return CLASS_BY_NAME.get(nameCore(printed));
}
