/**
 * `validate --mark`: a copy of the checked workbook with the findings marked in their cells —
 * quiet by default (errors and warnings; rounding tails and catalogue notes only with
 * --mark-info) — and the checked workbook left as it was.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEVERITY_FILLS } from "../../src/report/marks";
import { run } from "./run";

describe("validate --mark", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-mark-"));
    expect((await run("demo", "-o", file("book.xlsx"))).code).toBe(0);
    // One figure changed by hand: 表3's 合计·合计 no longer equals its 类 rows.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("book.xlsx"));
    const total = wb.getWorksheet("表3")!.getCell("C6");
    total.value = Number(total.value) + 1000;
    await wb.xlsx.writeFile(file("wrong.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** The cells of a workbook that carry a severity fill, with their note's first finding. */
  async function markedCells(name: string): Promise<Array<[string, string, string]>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file(name));
    const fills = new Map(Object.entries(SEVERITY_FILLS).map(([severity, hex]) => [`FF${hex.slice(1)}`, severity]));
    const out: Array<[string, string, string]> = [];
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          const severity = fill?.fgColor?.argb ? fills.get(fill.fgColor.argb) : undefined;
          if (severity) out.push([`${sheet.name}!${cell.address}`, severity, String(cell.note ? (typeof cell.note === "string" ? cell.note : cell.note.texts?.map((t) => t.text).join("")) : "").split("\n")[1] ?? ""]);
        }),
      ),
    );
    return out;
  }

  test("the bundled example, correct as it is, gets no mark by default; with --mark-info its rounding tails are marked", async () => {
    expect((await run("validate", file("book.xlsx"), "--mark", file("quiet.xlsx"))).code).toBe(0);
    expect(await markedCells("quiet.xlsx")).toEqual([]);
    expect((await run("validate", file("book.xlsx"), "--mark", file("all.xlsx"), "--mark-info")).code).toBe(0);
    const all = await markedCells("all.xlsx");
    expect(all.length).toBeGreaterThan(0);
    expect(all.every(([, severity, note]) => severity === "info" && /尾差|^\[/.test(note))).toBe(true);
  });

  test("an error is marked red at its cell with its message, and the checked workbook is left as it was", async () => {
    const before = fs.readFileSync(file("wrong.xlsx"));
    const r = await run("validate", file("wrong.xlsx"), "--mark", file("marked.xlsx"));
    expect(r.code).toBe(1);
    const marked = await markedCells("marked.xlsx");
    expect(marked.some(([at, severity, note]) => at === "表3!C6" && severity === "error" && note.startsWith("[T3.hierarchy]"))).toBe(true);
    expect(fs.readFileSync(file("wrong.xlsx")).equals(before)).toBe(true);
  });

  test("the marked copy never replaces the workbook checked, nor an existing file without --force", async () => {
    expect((await run("validate", file("book.xlsx"), "--mark", file("book.xlsx"), "--force")).code).toBe(2);
    expect((await run("validate", file("book.xlsx"), "--mark", file("quiet.xlsx"))).code).toBe(2);
    expect((await run("validate", file("book.xlsx"), "--mark", file("marked.csv"))).code).toBe(2);
    expect((await run("validate", file("book.xlsx"), "--mark-info")).code).toBe(2);
  });
});
