/** Text items laid out by hand, as a PDF prints them, for the host-free PDF readers' tests. */
import type { PdfTextItem } from "../../src/reading/pdf/textItems";

export const SIZE = 10;
/** An item's width as a font prints it: CJK a full em, ASCII half. */
export const widthOf = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? SIZE : SIZE / 2), 0);
export const at = (text: string, x: number, y: number, size = SIZE): PdfTextItem => ({ text, x, y, width: (widthOf(text) * size) / SIZE, size });
/** A figure right-aligned at `right`. */
export const figure = (text: string, right: number, y: number) => at(text, right - widthOf(text), y);
/** The two-level header of a 部门收入预算总表, its top row at `y`. */
export const header = (y: number) => [at("项目", 120, y), at("收入预算", 390, y), at("科目编码", 45, y - 25), at("科目名称", 150, y - 25), at("合计", 330, y - 25), at("财政拨款收入", 420, y - 25)];
