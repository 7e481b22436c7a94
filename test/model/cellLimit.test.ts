/** Strings longer than an Excel cell holds are refused by the loader, each at its path. */
import { EXCEL_CELL_LIMIT } from "../../src/model/cellLimit";
import { loadModel } from "../../src/model/load";
import { formatProblem } from "../../src/model/types";
import { smallModelJson } from "../fixtures/smallModel";

type Json = Record<string, unknown> & { projects: Array<Record<string, unknown>>; notes: Record<string, string> };

test("a 40,000-character 绩效目标 and 注 are refused with their paths; 32,767 characters are accepted", () => {
  const json = smallModelJson() as Json;
  json.projects[1].performanceGoal = "目".repeat(40_000);
  json.notes["表1"] = "注".repeat(EXCEL_CELL_LIMIT + 1);
  json.department = "局".repeat(EXCEL_CELL_LIMIT);
  const r = loadModel(json);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => formatProblem(p, "zh"))).toEqual([
    "projects[1].performanceGoal: 40,000 字符，超过 Excel 单元格上限 32,767",
    'notes["表1"]: 32,768 字符，超过 Excel 单元格上限 32,767',
  ]);
  expect(r.problems[0].message).toBe("40,000 characters, more than an Excel cell holds (32,767)");
});

test("a model within the limit loads as before", () => {
  expect(loadModel(smallModelJson()).ok).toBe(true);
});
