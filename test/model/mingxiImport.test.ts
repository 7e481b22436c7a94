import { codeName } from "../../src/catalog/codeNames";
import { generateGrids } from "../../src/generation/generate";
import { loadModel } from "../../src/model/load";
import { MingxiRead, modelToMingxi, readMingxi, SheetValue } from "../../src/model/mingxi";
import { modelToJson } from "../../src/model/toJson";
import { BudgetModel, formatProblem } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { smallModelJson } from "../fixtures/smallModel";

function smallModel(): BudgetModel {
  const r = loadModel(smallModelJson());
  if (!r.ok) throw new Error("fixture does not load");
  return r.model;
}

function usable(read: MingxiRead): Extract<MingxiRead, { ok: true }> {
  if (!read.ok) throw new Error(read.problems.map((p) => formatProblem(p, "en")).join("\n"));
  return read;
}

const figures = (model: BudgetModel) => generateGrids(model, GUANGZHOU_PACK).map((g) => g.cells.map((row) => row.map((c) => c?.value ?? null)));

describe("明细 ⇄ tables with good and bad rows", () => {
  test("bad rows are listed at their cells and left out; the good rows give the JSON model's tables", () => {
    const rows = modelToMingxi(smallModel());
    const header = rows.findIndex((r) => r[0] === "收支");
    const bad: SheetValue[][] = [
      ["支出", "jbj", "测试局本级", "2010301", "行政运行", "3010", "", "基本支出", "一般公共预算", null, null, 100], // economic code too short
      ["支出", "jbj", "测试局本级", "2010301", "行政运行", "30101", "", "基本支出", "一般公共预算", null, null, "五十万"], // not an amount
      ["支付", "jbj", "测试局本级", "2010301", "行政运行", "30101", "", "基本支出", "一般公共预算", null, null, 5], // neither 收入 nor 支出
      ["支出", "jbj", "测试局本级", "2010301", "行政运行", "50101", "", "基本支出", "一般公共预算", null, null, 5], // 政府经济分类
    ];
    const sheet = [...rows.slice(0, header + 3), ...bad, ...rows.slice(header + 3)];
    const read = usable(readMingxi(sheet));
    const at = (i: number) => header + 4 + i;
    expect(read.badRows.map((p) => formatProblem(p, "en"))).toEqual(
      expect.arrayContaining([
        `明细!F${at(0)}: "3010" is not a 5-digit economic code (经济分类 款)`,
        `明细!L${at(1)}: "五十万" is not a decimal amount`,
        `明细!A${at(2)}: expected 收入 or 支出, found “支付”`,
        `明细!F${at(3)}: "50101" is a 政府预算支出经济分类 code; the tables need the 部门预算支出经济分类 款 (5 digits starting with 3)`,
      ]),
    );
    expect(read.badRows).toHaveLength(4);
    expect(modelToJson(read.model)).toEqual(modelToJson(smallModel()));
    expect(figures(read.model)).toEqual(figures(smallModel()));
  });

  test("a problem in the settings leaves nothing usable", () => {
    const rows = modelToMingxi(smallModel()).map((r) => (r[0] === "单位" && r[1] === "zx" ? [...r.slice(0, 3), "国企"] : r));
    const read = readMingxi(rows);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => formatProblem(p, "en"))).toContain(`明细!D5: "国企" is not one of 行政 / 参公 / 事业`);
  });
});

describe("明细 sheets shaped like other systems' exports", () => {
  const settings: SheetValue[][] = [
    ["部门", "测试局"],
    ["预算年度", 2024],
    ["单位", "jbj", "测试局本级", "行政"],
    ["单位", "zx", "测试中心", "事业"],
    ["科目", "功能", "20103", "政府办公厅（室）及相关机构事务"],
    ["科目", "功能", "21201", "城乡社区管理事务"],
    [],
  ];

  const exported: SheetValue[][] = [
    ["本年预算数", "预算单位", "项目名称", "支出功能分类科目", "部门预算支出经济分类科目", "资金来源", "预算类型"],
    [1000000.5, "测试局本级", null, "2010301 行政运行", "[30101]基本工资", "一般公共预算", "基本支出"],
    [500000, "测试局本级", "=SUM(A1)信息化项目", "【2010301】行政运行", 30217, "一般公共预算", "项目支出"],
    ["300,000.00", "测试中心", null, "2010350事业运行", "30201 办公费", "一般公共预算", "基本支出"],
    [500000, "测试中心", "@运维项目", 2010350, "31007", "一般公共预算", "项目支出"],
    [200000, "测试中心", "@运维项目", "2120101 行政运行", "30227", "政府性基金预算", "项目支出"],
  ];
  /** The export with a 收支 column last and the revenues that balance it. */
  const withRevenues: SheetValue[][] = [
    [...exported[0], "收支类型"],
    ...exported.slice(1).map((row) => [...row, "支出"]),
    [1500000.5, "测试局本级", null, "2010301", null, "一般公共预算", null, "收入"],
    [800000, "测试中心", null, "2010350", null, "一般公共预算", null, "收入"],
    [200000, "测试中心", null, "2120101", null, "政府性基金预算", null, "收入"],
  ];

  test("aliased headers, reordered columns, codes with their names, numbers as codes", () => {
    const read = usable(readMingxi([...settings, ...withRevenues]));
    expect(read.badRows).toEqual([]);
    const shape = (m: BudgetModel) => {
      const project = new Map(m.projects.map((p) => [p.id, p.name]));
      return m.expenditures.map((e) => ({ ...e, project: e.project ? project.get(e.project) : undefined }));
    };
    expect(shape(read.model)).toEqual(shape(smallModel()));
    expect(codeName("function", "2010301", read.model.codeNames)).toBe("行政运行");
    expect(read.model.projects.map((p) => [p.unit, p.name])).toEqual([["jbj", "=SUM(A1)信息化项目"], ["zx", "@运维项目"]]);
  });

  test("without a 收支 column every row is an expenditure, and spending no revenue covers is refused with its figures", () => {
    const read = readMingxi([...settings, ...exported]);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => formatProblem(p, "zh"))).toEqual([
        "明细: 收入合计 0.00 元，支出合计 2,500,000.50 元，相差 2,500,000.50 元：表1 收入总计 = 支出总计 要求收支平衡",
        "明细: 一般公共预算 收入 0.00 元，支出 2,300,000.50 元，相差 2,300,000.50 元：表4 每项财政拨款的收入须等于其支出",
        "明细: 政府性基金预算 收入 0.00 元，支出 200,000.00 元，相差 200,000.00 元：表4 每项财政拨款的收入须等于其支出",
      ]);
    }
  });

  test("a 政府经济分类 column is refused by name, and so are amounts in 万元", () => {
    const sheet: SheetValue[][] = [...settings, ["单位名称", "功能分类科目编码", "政府预算支出经济分类科目编码", "支出类型", "资金性质", "金额（万元）"], ["测试局本级", "2010301", "50101", "基本支出", "一般公共预算", 1]];
    const read = readMingxi(sheet);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      const problems = read.problems.map((p) => formatProblem(p, "en"));
      expect(problems).toContain("明细!C8: the column “政府预算支出经济分类科目编码” holds 政府预算支出经济分类 codes (5xxxx), which 表6/表7/表11 cannot use; export the 部门预算支出经济分类 column (3xxxx) instead");
      expect(problems).toContain("明细!F8: the column “金额（万元）” holds amounts in 万元; the 明细 sheet takes amounts in 元 (export in 元, or multiply by 10000)");
    }
  });
});
