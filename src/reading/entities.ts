/**
 * One workbook may hold the tables of several budget entities (a 部门 and its 单位: a sheet per
 * unit, or copies of the tables one below another), each headed by its 单位名称/编制单位 line.
 * Splits it into one set of sheets per entity, in the order they first appear (an entity's table
 * seen twice starts another entity of the same name). Each entity's
 * sheets keep their names and row numbers (other entities' rows left out), so findings name the
 * cells of the workbook as it is.
 */
import type { TemplatePack } from "../tables/types";
import { statedDepartment } from "./header";
import { locateTables } from "./locate";
import type { SheetCells } from "./sheetCells";

export interface Entity {
  /** As the tables state it; absent when no table states one. */
  name?: string;
  sheets: SheetCells[];
}

/** The department line stands among a table's first rows (表N line, title, 单位名称). */
const NAME_ROWS = 6;

interface Segment {
  sheet: SheetCells;
  top: number;
  bottom: number;
  name?: string;
  /** The table whose title starts it. */
  table?: string;
}

export function splitEntities(sheets: readonly SheetCells[], packs: readonly TemplatePack[]): Entity[] {
  const segments = sheets.flatMap((sheet) => segmentsOf(sheet, packs));
  const fallback = segments.find((s) => s.name)?.name;
  const groups: Group[] = [];
  let last: Group | undefined;
  for (const segment of segments) {
    last = segment.name === undefined && last ? last : groupFor(groups, segment.name ?? fallback, segment.table);
    last.segments.push(segment);
    if (segment.table) last.tables.add(segment.table);
  }
  if (groups.length <= 1) return [{ ...(fallback ? { name: fallback } : {}), sheets: [...sheets] }];
  return groups.map((g) => ({ ...(g.name ? { name: g.name } : {}), sheets: sheetsOf(g.segments) }));
}

interface Group {
  name?: string;
  tables: Set<string>;
  segments: Segment[];
}

/**
 * The first entity of this name that does not have the table yet, else a new one: a 部门 and its
 * 本级 unit often share a name, and their copies of a table then go one to each, in order.
 */
function groupFor(groups: Group[], name: string | undefined, table: string | undefined): Group {
  const found = groups.find((g) => g.name === name && (table === undefined || !g.tables.has(table)));
  if (found) return found;
  const group: Group = { ...(name !== undefined ? { name } : {}), tables: new Set(), segments: [] };
  groups.push(group);
  return group;
}

/** A sheet cut at every table title any pack finds in it: each piece named by its department line. */
function segmentsOf(sheet: SheetCells, packs: readonly TemplatePack[]): Segment[] {
  const tops = new Map<number, string>();
  for (const pack of packs) locateTables([sheet], pack.tables).forEach((r) => r.title && !tops.has(r.top) && tops.set(r.top, r.table));
  const starts = [...tops.keys()].sort((a, b) => a - b);
  if (starts.length === 0) starts.push(0);
  return starts.map((top, i) => {
    const bottom = starts[i + 1] ?? sheet.rows.length;
    const name = statedDepartment(sheet, top, Math.min(bottom, top + NAME_ROWS));
    const table = tops.get(top);
    return { sheet, top, bottom, ...(name ? { name } : {}), ...(table ? { table } : {}) };
  });
}

/** An entity's pieces as sheets: each sheet it has a piece of, holding only those rows. */
function sheetsOf(segments: readonly Segment[]): SheetCells[] {
  const bySheet = new Map<SheetCells, Segment[]>();
  segments.forEach((s) => (bySheet.get(s.sheet) ?? bySheet.set(s.sheet, []).get(s.sheet)!).push(s));
  return [...bySheet].map(([sheet, pieces]) => {
    const mine = (r: number) => pieces.some((p) => r >= p.top && r < p.bottom);
    return {
      name: sheet.name,
      rows: sheet.rows.map((row, r) => (mine(r) ? row : undefined)),
      merges: sheet.merges.filter((m) => mine(m.top)),
      ...(sheet.numberFormats ? { numberFormats: sheet.numberFormats.map((f, r) => (mine(r) ? f : undefined)) } : {}),
    };
  });
}
