/**
 * Every built-in pack's tables survive import → export: tables generated from the pack's example,
 * read into a table-level model (the pack detected, as `import` does without --pack), written back
 * as tables and read again give the same figures, department and year, and validate clean.
 */
import fs from "node:fs";
import path from "node:path";
import { generateGrids } from "../../src/generation/generate";
import { importTables } from "../../src/io/importTables";
import { tableModelToGrids } from "../../src/io/tableGrids";
import type { TableModel } from "../../src/io/tableModel";
import { loadModelText } from "../../src/model/load";
import { BUILT_IN_PACKS, exampleFor } from "../../src/packs/builtIn";
import { validateSheets } from "../../src/validation/validate";
import { roundTrip } from "../fixtures/validation/workbooks";

function example(name: string) {
  const file = path.join(__dirname, "../../examples", `${name}.json`);
  const read = loadModelText(fs.readFileSync(file, "utf8"), file);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join("\n"));
  return read.model;
}

/** Departments of the places whose packs name theirs (departmentPattern). */
const DEPARTMENTS = ["上海市普陀区社会福利院", "江苏省人大常委会办公厅", "深圳市信访局"];

/** The figures of a table-level model by table, row key and column key, without their cells. */
const figures = (m: TableModel) =>
  Object.fromEntries(m.tables.map((t) => [t.table, Object.fromEntries(t.rows.map((r) => [r.key, Object.fromEntries(Object.entries(r.figures).map(([k, f]) => [k, f.cents]))]))]));

test.each(Object.keys(BUILT_IN_PACKS))("the %s pack: generate → import → export → import gives the same tables", async (name) => {
  const pack = BUILT_IN_PACKS[name];
  // A district pack's tables read like the city's: the department's name tells them apart.
  const department = DEPARTMENTS.find((d) => pack.departmentPattern && new RegExp(pack.departmentPattern, "u").test(d));
  const model = { ...example(exampleFor(pack)), ...(department ? { department } : {}) };
  const first = importTables(await roundTrip(generateGrids(model, pack)), "generated.xlsx");
  expect(first.pack.id).toBe(pack.id);
  const exported = await roundTrip(tableModelToGrids(first.model, pack));
  const second = importTables(exported, "exported.xlsx", pack);
  expect(second.findings.filter((f) => f.severity === "error")).toEqual([]);
  // The year is read from titles that print it (Guangzhou's do not).
  const yearPrinted = pack.tables.some((t) => t.title.includes("{year}"));
  expect([second.model.department, second.model.fiscalYear]).toEqual([model.department, yearPrinted ? model.fiscalYear : undefined]);
  expect(second.model.tables.map((t) => t.table)).toEqual(pack.tables.map((t) => t.id));
  expect(figures(second.model)).toEqual(figures(first.model));
  const validation = validateSheets(exported, { pack });
  expect([validation.summary.errors, validation.summary.warnings]).toEqual([0, 0]);
});
