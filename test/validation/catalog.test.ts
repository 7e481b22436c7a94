/** The user's code catalogue (CSV) and how the validator uses it. */
import { parseCodeCatalog } from "../../src/catalog/csvCatalog";
import { generateGrids } from "../../src/generation/generate";
import { GUANGZHOU_PACK } from "../../src/tables/guangzhou";
import { validateSheets } from "../../src/validation/validate";
import { smallModel } from "../fixtures/validation/smallModel";
import { roundTrip } from "../fixtures/validation/workbooks";

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
      { path: "codes.csv:2", message: '"20x" is not a 3-, 5- or 7-digit code' },
      { path: "codes.csv:3", message: "code 30201 has no name" },
    ],
  });
});

test("a supplied catalogue names codes the built-in one lacks, and catches wrong names", async () => {
  const sheets = await roundTrip(generateGrids(smallModel(), GUANGZHOU_PACK));
  const catalog = new Map([
    ["2010301", "行政运行"],
    ["2010350", "事业单位运行"],
  ]);
  const r = validateSheets(sheets, { catalog });
  const about = (code: string) => r.findings.filter((f) => f.message.zh.includes(`科目 ${code} `)).map((f) => `${f.rule} ${f.severity}`);
  expect(about("2010301")).toEqual([]);
  expect(about("2010350")).toEqual(expect.arrayContaining(["code.catalogName warning"]));
  expect(about("2010302")).toEqual(["code.unknown info"]);
});
