/** What the CLI reads of a PDF at most (docs/limits.md): beyond these it refuses the file. */
export const MAX_PDF_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_PAGES = 500;
/** Reading every page's text must finish within this, or the reading is stopped. */
export const PDF_TIME_LIMIT_MS = 60_000;
/** The extracting worker's heap. */
export const PDF_HEAP_MB = 512;
