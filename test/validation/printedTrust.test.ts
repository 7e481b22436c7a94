/**
 * A table read from a PDF: what the reader could not read is a warning, and a total column
 * failing on most rows is one warning that its header was misread (its sums not checkable).
 * The same cells in a workbook keep every error.
 */
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { validateSheets } from "../../src/validation/validate";

/** A 一般公共预算支出表 (合计 = 人员经费 + 公用经费 + 项目支出), as printed on page 5 when `printed`. */
function expenditureTable(body: CellValue[][], printed: boolean): SheetCells {
  const rows: CellValue[][] = [
    ["2026年部门一般公共预算支出表"],
    ["编制单位：某某局", null, null, null, null, "单位：万元"],
    ["科目编码", "科目名称", "合计", "基本支出", null, "项目支出"],
    [null, null, null, "人员经费", "公用经费", null],
    ...body,
  ];
  return {
    name: "预算表5",
    rows,
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 3, right: 5 },
    ],
    ...(printed ? { origin: { file: "某某局.pdf", pages: rows.map(() => 5), columns: ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "项目支出"], header: { first: 2, last: 3 } } } : {}),
  };
}

/** Every 合计 is twice its parts: the reader took a group label for a column of its own. */
const DOUBLED: CellValue[][] = [
  [null, "合计", 600, 200, 50, 50],
  ["201", "一般公共服务支出", 600, 200, 50, 50],
  ["20103", "政府办公厅（室）及相关机构事务", 600, 200, 50, 50],
  ["2010301", "行政运行", 500, 200, 50, 0],
  ["2010302", "一般行政管理事务", 100, 0, 0, 50],
];

const errorsOf = (sheet: SheetCells) => validateSheets([sheet]).findings.filter((f) => f.severity === "error");

test("a PDF's total column failing on every row is one warning naming the column, with an example, and not checkable", () => {
  const r = validateSheets([expenditureTable(DOUBLED, true)]);
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  const [misread] = r.findings.filter((f) => f.rule === "read.columnSums");
  expect(misread).toMatchObject({ severity: "warning", cell: "C5", related: ["C6", "C7", "C8", "C9"], expected: 300, actual: 600 });
  expect(misread.message.zh).toContain("“合计”列有 5 行与同行各列之和不符");
  expect(misread.message.zh).toContain("表头多半未读对");
  const [table] = r.summary.tables;
  expect(table.identitiesNotCheckable).toBeGreaterThanOrEqual(5);
});

test("the same cells in a workbook are errors on every row", () => {
  expect(errorsOf(expenditureTable(DOUBLED, false)).filter((f) => f.rule.endsWith(".columns")).map((f) => f.cell)).toEqual(["C5", "C6", "C7", "C8", "C9"]);
});

test("a PDF's total failing on one row of five is an error: a real inconsistency, not a misread header", () => {
  const body: CellValue[][] = [
    [null, "合计", 300, 200, 50, 50],
    ["201", "一般公共服务支出", 300, 200, 50, 50],
    ["20103", "政府办公厅（室）及相关机构事务", 300, 200, 50, 50],
    ["2010301", "行政运行", 260, 200, 50, 0],
    ["2010302", "一般行政管理事务", 50, 0, 0, 50],
  ];
  const errors = errorsOf(expenditureTable(body, true));
  expect(errors.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["一般公共预算支出表.columns C8", "一般公共预算支出表.hierarchy C7"]);
});

test("text where a PDF's figure belongs is a warning at its place, an error in a workbook", () => {
  const body = DOUBLED.map((row) => [...row]);
  body.splice(0, 5, [null, "合计", 300, 200, 50, 50], ["201", "一般公共服务支出", 300, "基本支出", 50, 50]);
  const severity = (printed: boolean) => validateSheets([expenditureTable(body, printed)]).findings.find((f) => f.rule === "amount.invalid")?.severity;
  expect([severity(true), severity(false)]).toEqual(["warning", "error"]);
});
