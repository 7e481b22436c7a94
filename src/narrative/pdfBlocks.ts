/**
 * A PDF's narrative as text blocks: the lines no table took (the table reader's rest), one block
 * per page as textBlocks makes them of a PDF's text, so a sentence is numbered on its page alike
 * whether the text came from pdftotext or from the PDF itself.
 */
import type { Line } from "../reading/pdf/lines";
import { TextBlock, textBlocks } from "./blocks";

/** The narrative lines' text, a block per page that has any (the page numbers the PDF's). */
export function pdfBlocks(rest: readonly Line[], source: string): TextBlock[] {
  const pages: string[][] = [];
  for (const line of rest) (pages[line.page - 1] ??= []).push(lineProse(line));
  return textBlocks(Array.from(pages, (lines) => (lines ?? []).join("\n")).join("\f"), source);
}

/** A line's segments run on as Chinese does, with a space between figures or words side by side (a code and its amount). */
const lineProse = (line: Line): string =>
  line.segments.map((s) => s.text).reduce((text, next) => (/[\dA-Za-z%]$/.test(text) && /^[\dA-Za-z]/.test(next) ? `${text} ${next}` : text + next));
