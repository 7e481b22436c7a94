/**
 * A marked copy of a checked workbook for the CLI (`validate --mark`): each cell with a finding
 * filled by its most severe finding's colour and given a note with every finding's message.
 * The copy is written through ExcelJS, which keeps values, formats and merges but not every
 * feature of a workbook (charts, pivot tables): the original is never touched.
 */
import ExcelJS from "exceljs";
import { marksByCell, SEVERITY_FILLS } from "../../report/marks";
import type { Finding } from "../../validation/findings";

const NOTE_HEADING = "budget-tables 校验 / check";

export async function markedWorkbookBuffer(data: Buffer, marks: readonly Finding[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  for (const [sheetName, cells] of marksByCell(marks)) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) continue;
    for (const [address, list] of cells) {
      const cell = sheet.getCell(address);
      // Cells loaded from a file share style objects: the fill goes on this cell's own copy.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${SEVERITY_FILLS[list[0].severity].slice(1)}` } } };
      cell.note = [NOTE_HEADING, ...list.map((f) => `[${f.rule}] ${f.message.zh}\n${f.message.en}`)].join("\n");
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
