/**
 * The drafted 说明 as a worksheet grid, so that both hosts write it as they write the tables (text
 * cells, never formulas): one paragraph per row in one wide column, the title on top. The sheet
 * gets a name no sheet of the workbook has, so that nothing the user wrote is replaced.
 */
import type { GridCell, TableGrid } from "../generation/grid";
import type { DraftParagraph } from "./draft";

export const DRAFT_SHEET = "说明（草稿）";
const WIDTH = 100;
/** Chinese characters per printed line at that width, and a line's height in points. */
const CHARS_PER_LINE = 48;
const LINE_HEIGHT = 16;

/** 说明（草稿）, or 说明（草稿）2, 3 … when the workbook has that sheet already (Excel compares names ignoring case). */
export function draftSheetName(existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? DRAFT_SHEET : `${DRAFT_SHEET}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function draftGrid(paragraphs: readonly DraftParagraph[], sheetName: string): TableGrid {
  const cells = paragraphs.map((p, i): Array<GridCell | null> => [{ value: p.text, style: i === 0 ? "title" : "note" }]);
  const rowHeights = paragraphs.map((p, i) => (i === 0 ? 28 : Math.max(1, Math.ceil(p.text.length / CHARS_PER_LINE)) * LINE_HEIGHT));
  return {
    table: "说明",
    sheetName,
    cells,
    merges: [],
    columnWidths: [WIDTH],
    rowHeights,
    headerRows: { first: 0, last: 0 },
    bodyRows: { first: 1, last: paragraphs.length - 1 },
    numberFormat: "General",
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
  };
}
