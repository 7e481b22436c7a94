/** Packs as JSON: the built-in ones pass their own checks and the schema; a broken pack is refused with every place. */
import Ajv2020 from "ajv/dist/2020";
import fs from "node:fs";
import path from "node:path";
import { BUILT_IN_PACKS, packToJson } from "../../src/packs/builtIn";
import { checkPack, parsePack } from "../../src/packs/check";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../../schema/template-pack.schema.json"), "utf8"));
const exported = () => JSON.parse(packToJson(GUANGZHOU_PACK));
const problemsOf = (pack: unknown) => {
  const result = checkPack(pack);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

test.each(Object.keys(BUILT_IN_PACKS))("the built-in %s pack passes the checks and the JSON Schema, and round-trips through JSON", (name) => {
  const pack = BUILT_IN_PACKS[name];
  const result = parsePack(packToJson(pack));
  expect(result.ok ? result.pack : result.problems).toEqual(pack);
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  expect([validate(JSON.parse(packToJson(pack))), validate.errors ?? []]).toEqual([true, []]);
});

test("a broken pack is refused with every problem at its JSON path", () => {
  const pack = exported();
  pack.packFormat = 2;
  pack.tables[4].columns[1].sumOf = ["基本支出", "基本支出x"];
  pack.tables[2].columns[3].filter.kinds = ["基本支出x"];
  pack.tables[1].columns[12].key = "合计";
  pack.tables[7].columns[2].header = ["合计"];
  pack.tables[0].rows.sections[1].left[0].sumOf = ["预算拨款x"];
  pack.identities[3].parts[0].row = "合计x";
  pack.identities[5].total.column = "收入";
  pack.rules["T1.totals"].severity = "fatal";
  pack.rules["T6.hierarchy"].tolerance = -1;
  pack.rules["X.T1-T2.income"].tolerance = 0.001;
  pack.rules["X.nothing"] = { severity: "error", zh: "无", en: "none" };
  pack.rules["code.unknown"] = { severity: "info", tolerance: 1 };
  delete pack.rules["T3.columns"];
  pack.tables[5].colums = [];
  expect(problemsOf(pack)).toEqual([
    "packFormat: 2 is not a pack format this program reads (1)",
    'tables[0].rows.sections[1].left[0].sumOf[0]: "预算拨款x" is not a row on the same side of the table',
    'tables[1].columns[12].key: "合计" repeats the key of tables[1].columns[2].key',
    'tables[1].columns[2].sumOf[9]: "附属单位上缴收入" is not a column of 表2',
    'tables[2].columns[3].filter.kinds[0]: "基本支出x" is not one of 基本支出, 项目支出, 事业单位经营支出, 对附属单位补助支出, 上缴上级支出, 结转下年',
    'tables[4].columns[1].sumOf[1]: "基本支出x" is not a column of 表5',
    expect.stringMatching(/^tables\[5\]\.colums: unknown field \(allowed: id, sheetName, title/),
    'tables[7].columns[2].header: "[\\"合计\\"]" repeats the header path of tables[7].columns[1].header',
    expect.stringMatching(/^identities\[2\]\.parts\[2\]\.column: "附属单位上缴收入" is not an amount column of 表2/),
    'identities[3].parts[0].row: "合计x" is not a row of 表2 (rows: 合计 or f:<code>)',
    'identities[5].total.column: "收入" is not an amount column of 表1 (income, expenditure)',
    expect.stringMatching(/^identities\[7\]\.parts\[0\]\.column: "附属单位上缴收入" is not an amount column of 表2/),
    'rules["T1.totals"].severity: "fatal" is not one of error, warning, info',
    'rules["T6.hierarchy"].tolerance: -1 is not a non-negative amount in 元 with at most 2 decimals',
    'rules["X.T1-T2.income"].tolerance: 0.001 is not a non-negative amount in 元 with at most 2 decimals',
    'rules["X.nothing"]: not a generic rule, nor the rule of a table or identity of this pack',
    'rules["code.unknown"].tolerance: only identity rules compare amounts',
  ]);
});

test("a pack whose rules lack a table's or identity's rule is refused", () => {
  const pack = exported();
  delete pack.rules["T3.columns"];
  delete pack.rules["X.T5-T6.basic"];
  expect(problemsOf(pack)).toEqual(['rules: "T3.columns" is missing (表3\'s columns needs it)', 'rules: "X.T5-T6.basic" is missing (identities[19] needs it)']);
});

test("malformed JSON is reported with its position", () => {
  const result = parsePack('{"packFormat": 1,');
  expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(["(JSON)"]);
});

test("a tolerance is read through its decimal text: 0.29 元 is as good as 0.25 元", () => {
  for (const tolerance of [0.29, 0.25, 0.07, 1.1, 100]) {
    const pack = exported();
    pack.rules["X.T1-T2.income"].tolerance = tolerance;
    expect([tolerance, problemsOf(pack)]).toEqual([tolerance, []]);
  }
});
