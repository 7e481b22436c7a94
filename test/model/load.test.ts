import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { loadModel, loadModelText } from "../../src/model/load";
import { formatProblem } from "../../src/model/types";
import { smallModelJson } from "../fixtures/smallModel";

const problemsOf = (json: unknown) => {
  const r = loadModel(json);
  if (r.ok) throw new Error("expected problems");
  return r.problems.map((p) => formatProblem(p, "en"));
};

const withExpenditure = (patch: Record<string, unknown>) => {
  const json = smallModelJson();
  const items = json.expenditures as Array<Record<string, unknown>>;
  items[1] = { ...items[1], ...patch };
  return json;
};

describe("loading the JSON model", () => {
  test("a good model loads with exact amounts in 分", () => {
    const r = loadModel(smallModelJson());
    if (!r.ok) throw new Error(r.problems.map((p) => formatProblem(p, "en")).join("\n"));
    expect(r.model.displayUnit).toBe("万元");
    expect(r.model.revenues.map((x) => x.amount)).toEqual([150000050, 80000000, 20000000]);
    expect(r.model.expenditures[1].project).toBe("p1");
    expect(r.model.notes["表1"]).toBe("第一行。\n第二行。");
  });

  test("the shipped JSON Schema accepts what the loader accepts", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../../schema/budget-model.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true, multipleOfPrecision: 9 }).compile(schema);
    const json = smallModelJson();
    expect(validate(json)).toBe(true);
    expect(validate({ ...json, extra: 1 })).toBe(false);
  });

  test.each([
    [{ economic: "3020" }, 'expenditures[1].economic: "3020" is not a 5-digit economic code (经济分类 款)'],
    [{ function: "20103" }, 'expenditures[1].function: "20103" is not a 7-digit function code (支出功能分类 项)'],
    [{ amount: 1.234 }, "expenditures[1].amount: 1.234 has more than 2 decimals"],
    [{ amount: "12,3x" }, 'expenditures[1].amount: "12,3x" is not a decimal amount'],
    [{ amount: -5 }, "expenditures[1].amount: -5.00 is negative"],
    [{ amount: Number.POSITIVE_INFINITY }, "expenditures[1].amount: is not a finite number"],
    [{ amount: true }, "expenditures[1].amount: is not a number"],
    [{ unit: "nope" }, 'expenditures[1].unit: "nope" is not the id of a unit'],
    [{ project: "p2" }, 'expenditures[1].project: project "p2" belongs to unit "zx", not "jbj"'],
    [{ project: "p9" }, 'expenditures[1].project: "p9" is not the id of a project'],
    [{ project: undefined }, "expenditures[1].project: 项目支出 needs a project id"],
    [{ kind: "基本支出" }, "expenditures[1].project: only 项目支出 names a project, this is 基本支出"],
    [{ kind: "人员支出" }, 'expenditures[1].kind: "人员支出" is not one of 基本支出 / 项目支出 / 事业单位经营支出 / 对附属单位补助支出 / 上缴上级支出 / 结转下年'],
    [{ fund: 3 }, "expenditures[1].fund: expected a non-empty string, found number 3"],
    [{ economic: "39501" }, "expenditures[1].economic: no name known for economic code 395, 39501: add it to codeNames.economic"],
    [{ function: "2019999" }, "expenditures[1].function: no name known for function code 20199, 2019999: add it to codeNames.function"],
    [{ ammount: 5 }, "expenditures[1].ammount: unknown field (expected unit, function, economic, kind, fund, project, amount)"],
  ])("a bad expenditure %j is reported with its path", (patch, message) => {
    expect(problemsOf(withExpenditure(patch))).toContain(message);
  });

  test("every problem is reported at once", () => {
    const json = smallModelJson();
    json.fiscalYear = "2024";
    json.units = [...(json.units as object[]), { id: "jbj", name: "重复", kind: "参公" }, { id: "x", name: "", kind: "行政" }];
    json.notes = { 表13: "x" };
    const problems = problemsOf(json);
    expect(problems).toEqual(
      expect.arrayContaining([
        'fiscalYear: expected a year such as 2024, found "2024"',
        'units[2].id: duplicate id "jbj"',
        'units[3].name: expected a non-empty string, found ""',
        'notes["表13"]: "表13" is not one of 表1 … 表12',
      ]),
    );
    expect(problems.length).toBe(4);
  });

  test("wrong shapes are reported, not thrown", () => {
    expect(problemsOf([])).toEqual(["$: expected an object, found an array"]);
    expect(problemsOf({ formatVersion: 1, department: "d", fiscalYear: 2024, units: {}, expenditures: null })).toEqual([
      "units: expected an array, found an object",
      "expenditures: expected an array, found null",
    ]);
  });

  test("malformed JSON names the file, line and column", () => {
    const r = loadModelText('{\n  "department": "x",\n  oops\n}', "model.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].path).toBe("model.json");
    if (!r.ok) expect(r.problems[0].message).toMatch(/^not valid JSON at line 3, column 3/);
  });
});
