/**
 * The Node PDF host: every page's text items, extracted by pdf.js on a worker thread. The worker
 * starts (and loads pdf.js) only when a PDF is read, is stopped when it overruns the time limit (a
 * hostile file cannot hang the CLI), and has a heap of its own (nor exhaust its memory). Its source
 * is plain JavaScript loading pdf.js natively, since pdf.js ships only as an ES module.
 */
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { PdfPage } from "../../reading/pdf/textItems";
import { MAX_PDF_PAGES, PDF_HEAP_MB, PDF_TIME_LIMIT_MS } from "./limits";
import { PdfExtractError, pdfjsFailure } from "./pdfSheets";

export { PdfExtractError };

/** The worker answers each request ({ id, data }) with the pages' items or the error pdf.js raised. */
const WORKER_SOURCE = `
const { parentPort, workerData: w } = require("node:worker_threads");
const loading = import(w.module);
// Placed as the page is shown (a /Rotate page turned upright): the viewport's matrix, y then counted up from its foot.
const itemsOf = (pdfjs, page, items) => {
  const view = page.getViewport({ scale: 1 });
  return items.map((i) => {
    const m = pdfjs.Util.transform(view.transform, i.transform);
    return { text: i.str, x: m[4], y: view.height - m[5], width: i.width, size: Math.hypot(m[2], m[3]) };
  });
};
async function extract(data) {
  const pdfjs = await loading;
  const doc = await pdfjs.getDocument({ data, cMapUrl: w.cMaps, cMapPacked: true, standardFontDataUrl: w.fonts, verbosity: 0, isEvalSupported: false }).promise;
  try {
    if (doc.numPages > w.maxPages) return { error: { name: "pages", message: "", pages: doc.numPages } };
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ number: n, items: itemsOf(pdfjs, page, content.items.filter((i) => typeof i.str === "string" && i.str.trim() !== "")) });
      page.cleanup();
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}
parentPort.on("message", ({ id, data }) =>
  extract(data).then(
    (reply) => parentPort.postMessage({ id, ...reply }),
    (e) => parentPort.postMessage({ id, error: { name: String(e && e.name), message: String((e && e.message) || e) } }),
  ),
);
`;

/** pdf.js's files: its legacy build (which runs on Node 20) and the CJK character maps and standard fonts it reads. */
function pdfjsFiles(): { module: string; cMaps: string; fonts: string } {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  const url = (...parts: string[]) => pathToFileURL(join(root, ...parts)).href;
  return { module: url("legacy", "build", "pdf.mjs"), cMaps: `${url("cmaps")}/`, fonts: `${url("standard_fonts")}/` };
}

type Reply = { id: number; pages: PdfPage[] } | { id: number; error: { name: string; message: string; pages?: number } };

/**
 * One worker serves the process's reads in turn, so pdf.js is loaded (and warmed) once however
 * many files are read; it does not keep the process alive, and one that overruns is stopped and
 * replaced by a fresh one at the next read.
 */
let worker: Worker | undefined;
let nextId = 0;
let queue: Promise<unknown> = Promise.resolve();

function pdfWorker(): Worker {
  if (!worker) {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...pdfjsFiles(), maxPages: MAX_PDF_PAGES }, resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB } });
    worker.unref();
    const stopped = worker;
    stopped.once("exit", () => worker === stopped && (worker = undefined));
    // A worker that fails (out of its heap) exits next, and that exit rejects the read in progress.
    stopped.on("error", () => undefined);
  }
  return worker;
}

/** Every page's text items; a PdfExtractError when pdf.js cannot open the file, it has too many pages or takes too long. */
export function extractPdfText(data: Uint8Array, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<PdfPage[]> {
  const run = queue.then(() => extractOnWorker(data, timeLimitMs));
  queue = run.catch(() => undefined);
  return run;
}

function extractOnWorker(data: Uint8Array, timeLimitMs: number): Promise<PdfPage[]> {
  const w = pdfWorker();
  const id = nextId++;
  let timer: NodeJS.Timeout | undefined;
  let onMessage: ((reply: Reply) => void) | undefined;
  let onExit: (() => void) | undefined;
  return new Promise<PdfPage[]>((resolve, reject) => {
    timer = setTimeout(() => {
      reject(new PdfExtractError("time", `over ${timeLimitMs} ms`));
      if (worker === w) worker = undefined;
      void w.terminate();
    }, timeLimitMs);
    onMessage = (reply) => {
      if (reply.id !== id) return;
      if ("pages" in reply) resolve(reply.pages);
      else reject(pdfjsFailure(reply.error.name, reply.error.message, reply.error.pages));
    };
    onExit = () => reject(new PdfExtractError("stopped", "the PDF reader stopped"));
    w.on("message", onMessage);
    w.once("exit", onExit);
    w.postMessage({ id, data });
  }).finally(() => {
    clearTimeout(timer);
    w.off("message", onMessage!);
    w.off("exit", onExit!);
  });
}
