/** Text items laid out by hand, as a PDF prints them, for the host-free PDF readers' tests. */
import type { PdfTextItem } from "../../src/reading/pdf/textItems";

export const SIZE = 10;
/** An item's width as a font prints it: CJK a full em, ASCII half. */
export const widthOf = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? SIZE : SIZE / 2), 0);
export const at = (text: string, x: number, y: number, size = SIZE): PdfTextItem => ({ text, x, y, width: (widthOf(text) * size) / SIZE, size });
/** A figure right-aligned at `right`. */
export const figure = (text: string, right: number, y: number) => at(text, right - widthOf(text), y);
