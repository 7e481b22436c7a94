/**
 * The Guangzhou seed's layout, generated (`npm run demo`) and printed to PDF by LibreOffice
 * (test/fixtures/pdf/guangzhou-seed.pdf, remade by scripts/make-seed-pdf.sh), reads back to the
 * generated tables: every row's figures and text in order, and it validates as the workbook does.
 */
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import { readPdfFile } from "../../src/hosts/pdf/readPdf";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { validateSheets } from "../../src/validation/validate";
import { loadExample } from "../fixtures/guangzhouExample";

const SEED_PDF = path.join(__dirname, "../fixtures/pdf/guangzhou-seed.pdf");

/**
 * A row as compared: its text run together without spaces (wrapping and indentation are layout),
 * then its figures to the cent. 表12's last column (绩效目标, paragraphs of up to eight printed
 * lines centred on their row) is left out: the reader gives a line of such a paragraph that
 * stands nearer the next row's figures to that row (docs/pdf.md, limits).
 */
function rowOf(values: ReadonlyArray<CellValue | undefined>): string[] {
  const text = values.filter((v) => typeof v === "string").join("").replace(/\s+/g, "");
  const figures = values.filter((v): v is number => typeof v === "number").map((v) => v.toFixed(2));
  return text || figures.length ? [text, ...figures] : [];
}

const GOALS = "绩效目标";
const gridRows = (g: TableGrid) => {
  const goals = g.cells.slice(g.headerRows.first, g.headerRows.last + 1).flatMap((row) => row.flatMap((c, i) => (c?.value === GOALS ? [i] : [])));
  return g.cells.slice(g.bodyRows.first, g.bodyRows.last + 1).map((row) => rowOf(row.map((c, i) => (goals.includes(i) ? null : (c?.value ?? null)))));
};
const sheetRows = (s: SheetCells) =>
  s.rows
    .slice(s.origin!.header.last + 1)
    .map((row) => rowOf((row ?? []).map((v, i) => (s.origin!.columns[i] === GOALS ? null : v))))
    .filter((r) => r.length && !/^注/.test(r[0]));

const grids = generateGrids(loadExample(), GUANGZHOU_PACK);
let sheets: SheetCells[];
beforeAll(async () => {
  sheets = await readPdfFile(SEED_PDF);
});

test("every table is read, in order", () => {
  expect(sheets.map((s) => s.rows[0]?.[0])).toEqual(grids.map((g) => g.cells.flat().find((c) => c?.style === "title")?.value));
});

test.each(grids.map((g, i) => [g.table, i] as const))("%s: every row's text and figures as generated", (_, i) => {
  expect(sheetRows(sheets[i])).toEqual(gridRows(grids[i]).filter((r) => r.length));
});

test("it validates as the workbook does: every identity checked, no error", () => {
  const { summary } = validateSheets(sheets);
  expect([summary.pack.id, summary.tablesFound, summary.errors, summary.identitiesNotCheckable]).toEqual([GUANGZHOU_PACK.id, 12, 0, 0]);
});
