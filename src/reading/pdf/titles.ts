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
 * A kind's title in one segment of a line of at most two (the other a 表N label, the year
 * printed apart or a unit), since a header's labels name kinds too (项目 | 一般公共预算支出,
 * 2025年预算数 wrapped beside 基本支出).
 */
export const kindTitles: TitleTest = (texts) =>
  texts.length <= 2 && texts.some((t, i) => kindOfTitle(labelCore(t)) !== undefined && (texts.length === 1 || BESIDE_TITLE.test(normalizeLabel(texts[1 - i]))));

/** What a title's line may hold beside it: its 表N label, its year, its unit. */
const BESIDE_TITLE = /^(?:(?:部门|单位)?(?:公开|预算)?(?:表\d{1,2}|\d{1,2}表)|(?:19|20)\d{2}(?:年度?)?|单位[:：].*)$/;

/**
 * The tables of a layout a pack describes are read by its titles, exactly (a kind's words also
 * stand in its headers: 项目 | 一般公共预算支出); any other document by the kinds' titles: when
 * the packs' titles find no more than half the tables the kinds' titles name as tables (表: a
 * header label alone, 政府性基金, may pass for a kind's title), or only some of the tables the
 * kinds' titles find (a document printing more tables than the pack names: 三公, 政府采购).
 */
export function budgetTables(pages: readonly PdfPage[], defs: readonly TableDef[]): PdfReading {
  const byPack = readPdfPages(pages, packTitles(defs));
  const byKind = readPdfPages(pages, kindTitles);
  const tables = byKind.sheets.filter((s) => String(s.rows[0]?.[0] ?? "").includes("表")).length;
  return byPack.sheets.length > 0 && byPack.sheets.length > PACK_SHARE * tables && !addsTables(byKind, byPack) ? byPack : byKind;
}

/** Whether a reading holds every table of another and more tables titled as tables (…表, …表（一级项目）). */
function addsTables(more: PdfReading, less: PdfReading): boolean {
  const names = new Set(more.sheets.map((s) => s.name));
  const fewer = new Set(less.sheets.map((s) => s.name));
  return less.sheets.every((s) => names.has(s.name)) && more.sheets.some((s) => !fewer.has(s.name) && TABLE_NAME.test(s.name));
}

const TABLE_NAME = /表(?:[(（][^)）]*[)）])?$/;

const PACK_SHARE = 0.5;
