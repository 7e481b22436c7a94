/** The Shanghai pack on 上海市财政局's 2025 budget: generation reproduces the document, and the document validates. */
import path from "node:path";
import fs from "node:fs";
import { generateGrids } from "../../src/generation/generate";
import { loadModelText } from "../../src/model/load";
import type { BudgetModel } from "../../src/model/types";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { validateSheets } from "../../src/validation/validate";
import { SHANGHAI_FIGURES } from "../fixtures/shanghaiFigures";
import { foldedRows, gridRows, shanghaiDocumentSheets } from "../fixtures/shanghaiWorkbook";

export function shanghaiModel(): BudgetModel {
  const result = loadModelText(fs.readFileSync(path.join(__dirname, "../../examples/shanghai-2025.json"), "utf8"), "shanghai-2025.json");
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.model;
}

describe("generating with the Shanghai pack", () => {
  const grids = generateGrids(shanghaiModel(), SHANGHAI_PACK);

  test.each(SHANGHAI_PACK.tables.map((def, i) => [def.id, i] as const))("%s reproduces the document's rows and figures", (id, i) => {
    const def = SHANGHAI_PACK.tables[i];
    const printed = SHANGHAI_FIGURES[id as keyof typeof SHANGHAI_FIGURES];
    const expected = def.rows.type === "singleRow" ? [printed] : printed;
    expect(gridRows(grids[i], def)).toEqual(foldedRows(expected as never));
  });

  test("titles carry the year, units are 元 except 表9's 万元, and no 表N or 注 line is printed", () => {
    const t9 = grids[8];
    expect(grids[0].cells[0][0]?.value).toBe("2025年预算单位财务收支预算总表");
    expect(grids[0].cells[1][0]?.value).toBe("编制单位：上海市财政局");
    expect(grids[0].cells[1][6]?.value).toBe("单位：元");
    expect(t9.cells[1][6]?.value).toBe("单位：万元");
    expect(grids.map((g) => g.numberFormat)).toEqual([...new Array(8).fill("#,##0"), "#,##0.00"]);
    expect(grids.every((g) => g.bodyRows.last === g.cells.length - 1)).toBe(true);
  });
});

describe("validating the document's figures with the Shanghai pack", () => {
  const result = validateSheets(shanghaiDocumentSheets(), { pack: SHANGHAI_PACK });

  test("finds all nine tables and no error or warning", () => {
    expect(result.summary.tablesFound).toBe(9);
    expect(result.findings.filter((f) => f.severity !== "info").map((f) => f.message.en)).toEqual([]);
  });

  test("the identities the document states hold; its only differences are rounding tails", () => {
    expect(result.summary.identitiesChecked).toBeGreaterThan(200);
    const tails = result.findings.filter((f) => f.rule !== "code.unknown").map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`);
    // 表8 302 商品和服务支出 24,840,779 (合计 and 公用经费) against its 款 summing to 24,840,778;
    // 表9 机关运行经费 2,517.78 万元 against 表8 公用经费 25,177,779 元.
    expect(tails.sort()).toEqual(["info T8.hierarchy 表8!D17", "info T8.hierarchy 表8!F17", "info X.T9-T8.runningCosts 表9!G6"]);
  });

  test("a figure changed in the document is caught", () => {
    const t3 = structuredClone(SHANGHAI_FIGURES.表3);
    t3[2][3] = 84861819;
    const changed = validateSheets(shanghaiDocumentSheets({ ...SHANGHAI_FIGURES, 表3: t3 }), { pack: SHANGHAI_PACK });
    expect(changed.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(expect.arrayContaining(["T3.hierarchy", "T3.columns"]));
  });
});
