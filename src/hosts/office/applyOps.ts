/** Replays SheetOps on an Office.js worksheet: one queued action group per op, no sync here. */
import { CELL_FORMATS } from "../../generation/cellFormats";
import { MOST_FROZEN_ROWS, TableGrid } from "../../generation/grid";
import type { OfficeFeatures } from "./features";
import type { SheetOp } from "./sheetOps";

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
const PAGE_FOOTER = "第 &P 页，共 &N 页";
/** The ExcelJS host's margins, in inches; Office.js takes points. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

export function applyOp(sheet: Excel.Worksheet, op: SheetOp): void {
  const range = sheet.getRange(op.address);
  switch (op.kind) {
    case "cells":
      // The number formats go first: a string lands as text only in a cell already formatted "@".
      range.numberFormat = op.numberFormat;
      range.values = op.values;
      return;
    case "format":
      return applyFormat(range, op);
    case "merge":
      range.merge(false);
      return;
    case "rowHeight":
      range.format.rowHeight = op.height;
      return;
    case "columnWidth":
      range.format.columnWidth = op.width;
      return;
  }
}

function applyFormat(range: Excel.Range, op: Extract<SheetOp, { kind: "format" }>): void {
  const f = CELL_FORMATS[op.style];
  const format = range.format;
  format.font.name = f.font;
  format.font.size = f.size;
  format.font.bold = !!f.bold;
  format.horizontalAlignment = f.horizontal === "left" ? "Left" : f.horizontal === "center" ? "Center" : "Right";
  format.verticalAlignment = f.vertical === "top" ? "Top" : "Center";
  format.wrapText = !!f.wrap;
  if (f.fill) format.fill.color = `#${f.fill}`;
  if (!f.border) return;
  const edges: string[] = [...EDGES];
  if (op.rows > 1) edges.push("InsideHorizontal");
  if (op.columns > 1) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

/** Frozen header rows and print setup, where the requirement sets allow them. */
export function applySheetSetup(sheet: Excel.Worksheet, grid: TableGrid, features: OfficeFeatures): void {
  const headerEnd = grid.headerRows.last + 1;
  if (features.freezePanes && headerEnd <= MOST_FROZEN_ROWS) sheet.freezePanes.freezeRows(headerEnd);
  if (!features.pageLayout) return;
  const page = sheet.pageLayout;
  page.orientation = grid.print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  page.centerHorizontally = true;
  if (grid.print.fitToWidth) page.zoom = { horizontalFitToPages: 1 };
  page.leftMargin = MARGINS.left * 72;
  page.rightMargin = MARGINS.right * 72;
  page.topMargin = MARGINS.top * 72;
  page.bottomMargin = MARGINS.bottom * 72;
  page.headerMargin = MARGINS.header * 72;
  page.footerMargin = MARGINS.footer * 72;
  page.setPrintTitleRows(`$${grid.headerRows.first + 1}:$${headerEnd}`);
  page.headersFooters.defaultForAllPages.centerFooter = PAGE_FOOTER;
}
