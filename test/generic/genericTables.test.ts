/**
 * The generic checks on layouts built cell by cell: split 类 | 款 | 项 codes printed only where
 * they change, sums among columns read off the header by role, and what is not understood
 * left unchecked rather than guessed.
 */
import { planColumns } from "../../src/generic/columns";
import type { CellValue, SheetCells } from "../../src/reading/sheetCells";
import { validateSheets } from "../../src/validation/validate";

/** A 一般公共预算支出表 with codes in three columns, 类 and 款 printed only on their own rows. */
function splitCodeTable(rows: CellValue[][]): SheetCells {
  return {
    name: "预算表5",
    rows: [
      ["2026年部门一般公共预算支出表"],
      ["编制单位：某某局", null, null, null, null, null, null, "单位：元"],
      ["科目编码", null, null, "科目名称", "合计", "基本支出", null, "项目支出"],
      ["类", "款", "项", null, null, "人员经费", "公用经费", null],
      ...rows,
    ],
    merges: [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 4, bottom: 3, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 6 },
      { top: 2, left: 7, bottom: 3, right: 7 },
    ],
  };
}

const BODY: CellValue[][] = [
  [null, null, null, "合计", 300, 200, 50, 50],
  ["201", null, null, "一般公共服务支出", 300, 200, 50, 50],
  [null, "03", null, "政府办公厅（室）及相关机构事务", 300, 200, 50, 50],
  [null, null, "01", "行政运行", 250, 200, 50, 0],
  [null, null, "02", "一般行政管理事务", 50, 0, 0, 50],
];

test("codes printed only on parent rows are read under their parents, and every sum is checked", () => {
  const r = validateSheets([splitCodeTable(BODY)]);
  expect(r.summary.pack.id).toBe("generic");
  expect(r.findings.filter((f) => f.severity !== "info" && f.rule !== "layout.unrecognised")).toEqual([]);
  const [table] = r.summary.tables;
  expect([table.kind, table.notChecked]).toEqual(["一般公共预算支出表", []]);
  // Hierarchy: 合计, 201, 20103 over 3 (+1: 基本支出 has no column of its own) figure columns; columns: 合计 = 人员 + 公用 + 项目 on 5 rows.
  expect(table.identitiesChecked).toBe(3 * 4 + 5);
  expect(r.views.get("一般公共预算支出表")!.rows.map((row) => row.code ?? row.key)).toEqual(["合计", "201", "20103", "2010301", "2010302"]);
});

test("a changed figure is an error at its cell; its parent's sum too", () => {
  const body = BODY.map((row) => [...row]);
  body[3][4] = 260;
  const errors = validateSheets([splitCodeTable(body)]).findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.rule} ${f.cell}`).sort()).toEqual(["一般公共预算支出表.columns E8", "一般公共预算支出表.hierarchy E7"]);
});

test("header roles: totals add up what stands beside them, parts add into their whole, 会议费 and 培训费 only into a 合计 over all", () => {
  const plan = planColumns([
    ["“三公”经费合计"],
    ["因公出国（境）费"],
    ["公务用车购置及运行维护费", "小计"],
    ["公务用车购置及运行维护费", "公务用车购置费"],
    ["公务用车购置及运行维护费", "公务用车运行维护费"],
    ["公务接待费"],
    ["会议费"],
    ["培训费"],
  ].map((p) => p.map((l) => l.replace(/[“”]/g, "").replace(/（/g, "(").replace(/）/g, ")"))));
  expect(Object.fromEntries(plan.sums)).toEqual({
    三公经费合计: ["因公出国(境)费", "公务用车购置及运行维护费/小计", "公务接待费"],
    "公务用车购置及运行维护费/小计": ["公务用车购置及运行维护费/公务用车购置费", "公务用车购置及运行维护费/公务用车运行维护费"],
  });
  const overAll = planColumns([["合计"], ["三公经费", "小计"], ["三公经费", "公务接待费"], ["会议费"], ["培训费"]]);
  expect(overAll.sums.get("合计")).toEqual(["三公经费/小计", "会议费", "培训费"]);
  const sideBySide = planColumns([["合计"], ["基本支出"], ["人员经费"], ["公用经费"], ["项目支出"]]);
  expect(Object.fromEntries(sideBySide.sums)).toEqual({ 合计: ["基本支出", "项目支出"], 基本支出: ["人员经费", "公用经费"] });
});

test("two 小计 beside a 合计, their headings' spans not printed, are not summed: which columns each adds up is not known", () => {
  const plan = planColumns([["部门名称"], ["合计"], ["小计"], ["一般公共预算"], ["事业收入"], ["小计"], ["单位资金"]]);
  expect(plan.sums.size).toBe(0);
});

test("a total beside a column no layout was seen to print is not summed: listed as not understood", () => {
  const plan = planColumns([["科目编码"], ["科目名称"], ["合计"], ["基本支出"], ["某某新列"]]);
  expect([plan.sums.size, plan.unknown]).toEqual([0, ["某某新列"]]);
});

test("a table recognised by its title whose header is not understood is one warning at its title, and not checked", () => {
  const sheet: SheetCells = { name: "表3", rows: [["部门支出总表"], ["单位：万元"], ["甲", "乙", "丙"], ["201", "一般公共服务支出", 100]], merges: [] };
  const r = validateSheets([sheet]);
  const read = r.findings.filter((f) => f.rule === "read.header");
  expect(read.map((f) => [f.severity, f.cell])).toEqual([["warning", "A1"]]);
  expect(r.summary.tables.map((t) => [t.kind, t.identitiesChecked, t.notChecked.length])).toEqual([["支出总表", 0, 1]]);
  expect(r.summary.errors).toBe(0);
});

test("two periods printing the same columns (2025年预算数 | 2026年预算数, both 预算数 once the year is left out) are two groups, each summed alone", () => {
  const period = [["合计"], ["因公出国(境)费"], ["公务用车购置及运行费", "小计"], ["公务用车购置及运行费", "公务用车购置费"], ["公务用车购置及运行费", "公务用车运行费"], ["公务接待费"]];
  const plan = planColumns([...period, ...period].map((p) => ["预算数", ...p]));
  expect(plan.sums.get("预算数/合计")).toEqual(["预算数/因公出国(境)费", "预算数/公务用车购置及运行费/小计", "预算数/公务接待费"]);
  expect(plan.sums.get("预算数/合计'")).toEqual(["预算数/因公出国(境)费'", "预算数/公务用车购置及运行费/小计'", "预算数/公务接待费'"]);
});

/** 重庆's 一般公共预算基本支出情况表: a 2025年预算数 column after the codes, 款 subdivided into 7-digit codes. */
function basicSpending(subdivided: CellValue[][]): SheetCells {
  return {
    name: "一般公共预算基本支出情况表",
    rows: [
      ["2026年一般公共预算基本支出情况表"],
      ["单位名称：某某厅", null, null, null, null, "单位：万元"],
      [null, "经济分类科目", null, "基本支出", null, null],
      ["科目编码", "科目名称", "2025年预算数", "总计", "人员经费", "公用经费"],
      [null, "合计", 900, 959.49, 959.49, null],
      ["301", "工资福利支出", 900, 959.49, 959.49, null],
      ["30102", "津贴补贴", 900, 959.49, 959.49, null],
      ...subdivided,
    ],
    merges: [
      { top: 2, left: 1, bottom: 2, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ],
  };
}

test("an economic 款 subdivided into 7-digit codes (3010201 under 30102) is read under it: its sum checked, the codes only not in the catalogue", () => {
  const rows = (a: number) => [
    ["3010201", "规范性津补贴", 850, a, a, null],
    ["3010202", "其他津补贴", 50, 55.01, 55.01, null],
  ];
  const ok = validateSheets([basicSpending(rows(904.48))]);
  expect(ok.findings.filter((f) => f.severity !== "info" && f.rule !== "layout.unrecognised")).toEqual([]);
  expect(ok.findings.filter((f) => f.rule === "code.unknown").map((f) => f.severity)).toEqual(["info", "info"]);
  const changed = validateSheets([basicSpending(rows(914.48))]).findings.filter((f) => f.severity === "error");
  expect(changed.map((f) => `${f.rule} ${f.row}`)).toContain("一般公共预算基本支出表.hierarchy e:30102");
});

test("a header row starting with a year's label (2025年预算数) is no body row: the header below it is read", () => {
  const sheet: SheetCells = {
    name: "一般公共预算支出情况表",
    rows: [
      ["2026年一般公共预算支出情况表"],
      ["单位名称：某某厅", null, null, null, null, "单位：万元"],
      ["功能分类科目", null, null, "2026年预算数", null, null],
      [null, null, "2025年预算数", null, null, null],
      ["科目编码", "科目名称", null, "总计", "基本支出", "项目支出"],
      [null, "合计", 90, 100, 60, 40],
      ["201", "一般公共服务支出", 90, 100, 60, 40],
    ],
    merges: [
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 2, left: 3, bottom: 2, right: 5 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ],
  };
  const r = validateSheets([sheet]);
  expect(r.findings.filter((f) => f.severity !== "info" && f.rule !== "layout.unrecognised")).toEqual([]);
  expect(r.summary.tables.map((t) => [t.kind, t.notChecked])).toEqual([["一般公共预算支出表", []]]);
});

test("a table of a kind checked nowhere (绩效目标) whose header is not understood is listed as not checked, with no warning", () => {
  const sheet: SheetCells = { name: "表十", rows: [["2026年部门整体绩效目标表"], ["单位名称：某某厅"], ["市政府网络可用率", "≥", 99.5]], merges: [] };
  const r = validateSheets([sheet]);
  expect(r.findings.filter((f) => f.rule === "read.header")).toEqual([]);
  expect(r.summary.tables.map((t) => [t.kind, t.notChecked.length])).toEqual([["项目支出表", 1]]);
});
