/**
 * What a model must satisfy for its tables to agree with their identities: refused with the
 * figures when every table would break an error-level identity, loaded with a warning that names
 * the pack and rule when one pack's tables or a warning-level identity would show it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import { modelConditions } from "../../src/model/conditions";
import { loadModel } from "../../src/model/load";
import { BudgetModel, ExpenditureItem, formatProblem, RevenueItem } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { validateSheets } from "../../src/validation/validate";
import { run } from "../cli/run";
import { smallModelJson } from "../fixtures/smallModel";
import { roundTrip } from "../fixtures/validation/workbooks";

type Item = Record<string, unknown>;

const problemsOf = (json: unknown) => {
  const r = loadModel(json);
  if (r.ok) throw new Error("expected problems");
  return r.problems.map((p) => formatProblem(p, "zh"));
};
const warningsOf = (json: unknown) => {
  const r = loadModel(json);
  if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, "zh")).join("\n"));
  return r.warnings.map((w) => `${w.pack} ${w.rules.join(",")} ${w.zh}`);
};
/** The small model with its items changed; `add` items are appended as they are. */
function changed(patch: { revenues?: Item[]; expenditures?: Item[]; codeNames?: Record<string, string> }): Record<string, unknown> {
  const json = smallModelJson();
  const names = json.codeNames as { function: Record<string, string> };
  return {
    ...json,
    revenues: patch.revenues ?? json.revenues,
    expenditures: patch.expenditures ?? json.expenditures,
    codeNames: { function: { ...names.function, ...patch.codeNames } },
  };
}
const spend = (amount: number, more: Item = {}): Item => ({ unit: "jbj", function: "2010301", economic: "30101", kind: "基本支出", fund: "一般公共预算", amount, ...more });
const revenue = (amount: number, source = "一般公共预算"): Item => ({ unit: "jbj", source, function: "2010301", amount });
test("a balanced model loads without warning, 事业 units' 公用经费 included (表9 机关运行经费 only may not exceed 表8 公用经费)", () => {
  expect(warningsOf(smallModelJson())).toEqual([]);
});

test("spending no revenue covers is refused with the figures, in total and per 财政拨款 fund", () => {
  expect(problemsOf(changed({ revenues: [revenue(0.01)], expenditures: [spend(2_000_000)] }))).toEqual([
    "$: 收入合计 0.01 元，支出合计 2,000,000.00 元，相差 1,999,999.99 元：表1 收入总计 = 支出总计 要求收支平衡",
    "$: 一般公共预算 收入 0.01 元，支出 2,000,000.00 元，相差 1,999,999.99 元：表4 每项财政拨款的收入须等于其支出",
  ]);
});

test("revenues that balance in total but not per fund are refused for the fund", () => {
  const json = changed({ revenues: [revenue(1_000_000), revenue(1_000_000, "政府性基金预算")], expenditures: [spend(2_000_000)] });
  expect(problemsOf(json)).toEqual([
    "$: 一般公共预算 收入 1,000,000.00 元，支出 2,000,000.00 元，相差 1,000,000.00 元：表4 每项财政拨款的收入须等于其支出",
    "$: 政府性基金预算 收入 1,000,000.00 元，支出 0.00 元，相差 1,000,000.00 元：表4 每项财政拨款的收入须等于其支出",
  ]);
});

test.each([
  ["结转下年", "结转下年"],
  ["对附属单位补助支出", "对附属单位补助支出"],
])("财政拨款 spent as %s is refused at the item: 表5/表9/表10 have no column for it", (kind) => {
  expect(problemsOf(changed({ revenues: [revenue(100)], expenditures: [spend(100, { kind })] }))).toEqual([
    `expenditures[0].kind: 财政拨款（一般公共预算）只能安排基本支出和项目支出，此项为${kind}：表5/表9/表10、表6/表7 无此列，与表4、表8 不符`,
  ]);
});

test("a function 类 outside 表1's 25 is refused, and 财政拨款 under 230 转移性支出, which 表4 leaves out", () => {
  const codeNames = { "23301": "地方政府一般债务发行费用支出", "2330101": "债务发行费用", "23006": "上解支出", "2300601": "体制上解支出" };
  const json = changed({
    revenues: [revenue(300), revenue(100, "其他收入")],
    expenditures: [spend(100, { function: "2330101", fund: "其他资金" }), spend(200, { function: "2300601" }), spend(100)],
    codeNames,
  });
  expect(problemsOf(json)).toEqual([
    "expenditures[0].function: 功能分类类 233 不在表1所列25个类之中，其支出不会计入表1本年支出合计（表1 收入总计 = 支出总计 将不成立）",
    "expenditures[1].function: 财政拨款（一般公共预算）不能列在 230 转移性支出：表4 不列该类（表4 收入总计 = 支出总计 将不成立）",
  ]);
  // 230 paid from other funds is fine: 表1 lists it.
  const other = changed({ revenues: [revenue(200, "其他收入")], expenditures: [spend(200, { function: "2300601", fund: "其他资金" })], codeNames });
  expect(warningsOf(other)).toEqual([]);
});

test("revenue sources and kinds Shanghai's 表1 does not show must balance each other, else a warning for that pack", () => {
  const json = changed({ revenues: [revenue(100), revenue(50, "上级补助收入")], expenditures: [spend(100), spend(50, { fund: "其他资金" })] });
  expect(warningsOf(json)).toEqual([
    "shanghai-unit-9 T1.balance 按上海格式生成时，表1 收入总计（财政拨款、事业收入、经营收入、其他收入）100.00 元，支出总计（基本支出、项目支出）150.00 元，相差 50.00 元：上海格式不列示教育收费、其他专户收入拨款、上级补助收入、附属单位上缴收入、用事业基金弥补收支差额及其他支出类型",
  ]);
  // 上级补助收入 that pays 对附属单位补助支出 is left out on both sides in Shanghai's 表1; Jiangsu's 公开表一 shows the revenue only.
  const hidden = changed({ revenues: [revenue(100), revenue(50, "上级补助收入")], expenditures: [spend(100), spend(50, { fund: "其他资金", kind: "对附属单位补助支出" })] });
  expect(warningsOf(hidden)).toEqual([
    "jiangsu-department-11 T1.balance 按江苏格式生成时，公开表一、公开表三只列基本支出、项目支出、单位预留机动经费和结转下年资金，不列对附属单位补助支出（1 项，50.00 元）：公开表一 支出合计将比收入合计少 50.00 元",
  ]);
});

test("paired classifications that differ are a warning per pack that pairs them", () => {
  const codeNames = { "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出" };
  const json = changed({ revenues: [revenue(300)], expenditures: [spend(100, { function: "2080505", economic: "30108" }), spend(200, { function: "2080505" })], codeNames });
  expect(warningsOf(json)).toEqual([
    "guangzhou-department-12 X.pair.2080505-30108 一般公共预算中功能科目 2080505 300.00 元，经济科目 30108 100.00 元，相差 200.00 元（两者通常相等）",
    "shanghai-unit-9 X.pair.2080505-30108 按上海格式生成时，一般公共预算基本支出中功能科目 2080505 300.00 元，经济科目 30108 100.00 元，相差 200.00 元（两者通常相等）",
  ]);
});

test("generate refuses revenue of 1 元 against spending of 2,000,000 元: exit 2, the figures, no workbook", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-"));
  const [model, out] = [path.join(dir, "m.json"), path.join(dir, "t.xlsx")];
  fs.writeFileSync(model, JSON.stringify(changed({ revenues: [revenue(1)], expenditures: [spend(2_000_000)] })));
  const r = await run("generate", model, "-o", out);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("一般公共预算 收入 1.00 元，支出 2,000,000.00 元，相差 1,999,999.00 元");
  expect(fs.existsSync(out)).toBe(false);
  fs.rmSync(dir, { recursive: true });
});

/** A refusal is never a guess: the tables the refused model would make break the identity it names. */
describe("what the loader refuses, the tables would show as an error", () => {
  const MILLION = 1_000_000_00;
  const out = (amount: number, more: Partial<ExpenditureItem> = {}): ExpenditureItem => ({ unit: "u", function: "2010301", economic: "30101", kind: "基本支出", fund: "一般公共预算", amount, ...more });
  const income = (amount: number, source: RevenueItem["source"] = "一般公共预算"): RevenueItem => ({ unit: "u", source, function: "2010301", amount });
  const model = (revenues: RevenueItem[], expenditures: ExpenditureItem[]): BudgetModel => ({
    department: "测试部门",
    fiscalYear: 2024,
    displayUnit: "万元",
    units: [{ id: "u", name: "测试单位", kind: "行政" }],
    projects: [],
    revenues,
    expenditures,
    notes: {},
    codeNames: { function: { "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行", "23006": "上解支出", "2300601": "体制上解支出", "23301": "债务发行费用", "2330101": "债务发行费用支出" }, economic: {} },
  });
  test.each([
    ["revenue 1 元, spending 2,000,000 元", model([income(100)], [out(2 * MILLION)]), ["T1.balance", "T4.balance", "X.T4-T5.general"]],
    ["财政拨款 结转下年", model([income(MILLION)], [out(MILLION, { kind: "结转下年" })]), ["X.T4-T5.general"]],
    ["function 类 233", model([income(MILLION, "其他收入")], [out(MILLION, { function: "2330101", fund: "其他资金" })]), ["T1.balance", "X.T1-T3.expenditure"]],
    ["财政拨款 under 230", model([income(MILLION)], [out(MILLION, { function: "2300601" })]), ["T4.balance"]],
  ])("%s", async (_, refused, rules) => {
    expect(modelConditions(refused).errors).not.toEqual([]);
    const { findings } = validateSheets(await roundTrip(generateGrids(refused, GUANGZHOU_PACK)));
    const errors = new Set(findings.filter((f) => f.severity === "error").map((f) => f.rule));
    for (const rule of rules) expect([rule, errors.has(rule)]).toEqual([rule, true]);
  });
});
