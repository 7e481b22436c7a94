/**
 * Which lines of a PDF are table titles: a built-in pack's title, or one naming a table kind
 * of any region (src/generic/kinds.ts: 表N, 公开01表, 预算表N, 部门/单位 and year prefixes), so
 * that a document no pack describes is read for the generic checks.
 */
import { kindOfTitle } from "../../generic/kinds";
import type { TableDef } from "../../tables/types";
import { titleMatcher } from "../locate";
import { labelCore, normalizeLabel } from "../normalize";
import { type PdfReading, readPdfPages, type TitleTest } from "./tables";
import type { PdfPage } from "./textItems";

/** A pack's title anywhere in the line. */
export function packTitles(defs: readonly TableDef[]): TitleTest {
  const packTitle = titleMatcher(defs);
  return (texts) => packTitle(normalizeLabel(texts.join(""))) !== undefined;
}

/**
 * A kind's title in one segment of a line of at most two (the other a 表N label or a unit),
 * since a header's labels name kinds too (项目 | 一般公共预算支出).
 */
export const kindTitles: TitleTest = (texts) => texts.length <= 2 && texts.some((t) => kindOfTitle(labelCore(t)) !== undefined);

/**
 * The tables of a layout a pack describes are read by its titles, exactly (a kind's words also
 * stand in its headers: 项目 | 一般公共预算支出); any other document by the kinds' titles: when
 * the packs' titles find no more than half the tables the kinds' titles name as tables (表: a
 * header label alone, 政府性基金, may pass for a kind's title).
 */
export function budgetTables(pages: readonly PdfPage[], defs: readonly TableDef[]): PdfReading {
  const byPack = readPdfPages(pages, packTitles(defs));
  const byKind = readPdfPages(pages, kindTitles);
  const tables = byKind.sheets.filter((s) => String(s.rows[0]?.[0] ?? "").includes("表")).length;
  return byPack.sheets.length > 0 && byPack.sheets.length > PACK_SHARE * tables ? byPack : byKind;
}

const PACK_SHARE = 0.5;
