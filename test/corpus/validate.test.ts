/**
 * The validator on real documents others made (test/corpus): each workbook validated without
 * --pack must be recognised as its layout, every real defect must be found at its row, and no
 * error-level finding may be false. A mutation test then adds 1,000 to each printed figure in
 * turn and requires an error at that figure or at a total that contains it.
 */
import { readXlsxData } from "../../src/hosts/xlsx/readWorkbook";
import type { SheetCells } from "../../src/reading/sheetCells";
import { cellAddress } from "../../src/generation/grid";
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { Finding, qualified } from "../../src/validation/findings";
import { validateSheets } from "../../src/validation/validate";
import { corpusWorkbooks, Truth } from "./buildWorkbook";
import { RULES_OF_KIND } from "./printed";

const PACK_OF_KIND: Record<Truth["layout"]["kind"], string> = {
  区级部门: "shanghai-district-department-9",
  区级单位: "shanghai-district-unit-9",
  市级单位: "shanghai-unit-9",
};


/** A workbook's bytes read as the validator sees them. */
const readBuffer = (buffer: Buffer, name: string) => readXlsxData(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer, name);
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0]);
const at = (f: Finding, sheet: string | undefined, row: number | undefined) => f.sheet === sheet && rowOf(f.cell) === row;

const corpus = corpusWorkbooks();
/** Figures changed per document (of 150–650): every one was checked once by hand-run exhaustive loops; the sample keeps the suite quick. */
const MUTATIONS = 120;

describe.each(corpus.map((c) => [c.name, c] as const))("%s", (_name, doc) => {
  let sheets: SheetCells[];
  let findings: Finding[];
  let result: ReturnType<typeof validateSheets>;
  beforeAll(async () => {
    const buffer = await doc.buffer;
    sheets = await readBuffer(buffer, doc.name);
    result = validateSheets(sheets);
    findings = result.findings;
  });

  test("its layout is detected without --pack, and every table is found", () => {
    expect(result.summary.pack).toMatchObject({ id: PACK_OF_KIND[doc.truth.layout.kind], detected: true });
    expect(result.summary.tablesFound).toBe(result.summary.tablesExpected);
  });

  test("every real defect is reported at its row", () => {
    const missed = doc.truth.defects.filter((d) => {
      const rules = d.kind === "arithmetic" ? [d.rule!] : RULES_OF_KIND[d.kind];
      return !findings.some((f) => rules.includes(f.rule) && at(f, d.sheet, d.excelRow));
    });
    expect(missed).toEqual([]);
  });

  test("no error-level finding is false: each is a defect of the truth", () => {
    const errorDefects = doc.truth.defects.filter((d) => d.severity === "error");
    const falseErrors = findings.filter((f) => f.severity === "error" && !errorDefects.some((d) => at(f, d.sheet, d.excelRow)));
    expect(falseErrors.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${f.message.zh}`)).toEqual([]);
  });

  test("a defect makes only the sums it may belong to not checkable: its parent's, never a cross-table identity it cannot be part of", () => {
    const unchecked = findings.filter((f) => f.rule === "identity.notCheckable");
    const hasUnplaced = doc.truth.defects.some((d) => d.kind === "code.malformed");
    expect(unchecked.length > 0).toBe(hasUnplaced);
    expect(unchecked.filter((f) => !/\.hierarchy$/.test(f.identityRule!)).map((f) => f.message.zh)).toEqual([]);
  });

  test("rounding tails are info, and rules the layout cannot apply stay silent", () => {
    for (const tail of doc.truth.roundingTails) {
      expect(findings.filter((f) => f.rule === tail.rule).map((f) => f.severity)).toEqual(["info"]);
    }
    const silent = new Set(doc.truth.notApplicable.map((n) => n.rule));
    expect(findings.filter((f) => silent.has(f.rule) && f.severity !== "info").map((f) => f.message.zh)).toEqual([]);
  });

  test("adding 1,000 to any one printed figure raises an error at that figure or at a total containing it", () => {
    const figures = sheets.flatMap((sheet, s) => sheet.rows.flatMap((row, r) => (row ?? []).flatMap((v, c) => (typeof v === "number" && r >= 3 ? [{ s, r, c, v }] : []))));
    fc.assert(
      fc.property(fc.constantFrom(...figures), ({ s, r, c, v }) => {
        const sheet = sheets[s].name;
        const address = cellAddress(r, c);
        const changed = sheets.map((x, i) => (i === s ? mutate(x, r, c, v + 1000) : x));
        const errors = validateSheets(changed).findings.filter((f) => f.severity === "error");
        const names = (f: Finding) => (f.sheet === sheet && (f.cell === address || f.related.includes(address))) || f.related.includes(qualified(sheet, address));
        expect([`${sheet}!${address}`, errors.some(names)]).toEqual([`${sheet}!${address}`, true]);
      }),
      { numRuns: MUTATIONS },
    );
  });
});

function mutate(sheet: SheetCells, r: number, c: number, value: number): SheetCells {
  const rows = [...sheet.rows];
  rows[r] = [...(rows[r] ?? [])];
  rows[r]![c] = value;
  return { ...sheet, rows };
}

/** The district's own blank templates (placeholder rows "…", "二、…", bare "三、"): recognised, and nothing to report. */
test.each([
  ["putuo-2026-department-template.xlsx", "shanghai-district-department-9"],
  ["putuo-2026-unit-template.xlsx", "shanghai-district-unit-9"],
])("the blank template %s is recognised as its layout and gives no finding", async (file, pack) => {
  const buffer = fs.readFileSync(path.join(__dirname, "templates", file));
  const result = validateSheets(await readBuffer(buffer, file));
  expect([result.summary.pack.id, result.summary.tablesFound, result.findings]).toEqual([pack, 9, []]);
});
