/**
 * The workbooks of a 部门 and its 单位, each read by the template pack it follows (detected):
 * what a reader could not understand is a finding in that workbook, and a workbook that cannot
 * be read or placed becomes a reason the sums it feeds are not checkable.
 */
import type { TableId } from "../model/types";
import { BUILT_IN_PACKS } from "../packs/builtIn";
import { closestPacks, detectLayout } from "../reading/detect";
import { splitEntities } from "../reading/entities";
import { readTables } from "../reading/readTables";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import type { TemplatePack } from "../tables/types";
import type { Findings, Message } from "./findings";

/** One budget entity's tables as given: its file's sheets, or why the file could not be read. */
export type BookInput = { file: string; sheets: readonly SheetCells[] } | { file: string; error: Message };

export interface ReadBook {
  file: string;
  /** As the tables state it (单位名称：…, 编制单位：…), else the file's name. */
  name: string;
  pack: TemplatePack;
  /** The pack's match score, 0–1. */
  score: number;
  views: Map<TableId, TableView>;
}

/**
 * One workbook holding a 部门's tables and its units' (a sheet per unit, or copies of the tables
 * each under its 单位名称), one input per entity in the order they first appear: the 部门 first.
 */
export function booksIn(file: string, sheets: readonly SheetCells[]): BookInput[] {
  return splitEntities(sheets, Object.values(BUILT_IN_PACKS)).map((e) => ({ file, sheets: e.sheets }));
}

/** Reads a workbook's tables by the pack it matches, its reading problems added to `findings` in its name; undefined when it cannot be read or placed. */
export function readBook(input: BookInput, findings: Findings): ReadBook | undefined {
  const { file } = input;
  if ("error" in input) {
    findings.add("units.unreadable", { file, sheet: "", cell: "" }, { file, reason: input.error.zh, reasonEn: input.error.en });
    return undefined;
  }
  const detection = detectLayout(input.sheets, Object.values(BUILT_IN_PACKS));
  if (!detection.confident) {
    findings.add("layout.unrecognised", { file, sheet: "", cell: "" }, { closest: closestPacks(detection).join("、") });
    return undefined;
  }
  const { pack, score, department } = detection.best;
  const { views, problems } = readTables(input.sheets, pack);
  problems.forEach((p) => findings.addProblem({ ...p, place: { ...p.place, file } }));
  return { file, name: department ?? baseName(file), pack, score, views };
}

/**
 * Whether two packs lay out the same tables with the same meaning, so that a unit's 表N adds
 * into the 部门's 表N: the same pack, or packs of one family (shanghai-…: the 市级/区级 单位 and
 * 区级部门 layouts share their tables and row and column keys).
 */
export const sameTables = (a: TemplatePack, b: TemplatePack): boolean => a.id === b.id || family(a) === family(b);
const family = (pack: TemplatePack) => pack.id.split("-")[0];

/** A file's name without its folders (a finding names the file as given on the command line, reports shorten it). */
const baseName = (file: string) => file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");

