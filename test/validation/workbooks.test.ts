/** The bundled example validates clean; the seed's published figures show its one real error and its rounding tails. */
import { generateGrids } from "../../src/generation/generate";
import { jsonReport } from "../../src/report/jsonReport";
import { textReport } from "../../src/report/textReport";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { validateSheets } from "../../src/validation/validate";
import { exampleModel, roundTrip, seedGrids } from "../fixtures/validation/workbooks";

test("a workbook generated from the bundled example has no error or warning", async () => {
  const { summary, findings } = validateSheets(await roundTrip(generateGrids(exampleModel(), GUANGZHOU_PACK)));
  expect(summary.tablesFound).toBe(12);
  expect(findings.filter((f) => f.severity !== "info").map((f) => f.message.zh)).toEqual([]);
});

describe("the seed's published figures", () => {
  let result: ReturnType<typeof validateSheets>;
  beforeAll(async () => {
    result = validateSheets(await roundTrip(seedGrids()));
  });

  test("have exactly one error: 表12 总计 against 表3 项目支出", () => {
    const errors = result.findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: "X.T3-T12.project",
      sheet: "表12",
      cell: "B6",
      related: ["表3!E6"],
      expected: 90047.19,
      actual: 87249.22,
      difference: -2797.97,
      tolerance: 0.01,
    });
    expect(errors[0].message.zh).toBe(
      "表12 B6 合计·总计 应等于表3相应数 90,047.19（表3 E6 合计·项目支出 90,047.19），实为 87,249.22，差 2,797.97，超出四舍五入容许 0.01：87,249.22 代表 [87,249.215, 87,249.225]，各项之和代表 [90,047.185, 90,047.195]，两区间不相交",
    );
    expect([errors[0].row, errors[0].column, errors[0].intervals]).toEqual(["合计", "总计", { total: [87249.215, 87249.225], parts: [90047.185, 90047.195] }]);
  });

  test("have no warning", () => {
    expect(result.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  test.each([
    ["T6.hierarchy", "表6", 1030102, 1030103],
    ["T6.hierarchy", "表6", 106801, 106803],
    ["X.T6-T11.class", "表6", 1030102, 1030103],
    ["T11.hierarchy", "表11", 333209, 333210],
    ["T12.hierarchy", "表12", 6022661, 6022662],
    ["T1.totals", "表1", 10182073, 10182074],
  ])("note the rounding tail %s in %s: %d against %d hundredths", (rule, sheet, actual, expected) => {
    const tail = result.findings.find((f) => f.rule === rule && f.sheet === sheet && f.actual === actual / 100 && f.expected === expected / 100);
    expect(tail?.severity).toBe("info");
    expect(tail?.message.zh).toMatch(/在四舍五入容许 [\d.]+ 之内（尾差）$/);
  });

  test("表6 商品和服务支出's tail message shows its parts and tolerance", () => {
    const f = result.findings.find((x) => x.rule === "T6.hierarchy" && x.actual === 1068.01)!;
    expect(f.message.zh).toBe(
      "表6 B16 302 商品和服务支出 为 1,068.01，与其下各款之和 1,068.03（30201 办公费 … 30299 其他商品和服务支出，共 20 项）相差 0.02，在四舍五入容许 0.105 之内（尾差）",
    );
    expect(f.tolerance).toBe(0.105);
    expect(f.related).toHaveLength(20);
  });

  test("reports render: JSON in the CLI shape, text grouped by table with errors first and a summary line", () => {
    const json = jsonReport(result.summary, result.findings, "seed.xlsx");
    expect(Object.keys(json)).toEqual(["summary", "findings"]);
    expect(Object.keys(json.findings[0])).toEqual(["rule", "severity", "sheet", "cell", "related", "expected", "actual", "difference", "tolerance", "row", "column", "intervals", "message", "messageEn"]);
    const text = textReport(result.summary, result.findings, "seed.xlsx").trimEnd().split("\n");
    const t12 = text.indexOf("表12");
    expect(text[t12 + 1]).toMatch(/^ {2}错误 error +X\.T3-T12\.project +表12!B6 /);
    expect(text[text.length - 1]).toMatch(/^结果：找到 12\/12 张表，核对 \d+ 项勾稽关系，0 项无法核对；错误 1，警告 0，提示 \d+ \| 12\/12 tables/);
  });
});
