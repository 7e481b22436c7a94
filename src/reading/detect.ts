/**
 * Layout detection: which template pack's tables a workbook holds. Each pack is scored by how
 * many of its tables are found by title (or only by sheet name or 表N line) and how many of each
 * table's amount columns its header shows; the department's name breaks ties between packs
 * whose tables read alike (上海 市级 and 区级 单位). Below a score no pack matches well, and a
 * validator should say so rather than apply a pack's arithmetic to tables it does not describe.
 */
import type { TableDef, TemplatePack } from "../tables/types";
import { readHeader, statedDepartment } from "./header";
import { locateTables, TableRegion } from "./locate";
import { MergeIndex, SheetCells } from "./sheetCells";

export interface PackMatch {
  pack: TemplatePack;
  /** 0–1: the mean over the pack's tables of (found by title 1, by sheet name ½) and the share of amount columns found. */
  score: number;
  /** Tables found by title, found at all, and found on a sheet named as the pack names it. */
  titled: number;
  found: number;
  named: number;
  /** The department named above a table (编制单位：…), when one is. */
  department?: string;
}

export interface Detection {
  best: PackMatch;
  /** Every pack, best first. */
  ranking: PackMatch[];
  /** Whether the best pack matches well enough to check the workbook by it. */
  confident: boolean;
}

/** A pack whose tables match this well describes the workbook (measured on the corpus: real layouts score ≥ 0.8, others ≤ 0.45). */
export const CONFIDENT_SCORE = 0.6;
/** Worth less than any table: only decide between packs that score alike, the department first. */
const DEPARTMENT_BONUS = 0.001;
const SHEET_NAME_BONUS = 0.0005;
/** The department line stands among a table's first rows. */
const DEPARTMENT_ROWS = 5;

export function detectLayout(sheets: readonly SheetCells[], packs: readonly TemplatePack[]): Detection {
  const merges = new Map<SheetCells, MergeIndex>();
  const mergesOf = (s: SheetCells) => merges.get(s) ?? merges.set(s, new MergeIndex(s.merges)).get(s)!;
  const ranking = packs.map((pack) => matchPack(sheets, pack, mergesOf)).sort((a, b) => rank(b) - rank(a));
  return { best: ranking[0], ranking, confident: ranking[0].score >= CONFIDENT_SCORE };
}

/** The score, ties broken by the department's name, then by sheets named as the pack names them (a district template's 单位收支总表). */
/** The two packs that came closest, as messages name them ("上海市…（9张表） 45%"), when none matched well. */
export const closestPacks = (d: Detection): string[] => d.ranking.slice(0, 2).map((m) => `${m.pack.name} ${Math.round(m.score * 100)}%`);

function rank(m: PackMatch): number {
  const pattern = m.pack.departmentPattern;
  const department = !pattern || !m.department ? 0 : new RegExp(pattern, "u").test(m.department) ? DEPARTMENT_BONUS : -DEPARTMENT_BONUS;
  return m.score + department + (m.named / m.pack.tables.length) * SHEET_NAME_BONUS;
}

function matchPack(sheets: readonly SheetCells[], pack: TemplatePack, mergesOf: (s: SheetCells) => MergeIndex): PackMatch {
  const regions = locateTables(sheets, pack.tables);
  let total = 0;
  let titled = 0;
  let found = 0;
  let named = 0;
  let department: string | undefined;
  for (const def of pack.tables) {
    const mine = regions.filter((r) => r.table === def.id);
    const best = bestRegion(def, mine, mergesOf);
    if (!best) continue;
    found++;
    if (best.region.title) titled++;
    if (best.region.sheet.name.trim() === def.sheetName) named++;
    total += ((best.region.title ? 1 : 0.5) + best.columns) / 2;
    department ??= statedDepartment(best.region.sheet, best.region.top, Math.min(best.region.bottom, best.region.top + DEPARTMENT_ROWS));
  }
  return { pack, score: total / pack.tables.length, titled, found, named, ...(department ? { department } : {}) };
}

/** The region with the most of the table's amount columns in its header, titled regions first. */
function bestRegion(def: TableDef, regions: TableRegion[], mergesOf: (s: SheetCells) => MergeIndex): { region: TableRegion; columns: number } | undefined {
  const amounts = def.columns.filter((c) => c.role === "amount").length;
  let best: { region: TableRegion; columns: number } | undefined;
  for (const region of regions) {
    const header = readHeader(region.sheet, mergesOf(region.sheet), def, region.top, region.bottom);
    const columns = header ? def.columns.filter((c) => c.role === "amount" && header.columns.has(c.key)).length / Math.max(1, amounts) : 0;
    const better = !best || (region.title ? 1 : 0) + columns > (best.region.title ? 1 : 0) + best.columns;
    if (better) best = { region, columns };
  }
  return best;
}
