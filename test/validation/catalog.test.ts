/** The user's code catalogue (CSV) and how the validator uses it. */
import { parseCodeCatalog } from "../../src/catalog/csvCatalog";
import { generateGrids } from "../../src/generation/generate";
import type { TableGrid } from "../../src/generation/grid";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { validateSheets } from "../../src/validation/validate";
import { smallModel } from "../fixtures/validation/smallModel";
import { exampleModel, roundTrip } from "../fixtures/validation/workbooks";

test("parses code,name lines with a header, quotes and a BOM", () => {
  const r = parseCodeCatalog('\uFEFFcode,name\r\n2010301,行政运行\n"20103","政府办公厅（室）及相关机构事务"\n\n30201,"办公费, 其他"\n', "codes.csv");
  expect(r).toEqual({
    ok: true,
    names: new Map([
      ["2010301", "行政运行"],
      ["20103", "政府办公厅（室）及相关机构事务"],
      ["30201", "办公费, 其他"],
    ]),
  });
});

test("bad lines are reported with file and line", () => {
  const r = parseCodeCatalog("201,一般公共服务支出\n20x,坏\n30201,\n", "codes.csv");
  expect(r).toEqual({
    ok: false,
    problems: [
      { path: "codes.csv:2", message: '"20x" is not a 3-, 5- or 7-digit code', zh: "“20x”不是 3、5 或 7 位编码" },
      { path: "codes.csv:3", message: "code 30201 has no name", zh: "编码 30201 没有名称" },
    ],
  });
});

test("a supplied catalogue names codes before the built-in one, and catches wrong names", async () => {
  const sheets = await roundTrip(generateGrids(smallModel(), GUANGZHOU_PACK));
  const catalog = new Map([
    ["2010301", "行政运行"],
    ["2010350", "事业单位运行"],
  ]);
  const r = validateSheets(sheets, { catalog });
  const about = (code: string) => r.findings.filter((f) => f.message.zh.includes(`科目 ${code} `)).map((f) => `${f.rule} ${f.severity}`);
  expect(about("2010301")).toEqual([]);
  expect(about("2010350")).toEqual(expect.arrayContaining(["code.catalogName warning"]));
  expect(about("2010302")).toEqual([]);
});

describe("the built-in catalogue on the bundled example", () => {
  const grids = () => generateGrids(exampleModel(), GUANGZHOU_PACK);
  const rulesOf = (r: ReturnType<typeof validateSheets>, prefix: string) => r.findings.filter((f) => f.rule.startsWith(prefix));

  test("knows every code and name it prints", async () => {
    const r = validateSheets(await roundTrip(grids()));
    expect(rulesOf(r, "code.").map((f) => f.message.zh)).toEqual([]);
  });

  test("a wrong name is one code.catalogName warning at its cell", async () => {
    const r = validateSheets(await roundTrip(withCell(grids(), "表5", 9, 0, "\u3000\u3000[2010302]一般行政管理")));
    expect(rulesOf(r, "code.catalogName").map((f) => [f.severity, f.sheet, f.cell, f.message.zh])).toEqual([
      ["warning", "表5", "A10", "表5 A10 科目 2010302 名为“一般行政管理”，科目目录中为“一般行政管理事务”"],
    ]);
  });

  test("a former name is one code.historicalName warning naming the current name and the year it ceased", async () => {
    const r = validateSheets(await roundTrip(withCell(grids(), "表3", 22, 1, "医疗卫生与计划生育支出")));
    expect(rulesOf(r, "code.historicalName").map((f) => [f.severity, f.cell, f.message.zh])).toEqual([
      ["warning", "A23", "表3 A23 科目 210 名为“医疗卫生与计划生育支出”，这是 2018 年及以前的名称，现为“卫生健康支出”"],
    ]);
    expect(rulesOf(r, "code.catalogName")).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a code outside the catalogue is one code.unknown info however many cells print it", async () => {
    const renamed = withCell(withCell(grids(), "表2", 9, 0, "2010303"), "表3", 9, 0, "2010303");
    const r = validateSheets(await roundTrip(renamed));
    const unknown = rulesOf(r, "code.unknown");
    expect(unknown.map((f) => [f.severity, f.sheet, f.related])).toEqual([["info", "表2", ["表3!A10"]]]);
  });
});

/** The grids with one cell of one table replaced. */
function withCell(grids: TableGrid[], table: string, row: number, col: number, value: string): TableGrid[] {
  const grid = grids.find((g) => g.table === table)!;
  const cell = grid.cells[row][col]!;
  grid.cells[row][col] = { ...cell, value };
  return grids;
}
