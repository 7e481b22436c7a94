/**
 * The narrative (说明) as text blocks, each with its place: a cell of a workbook's sheet, a page
 * of a PDF's text, or a paragraph of a .docx. Every source reaches the checker through this one
 * shape, so that a PDF reader only has to hand over its text with its form feeds.
 */
import { cellAddress } from "../generation/grid";
import type { SheetCells } from "../reading/sheetCells";

export type BlockPlace =
  | { kind: "cell"; sheet: string; cell: string }
  | { kind: "page"; source: string; page: number }
  | { kind: "paragraph"; source: string; paragraph: number };

export interface TextBlock {
  text: string;
  place: BlockPlace;
}

/** Sheets whose names say they hold narrative: 部门编制说明, 其他相关情况说明, 项目经费情况说明, a drafted 说明. */
export const NARRATIVE_SHEET = /说明/;

/** Every text cell of the given sheets, one block per cell (a template's 说明 is one long cell). */
export function sheetBlocks(sheets: readonly SheetCells[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (typeof value === "string" && value.trim()) blocks.push({ text: value, place: { kind: "cell", sheet: sheet.name, cell: cellAddress(r, c) } });
      }),
    );
  }
  return blocks;
}

/** The sheets of a workbook that hold its narrative. */
export const narrativeSheets = (sheets: readonly SheetCells[]): SheetCells[] => sheets.filter((s) => NARRATIVE_SHEET.test(s.name));

/**
 * Plain text, pages split at form feeds (as `pdftotext -layout` writes them). A page's lines are
 * joined without spaces: pdftotext wraps Chinese lines anywhere, even inside a number (“887.36万\n元”).
 */
export function textBlocks(text: string, source: string): TextBlock[] {
  return text
    .split("\f")
    .map((page, i): TextBlock => ({ text: joinLines(page), place: { kind: "page", source, page: i + 1 } }))
    .filter((b) => b.text.length > 0);
}

const joinLines = (page: string): string =>
  page
    .split(/\r?\n/)
    .map((line) => line.trim())
    .join("");

/** Paragraphs as a .docx holds them, numbered from 1. */
export const paragraphBlocks = (paragraphs: readonly string[], source: string): TextBlock[] =>
  paragraphs.map((text, i): TextBlock => ({ text, place: { kind: "paragraph", source, paragraph: i + 1 } })).filter((b) => b.text.trim().length > 0);
