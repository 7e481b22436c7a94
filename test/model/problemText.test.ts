/**
 * Every problem an input can have is said in both languages: a battery of bad models, 明细
 * sheets, packs, table data and catalogues, each problem with its English and its Chinese, the
 * Chinese without English words beyond format and product names, field names and quoted input.
 */
import { readCodeCatalog } from "../../src/catalog/csvCatalog";
import { tableModelFromText } from "../../src/io/readTableModel";
import { loadModel, loadModelText } from "../../src/model/load";
import { modelToMingxi, readMingxi, SheetValue } from "../../src/model/mingxi";
import { formatProblem, InputProblem } from "../../src/model/types";
import { packToJson } from "../../src/packs/builtIn";
import { parsePack } from "../../src/packs/check";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { smallModelJson } from "../fixtures/smallModel";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function spoiltModel(spoil: (j: Json) => void): unknown {
  const json = smallModelJson() as Json;
  spoil(json);
  return json;
}

const modelProblems = (json: unknown): InputProblem[] => {
  const r = loadModel(json);
  return r.ok ? r.warnings : r.problems;
};

const MODELS: Array<(j: Json) => void> = [
  (j) => ((j.formatVersion = 2), (j.fiscalYear = "2024"), (j.displayUnit = "千元"), (j.extra = 1)),
  (j) => ((j.department = ""), (j.units = {}), delete j.expenditures),
  (j) => ((j.units[0].kind = "国企"), (j.units[1].id = "jbj"), (j.units[1].name = 5)),
  (j) => ((j.projects[0].unit = "nobody"), (j.projects[1].performanceGoal = 3), (j.projects[1].id = "p1")),
  (j) => ((j.revenues[0].amount = "五十万"), (j.revenues[1].amount = -5), (j.revenues[2].amount = 1.005), (j.revenues[2].source = "捐赠")),
  (j) => ((j.revenues[0].amount = null), (j.revenues[1].amount = Infinity), (j.revenues[2].amount = 1e21), delete j.revenues[0].function),
  (j) => ((j.expenditures[0].function = "20103"), (j.expenditures[1].economic = "3020"), (j.expenditures[2].function = "2990101")),
  (j) => ((j.expenditures[0].project = "p1"), delete j.expenditures[1].project, (j.expenditures[3].project = "p9"), (j.expenditures[4].project = "p1")),
  (j) => ((j.codeNames = { function: { "2x": "坏", "20104": "" }, economic: [] }), (j.notes = { 表13: "x", 表2: 5 })),
  (j) => ((j.notes = "注"), (j.projects[0].performanceGoal = "目".repeat(40_000))),
  (j) => (j.revenues[0].amount = 1),
  (j) => (j.expenditures[0].kind = "结转下年"),
  (j) => ((j.expenditures[0].function = "2300101"), (j.codeNames.function = { ...j.codeNames.function, "230": "转移性支出", "23001": "返还性支出", "2300101": "所得税基数返还支出" })),
  (j) => ((j.revenues[0].source = "上级补助收入"), (j.expenditures[0].fund = "其他资金")),
  (j) => (j.expenditures[0].function = "2080505"),
];

function mingxiProblems(): InputProblem[] {
  const model = loadModel(smallModelJson());
  if (!model.ok) throw new Error("fixture does not load");
  const rows = modelToMingxi(model.model);
  const header = rows.findIndex((r) => r[0] === "收支");
  const bad: SheetValue[][] = [
    ["支出", "jbj", "测试局本级", "2010301", "行政运行", "3010", "", "基本支出", "一般公共预算", null, null, 100],
    ["支出", "jbj", "测试局本级", "2010301", "行政运行", "30101", "", "基本支出", "一般公共预算", null, null, "五十万"],
    ["支付", "jbj", "测试局本级", "2010301", "行政运行", "30101", "", "基本支出", "一般公共预算", null, null, 5],
    ["支出", "jbj", "测试局本级", "2010301", "行政运行", "50101", "", "基本支出", "一般公共预算", null, null, 5],
  ];
  const read = readMingxi([...rows.slice(0, header + 3), ...bad, ...rows.slice(header + 3)]);
  const settings = readMingxi(rows.map((r) => (r[0] === "单位" && r[1] === "zx" ? [...r.slice(0, 3), "国企"] : r)).concat([["编码名称", "其他", "1", "x"], ["不知道", "x"], ["收入", "jbj", "测试局本级", "2010301", "行政运行", "30101", "", "基本支出", "一般公共预算", null, null, 5]]));
  const none = readMingxi([["部门", "测试局"]]);
  const refused = readMingxi([["部门", "测试局"], ["功能分类科目编码", "政府预算支出经济分类科目编码", "金额（万元）"], ["2010301", "50101", 1]]);
  return [read, settings, none, refused].flatMap((r) => (r.ok ? r.badRows : r.problems));
}

function packProblems(): InputProblem[] {
  const pack = JSON.parse(packToJson(GUANGZHOU_PACK)) as Json;
  pack.packFormat = 9;
  pack.rules["T1.totals"].severity = "fatal";
  pack.rules["X.own"] = { severity: "error", tolerance: -1 };
  delete pack.rules["T5.columns"];
  pack.tables[4].columns[1].sumOf[1] = "基本支出x";
  pack.tables[4].columns[1].sumOf.push(pack.tables[4].columns[1].key);
  pack.tables[4].columns[0].filter = { stream: "revenue" };
  pack.tables[4].columns[0].width = -1;
  pack.tables[2].sheetName = "a/b";
  pack.tables[3].id = pack.tables[2].id;
  pack.tables[0].rows.sumOf = 1;
  pack.identities = [{ rule: "I.x", total: { table: "表99", column: "x", row: "{c}" }, parts: [], atMost: 1 }, { rule: 5 }, "x"];
  const read = parsePack(JSON.stringify(pack));
  const syntax = parsePack("{ broken");
  return [read, syntax].flatMap((r) => (r.ok ? [] : r.problems));
}

function tableDataProblems(): InputProblem[] {
  const good = { format: "budget-tables/table-model", formatVersion: 1, pack: { id: GUANGZHOU_PACK.id, version: "1" }, fiscalYear: "2024", tables: [] as unknown[] };
  const texts = [
    JSON.stringify({ format: "other" }),
    JSON.stringify(good),
    JSON.stringify({ ...good, formatVersion: 3, tables: [{ table: "表1", rows: [{ key: "a", figures: { x: { value: 1.005, cell: "ZZZZ1" } }, level: -1, total: 1, cell: "1A", texts: 5 }], displayUnit: "千元", columns: 1, note: 7 }, 5, { table: "表1", rows: [5] }] }),
    JSON.stringify({ ...good, pack: { id: "nowhere" }, tables: [{ table: "表99", rows: [], title: "", sheet: "", displayUnit: "元", columns: [] }] }),
  ];
  return texts.flatMap((t) => {
    const r = tableModelFromText(t, "t.json", undefined);
    return r.ok ? [] : r.problems;
  });
}

function catalogueProblems(): InputProblem[] {
  const bad = readCodeCatalog(Buffer.from("20x,坏\n30201,\n"), "codes.csv");
  const unreadable = readCodeCatalog(Buffer.from('201,"一般\n'), "codes.csv");
  return [bad, unreadable].flatMap((r) => (r.ok ? [] : r.problems));
}

const ALL: InputProblem[] = [
  ...MODELS.flatMap((spoil) => modelProblems(spoiltModel(spoil))),
  ...[loadModelText("{ \"a\": ", "m.json"), loadModelText("[1,]", "m.json")].flatMap((r) => (r.ok ? [] : r.problems)),
  ...mingxiProblems(),
  ...packProblems(),
  ...tableDataProblems(),
  ...catalogueProblems(),
];

/**
 * What may stay Latin in Chinese text: quoted input, JSON field names and values of the formats
 * (camelCase or the short keys below), code shapes, format and product names, the CLI option.
 */
const LATIN_IN_ZH =
  /“[^”]*”|"[^"]*"|\{[^}]*\}|[a-z]+[A-Z][A-Za-z]*(\.[a-z]+)?|[A-Za-z$]+(\[[^\]]*\])+(\.\w+)*|\b(id|key|table|rows|figures|value|cell|filter|sumOf|over|zh|en|true|false|null|twoSided|fixed|singleRow|type|dimension|labels|children|sections|error|warning|info)\b|\d+x+|JSON|CSV|Excel|A1|--pack|budget-tables import|docs\/data\.md|department|units|projects|revenues|expenditures|notes|\$schema/g;

describe("input problems in both languages", () => {
  test("the battery reaches every kind of problem", () => {
    expect(ALL.length).toBeGreaterThan(60);
  });

  test.each(ALL.map((p) => [formatProblem(p, "en"), p] as const))("%s", (_en, p) => {
    expect(p.message.trim()).not.toBe("");
    expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(p.zh.replace(LATIN_IN_ZH, "")).not.toMatch(/[A-Za-z]{2,}/);
    expect(formatProblem(p, "zh")).toBe(`${p.path}: ${p.zh}`);
  });
});
