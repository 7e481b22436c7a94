/**
 * A user exports the built-in pack, edits it (renames a column, adds a fixed row, changes a
 * rule's severity and another's tolerance) and imports it: generation, reading and validation
 * all follow the edited pack, through real .xlsx files.
 */
import { generateGrids } from "../../src/generation/generate";
import { packToJson } from "../../src/packs/builtIn";
import { parsePack } from "../../src/packs/check";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { TemplatePack } from "../../src/tables/types";
import { validateSheets } from "../../src/validation/validate";
import { exampleModel, roundTrip, seedGrids } from "../fixtures/validation/workbooks";

function editedPack(): TemplatePack {
  const json = JSON.parse(packToJson(GUANGZHOU_PACK));
  const t3 = json.tables.find((t: { id: string }) => t.id === "表3");
  t3.columns.find((c: { key: string }) => c.key === "基本支出").header = ["基本经费"];
  const t8 = json.tables.find((t: { id: string }) => t.id === "表8");
  t8.rows.rows.push({ key: "会议费", label: "会议费", filter: { economic: ["30215"] } });
  json.rules["X.T3-T12.project"].severity = "warning";
  json.rules["T6.hierarchy"].tolerance = 0;
  const result = parsePack(JSON.stringify(json));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.pack;
}

const labelsOf = (sheet: { rows: Array<unknown[] | undefined> }) => sheet.rows.flatMap((r) => r ?? []).filter((v): v is string => typeof v === "string");
const rulesAt = (findings: Array<{ rule: string; severity: string }>, severity: string) => [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();

describe("an edited pack", () => {
  const pack = editedPack();

  test("generates the renamed column and the added row, and reads them back from the .xlsx", async () => {
    const sheets = await roundTrip(generateGrids(exampleModel(), pack));
    const t3 = sheets.find((s) => s.name === "表3")!;
    const t8 = sheets.find((s) => s.name === "表8")!;
    expect(labelsOf(t3)).toContain("基本经费");
    expect(labelsOf(t3)).not.toContain("基本支出");
    expect(labelsOf(t8)).toContain("会议费");
    const own = validateSheets(sheets, { pack });
    // Only 表6's rounding tails are errors, as its tolerance 0 says; the rest is consistent.
    expect(rulesAt(own.findings, "error")).toEqual(["T6.hierarchy"]);
    expect(own.views.get("表8")!.byKey.get("会议费")!.figures["合计"].cents).toBeGreaterThan(0);
    // The built-in pack no longer finds 表3's 基本支出 column nor knows 表8's new row.
    expect(rulesAt(validateSheets(sheets).findings, "error")).toEqual(["read.column", "read.row"]);
  });

  test("validates by its own severities and tolerances", async () => {
    const sheets = await roundTrip(seedGrids());
    const builtIn = validateSheets(sheets);
    const own = validateSheets(sheets, { pack });
    // The seed's 表12 总计 against 表3 项目支出: an error by default, a warning in the edited pack.
    expect(rulesAt(builtIn.findings, "error")).toContain("X.T3-T12.project");
    expect(rulesAt(own.findings, "warning")).toContain("X.T3-T12.project");
    // 表6's rounding tails (商品和服务支出 1,068.01 against 1,068.03) are info by default, errors with tolerance 0.
    const t6 = (r: ReturnType<typeof validateSheets>) => r.findings.filter((f) => f.rule === "T6.hierarchy").map((f) => f.severity);
    expect(new Set(t6(builtIn))).toEqual(new Set(["info"]));
    expect(new Set(t6(own))).toEqual(new Set(["error"]));
    expect(own.findings.find((f) => f.rule === "T6.hierarchy")!.tolerance).toBe(0);
  });
});
