/**
 * A pack may give a table any number of figure columns: facts are sorted into columns by which
 * column filters they pass, which must not wrap at 32 columns (a 32-bit mask once made column 33
 * take column 1's facts and every total go wrong).
 */
import { ECONOMIC_NAMES } from "../../src/catalog/economic";
import { computeAllFigures, generateGrids } from "../../src/generation/generate";
import type { BudgetModel, ExpenditureItem } from "../../src/model/types";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { ColumnDef, TemplatePack } from "../../src/tables/types";
import { validateSheets } from "../../src/validation/validate";
import { roundTrip } from "../fixtures/validation/workbooks";

const COLUMNS = 40;
const ECONOMICS = Object.keys(ECONOMIC_NAMES).filter((c) => c.length === 5).slice(0, COLUMNS);
const amountColumn = (code: string): ColumnDef => ({ key: code, header: ["经济分类", ECONOMIC_NAMES[code]], role: "amount", width: 12, filter: { economic: [code] } });

/** One table: 功能 rows, a 合计 column, and one column per economic 款. */
const WIDE_PACK: TemplatePack = {
  ...GUANGZHOU_PACK,
  id: "wide-test",
  tables: [
    {
      ...GUANGZHOU_PACK.tables.find((t) => t.id === "表3")!,
      id: "表1",
      sheetName: "表1",
      title: "按经济分类的支出表",
      columns: [
        { key: "code", header: ["科目编码"], role: "code", width: 11 },
        { key: "name", header: ["科目名称"], role: "label", width: 30 },
        { key: "合计", header: ["合计"], role: "amount", width: 14, sumOf: ECONOMICS },
        ...ECONOMICS.map(amountColumn),
      ],
    },
  ],
  rules: {},
  identities: [],
};

/** Column k gets (k + 1) 元 under each of two functions, so every column differs from every other. */
function wideModel(): BudgetModel {
  const item = (fn: string, economic: string, k: number): ExpenditureItem => ({ unit: "u", function: fn, economic, kind: "基本支出", fund: "其他资金", amount: (k + 1) * 100 });
  const expenditures = ["2010301", "2010302"].flatMap((fn) => ECONOMICS.map((code, k) => item(fn, code, k)));
  return {
    department: "测试部门",
    fiscalYear: 2024,
    displayUnit: "元",
    units: [{ id: "u", name: "测试单位", kind: "行政" }],
    projects: [],
    revenues: [],
    expenditures,
    notes: {},
    codeNames: { function: { "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行", "2010302": "一般行政管理事务" }, economic: {} },
  };
}

test(`a table of ${COLUMNS} figure columns puts each item in its own column and totals exactly`, () => {
  const [figures] = computeAllFigures(wideModel(), WIDE_PACK);
  const total = figures.rows.find((r) => r.key === "合计")!;
  const expected = ECONOMICS.map((_, k) => 2 * (k + 1) * 100);
  expect(total.values).toEqual([expected.reduce((a, b) => a + b, 0), ...expected]);
  for (const row of figures.rows.filter((r) => r.code?.length === 7)) expect(row.values.slice(1)).toEqual(expected.map((v) => v / 2));
});

test(`the ${COLUMNS}-column table validates without a finding once written and read back`, async () => {
  const { findings } = validateSheets(await roundTrip(generateGrids(wideModel(), WIDE_PACK)), { pack: WIDE_PACK });
  expect(findings.filter((f) => f.severity !== "info").map((f) => f.message.zh)).toEqual([]);
});
