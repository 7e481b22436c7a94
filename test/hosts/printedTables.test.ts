/**
 * Printed output of the bundled examples, written to .xlsx and read back: every figure fits its
 * column (bold totals too, in 元 as in 万元), the 注 follows the unit, and every table prints on
 * A4 landscape, one page wide, at 75% or more.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateGrids } from "../../src/generation/generate";
import { gridsToXlsxBuffer } from "../../src/hosts/xlsx/writeWorkbook";
import { loadModelText } from "../../src/model/load";
import type { DisplayUnit } from "../../src/model/money";
import type { BudgetModel } from "../../src/model/types";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { TemplatePack } from "../../src/tables/types";

const EXAMPLES: Array<[string, TemplatePack]> = [
  ["guangzhou-2024", GUANGZHOU_PACK],
  ["shanghai-2025", SHANGHAI_PACK],
];

function example(name: string, unit?: DisplayUnit): BudgetModel {
  const file = path.join(__dirname, "../../examples", `${name}.json`);
  const r = loadModelText(fs.readFileSync(file, "utf8"), file);
  if (!r.ok) throw new Error(`${name} does not load`);
  return unit ? { ...r.model, displayUnit: unit } : r.model;
}

async function written(model: BudgetModel, pack: TemplatePack): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await gridsToXlsxBuffer(generateGrids(model, pack))) as unknown as ExcelJS.Buffer);
  return book;
}

/** A4 is 11.69 × 8.27 inches; 72 points an inch. */
const A4_LANDSCAPE_WIDTH = 11.69 * 72;

/**
 * The scale Excel prints a sheet at when it fits it one page wide: a column `w` characters wide
 * is trunc(7w + 0.5) pixels in the default font (Calibri 11, a 7-pixel digit), 0.75 point each;
 * the sum against the page's width less its margins, in whole percent, never above 100.
 */
function fitToWidthScale(sheet: ExcelJS.Worksheet): number {
  let points = 0;
  for (let c = 1; c <= sheet.columnCount; c++) points += Math.trunc(7 * (sheet.getColumn(c).width ?? 8.43) + 0.5) * 0.75;
  const margins = sheet.pageSetup.margins!;
  const printable = A4_LANDSCAPE_WIDTH - (margins.left + margins.right) * 72;
  return Math.min(100, Math.floor((printable / points) * 100));
}

/** The text Excel shows for a figure under #,##0.00 (or #,##0). */
function shown(value: number, numFmt: string): string {
  const decimals = /\.(0+)/.exec(numFmt)?.[1].length ?? 0;
  return value.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: numFmt.includes(",") });
}

describe.each(EXAMPLES)("the printed tables of %s", (name, pack) => {
  test.each<DisplayUnit>(["万元", "元"])("in %s every figure fits its column, a bold total with 10%% to spare", async (unit) => {
    const book = await written(example(name, unit), pack);
    const tooNarrow: string[] = [];
    for (const sheet of book.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value !== "number") return;
          const text = shown(cell.value, cell.numFmt);
          const needed = text.length * (cell.font?.bold ? 1.1 : 1) + 1;
          if ((sheet.getColumn(cell.col).width ?? 0) < needed) tooNarrow.push(`${sheet.name}!${cell.address} ${text}`);
        }),
      );
    }
    expect(tooNarrow).toEqual([]);
  });

  test("every table prints A4 landscape, one page wide, at 75% or more", async () => {
    const book = await written(example(name), pack);
    const scales = book.worksheets.map((s) => [s.name, fitToWidthScale(s)] as const);
    for (const s of book.worksheets) expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(scales.filter(([, scale]) => scale < 75)).toEqual([]);
  });
});

describe("the 注 follows the unit", () => {
  const noteOf = (book: ExcelJS.Workbook, table: string) => {
    let note = "";
    book.getWorksheet(table)!.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && c.value.startsWith("注：") && (note = c.value))));
    return note;
  };

  test("in 万元 it keeps the line about rounding to 万元", async () => {
    const note = noteOf(await written(example("guangzhou-2024"), GUANGZHOU_PACK), "表1");
    expect(note).toContain("本套报表金额转化为万元时，四舍五入可能存在误差。");
  });

  test("in 元, where nothing is rounded, that line is left out and the rest kept", async () => {
    const book = await written(example("guangzhou-2024", "元"), GUANGZHOU_PACK);
    expect(noteOf(book, "表1")).toBe("注：财政拨款收支情况包括一般公共预算、政府性基金预算、国有资本经营预算拨款收支情况。");
    expect(book.getWorksheet("表1")!.getCell("D3").value).toBe("单位：元");
  });
});

test("the bundled example's 表12 prints 绩效目标 as a published table would: no word about the model (examples/README.md explains)", async () => {
  const sheet = (await written(example("guangzhou-2024"), GUANGZHOU_PACK)).getWorksheet("表12")!;
  const goals = sheet.getColumn(sheet.columnCount).values.filter((v): v is string => typeof v === "string");
  expect(goals).toContain("绩效目标");
  expect(goals).toContain("保障局本级其他委托业务正常开展。");
  expect(goals.filter((t) => /示例模型|调节项|公开文本/.test(t))).toEqual([]);
});
