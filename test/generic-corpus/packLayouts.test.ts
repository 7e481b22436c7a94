/**
 * The generic checks on layouts a pack describes (the Shanghai corpus of test/corpus), forced
 * with `generic: true`: without the pack's definitions they must still raise no error the
 * documents do not print — each error is one of the corpus truth's defects, at its row.
 */
import { readXlsxData } from "../../src/hosts/xlsx/readWorkbook";
import { validateSheets } from "../../src/validation/validate";
import { corpusWorkbooks } from "../corpus/buildWorkbook";
import { generateGrids } from "../../src/generation/generate";
import { BUILT_IN_PACKS } from "../../src/packs/builtIn";
import type { SheetCells } from "../../src/reading/sheetCells";
import { smallModel } from "../fixtures/validation/smallModel";

const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);

describe.each(corpusWorkbooks().map((c) => [c.name, c] as const))("%s", (_name, doc) => {
  test("every error of the generic checks is a real defect at its row", async () => {
    const buffer = await doc.buffer;
    const sheets = await readXlsxData(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, doc.name);
    const result = validateSheets(sheets, { generic: true });
    expect(result.summary.pack.id).toBe("generic");
    expect(result.summary.tables.length).toBeGreaterThanOrEqual(8);
    expect(result.summary.identitiesChecked).toBeGreaterThan(100);
    const real = doc.truth.defects.filter((d) => d.severity === "error");
    const errors = result.findings.filter((f) => f.severity === "error");
    for (const f of errors) expect(real.some((d) => d.sheet === f.sheet && d.excelRow === rowOf(f.cell))).toBe(true);
    expect(errors.length > 0).toBe(real.length > 0);
  });
});

test("tables generated from a model in every built-in layout raise no error under the generic checks", () => {
  for (const pack of Object.values(BUILT_IN_PACKS)) {
    const sheets: SheetCells[] = generateGrids(smallModel(), pack).map((g) => ({ name: g.sheetName, rows: g.cells.map((row) => row.map((c) => c?.value ?? null)), merges: g.merges }));
    const result = validateSheets(sheets, { generic: true });
    expect([pack.id, result.findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.sheet}!${f.cell}`)]).toEqual([pack.id, []]);
    expect(result.summary.tables.length).toBeGreaterThanOrEqual(8);
  }
});
