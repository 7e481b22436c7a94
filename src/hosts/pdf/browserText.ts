/**
 * The browser PDF host: every page's text items, extracted by pdf.js in a web worker, for the
 * task pane. pdf.js is imported on first use (a chunk of its own, never in the start-up script);
 * its worker, character maps and standard fonts come from the add-in's own origin (the build
 * copies them into pdfjs/), so nothing is fetched from elsewhere. A read over the time limit is
 * stopped by destroying its worker. The legacy build runs in the older WebKit of Excel for Mac.
 */
import type { PdfPage } from "../../reading/pdf/textItems";
import { MAX_PDF_PAGES, PDF_TIME_LIMIT_MS } from "./limits";
import { PdfExtractError, pdfjsFailure } from "./pdfSheets";

/** Where the build puts pdf.js's worker and data, relative to taskpane.html (webpack.config.js). */
export const PDFJS_DIR = "pdfjs/";

interface TextContentItem {
  str?: string;
  transform?: number[];
  width?: number;
}

/** `base` is the page's URL, which the pdfjs/ folder sits beside. */
export async function extractPdfTextInBrowser(data: Uint8Array, base: string, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<PdfPage[]> {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  const at = (path: string) => new URL(`${PDFJS_DIR}${path}`, base).href;
  pdfjs.GlobalWorkerOptions.workerSrc = at("pdf.worker.min.js");
  const task = pdfjs.getDocument({ data, cMapUrl: at("cmaps/"), cMapPacked: true, standardFontDataUrl: at("standard_fonts/"), isEvalSupported: false, verbosity: 0 });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfExtractError("time", `over ${timeLimitMs} ms`)), timeLimitMs);
  });
  try {
    return await Promise.race([task.promise.then((doc) => textOfPages(doc, pdfjs.Util)), overrun]);
  } catch (e) {
    throw e instanceof PdfExtractError ? e : pdfjsFailure(String((e as Error)?.name), String((e as Error)?.message ?? e));
  } finally {
    clearTimeout(timer);
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof import("pdfjs-dist/legacy/build/pdf.mjs").getDocument>["promise"]>;

type PdfUtil = typeof import("pdfjs-dist/legacy/build/pdf.mjs").Util;

async function textOfPages(doc: PdfDocument, util: PdfUtil): Promise<PdfPage[]> {
  if (doc.numPages > MAX_PDF_PAGES) throw new PdfExtractError("pages", "", doc.numPages);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const view = page.getViewport({ scale: 1 });
    const items = (content.items as TextContentItem[]).filter((i) => typeof i.str === "string" && i.str.trim() !== "");
    pages.push({ number: n, items: items.map((i) => itemOf(i, util.transform(view.transform, i.transform!) as number[], view.height)) });
    page.cleanup();
  }
  return pages;
}

/**
 * As the Node host's worker maps them, placed as the page is shown (a /Rotate page turned
 * upright): the baseline's origin in the viewport (y counted up from its foot), the width, the
 * matrix's vertical scale as the size.
 */
const itemOf = (i: TextContentItem, m: number[], height: number) => ({ text: i.str!, x: m[4], y: height - m[5], width: i.width!, size: Math.hypot(m[2], m[3]) });
