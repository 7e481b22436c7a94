/**
 * What a PDF host hands the PDF table reader: each page's text items with their positions, in
 * PDF user space (points, y upwards from the page's foot, y the text's baseline). No PDF
 * library is needed to read tables from these, so the reader runs the same in Node and the browser.
 */
export interface PdfTextItem {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
}

export interface PdfPage {
  /** 1-based page number, as a reader of the document counts pages. */
  number: number;
  items: PdfTextItem[];
}
