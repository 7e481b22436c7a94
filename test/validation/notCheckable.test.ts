/**
 * No cascades: a row the reader cannot place, a malformed code or a repeated row is one finding
 * at that row; every sum it may belong to is "not checkable" (info, with the reason), never an
 * arithmetic error — on the Shanghai document's own figures, which agree.
 */
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { validateSheets } from "../../src/validation/validate";
import { shanghaiDocumentSheets } from "../fixtures/shanghaiWorkbook";

/** The document with one sheet's rows changed. */
function edited(sheetName: string, edit: (rows: CellValue[][]) => CellValue[][]): SheetCells[] {
  return shanghaiDocumentSheets().map((s) => (s.name === sheetName ? { ...s, rows: edit(s.rows.map((r) => [...(r ?? [])])) } : s));
}

const rowWithCode = (rows: CellValue[][], ...segments: string[]) => rows.findIndex((r) => segments.every((seg, i) => r[i] === seg));
const notCheckable = (r: ReturnType<typeof validateSheets>) => r.findings.filter((f) => f.rule === "identity.notCheckable");

test("the document as printed: nothing not checkable, no error", () => {
  const r = validateSheets(shanghaiDocumentSheets());
  expect([r.summary.errors, r.summary.identitiesNotCheckable, r.summary.pack.id]).toEqual([0, 0, "shanghai-unit-9"]);
});

test("a 项 whose 类 is printed as 7: one malformed-code error at its row, its 款's sum not checkable", () => {
  const r = validateSheets(
    edited("表3", (rows) => {
      rows[rowWithCode(rows, "201", "06", "01")][0] = "7";
      return rows;
    }),
  );
  const errors = r.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => [f.rule, f.sheet])).toEqual([["code.malformed", "表3"]]);
  expect(errors[0].message.zh).toContain("7-06-01");
  expect(notCheckable(r).map((f) => [f.identityRule, f.row])).toEqual([["T3.hierarchy", "f:20106"]]);
  expect(notCheckable(r)[0].message.zh).toMatch(/无法核对：表3 A\d+ 科目编码“7-06-01”格式不对/);
  expect(r.summary.identitiesNotCheckable).toBe(3);
});

test("a 类 row of 表1 the reader cannot place: one read.row error, the sums and cross-table checks of that side not checkable", () => {
  const r = validateSheets(
    edited("表1", (rows) => {
      const at = rows.findIndex((row) => row[2] === "三、卫生健康支出");
      rows[at][2] = "三、卫生健康及计划生育类别支出";
      return rows;
    }),
  );
  expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["read.row"]);
  expect(notCheckable(r).map((f) => f.identityRule)).toEqual(expect.arrayContaining(["T1.totals", "X.T1-T3.class"]));
  expect(r.findings.filter((f) => f.severity === "warning")).toEqual([]);
});

test("a repeated row is added once: one row.duplicate, no hierarchy error", () => {
  const r = validateSheets(
    edited("表3", (rows) => {
      const at = rowWithCode(rows, "201", "06", "01");
      rows.splice(at + 1, 0, [...rows[at]]);
      return rows;
    }),
  );
  expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["row.duplicate"]);
  expect(notCheckable(r)).toEqual([]);
});

test("a repeated row with other figures: its parent's sum is not checkable rather than guessed", () => {
  const r = validateSheets(
    edited("表3", (rows) => {
      const at = rowWithCode(rows, "201", "06", "01");
      const copy = rows[at].map((v) => (typeof v === "number" ? v + 100 : v));
      rows.splice(at + 1, 0, copy);
      return rows;
    }),
  );
  const errors = r.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => f.rule).sort()).toEqual(["row.duplicate"]);
  expect(notCheckable(r).map((f) => [f.identityRule, f.row])).toEqual([["T3.hierarchy", "f:20106"]]);
});

test("an unreadable amount makes the sums it belongs to not checkable", () => {
  const r = validateSheets(
    edited("表3", (rows) => {
      const at = rowWithCode(rows, "201", "06", "01");
      rows[at][rows[at].length - 1] = "四万三";
      return rows;
    }),
  );
  expect(r.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["amount.invalid"]);
  expect(notCheckable(r).length).toBeGreaterThan(0);
});
