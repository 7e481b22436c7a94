/**
 * Every model the loader accepts makes tables that validate: written to .xlsx and read back, the
 * Guangzhou, Shanghai, Jiangsu and Shenzhen packs' tables have no error and no warning unless the loader
 * warned of it, naming the pack and the rule. Random multi-unit, multi-fund, multi-kind models,
 * half of them changed in a way the loader must refuse or warn about, and the benchmark's
 * synthetic model.
 */
import fc from "fast-check";
import { syntheticModel } from "../../bench/syntheticModel";
import { generateGrids } from "../../src/generation/generate";
import { loadModel } from "../../src/model/load";
import { modelToJson } from "../../src/model/toJson";
import { BudgetModel, formatProblem } from "../../src/model/types";
import { SHANGHAI_PACK } from "../../src/packs/shanghai";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { JIANGSU_PACK } from "../../src/packs/jiangsu";
import { SHENZHEN_PACK } from "../../src/packs/shenzhen";
import { validateSheets } from "../../src/validation/validate";
import { REFUSED, tableModel } from "../fixtures/validation/tableModels";
import { roundTrip } from "../fixtures/validation/workbooks";

/** FC_RUNS=200 for a longer search (each run writes and reads three workbooks). */
const RUNS = Number(process.env.FC_RUNS ?? 15);
const TIMEOUT = Math.max(60_000, RUNS * 4_000);
const PACKS = [GUANGZHOU_PACK, SHANGHAI_PACK, JIANGSU_PACK, SHENZHEN_PACK];
const JIANGSU_KINDS = ["基本支出", "项目支出", "结转下年"];

/** Per pack, the rules of the error and warning findings its tables show. */
async function findingRules(model: BudgetModel): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const pack of PACKS) {
    const { findings } = validateSheets(await roundTrip(generateGrids(model, pack)), { pack });
    out.set(pack.id, findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}: ${f.message.zh}`));
  }
  return out;
}

test("whatever the loader accepts validates in each pack, but for what it warned of", async () => {
  await fc.assert(
    fc.asyncProperty(tableModel, async ({ model, change }) => {
      const loaded = loadModel(modelToJson(model));
      if (!loaded.ok) {
        expect(change).not.toBeNull();
        return;
      }
      expect(REFUSED).not.toContain(change);
      if (change === null) {
        // Jiangsu's tables have no place for 经营支出, 对附属单位补助 or 上缴上级, the others show them all.
        const hidden = model.expenditures.some((e) => !JIANGSU_KINDS.includes(e.kind));
        expect(loaded.warnings.map((w) => w.pack)).toEqual(hidden ? [JIANGSU_PACK.id] : []);
      }
      for (const [pack, found] of await findingRules(loaded.model)) {
        const warned = new Set(loaded.warnings.filter((w) => w.pack === pack).flatMap((w) => w.rules));
        expect(found.filter((f) => !warned.has(f.slice(0, f.indexOf(":"))))).toEqual([]);
      }
    }),
    { numRuns: RUNS },
  );
}, TIMEOUT);

/**
 * Its 事业 units spend 一般公共预算 on 公用经费, as real ones do: Shanghai's 表9 机关运行经费 counts
 * 行政 and 参公 units only and is checked as not exceeding 表8 公用经费, so nothing warns.
 */
test("the benchmark's synthetic model loads with Jiangsu's warning only and validates clean in each other pack", async () => {
  const loaded = loadModel(modelToJson(syntheticModel(20_000)));
  if (!loaded.ok) throw new Error(loaded.problems.slice(0, 5).map((p) => formatProblem(p, "en")).join("\n"));
  // It has 事业单位经营支出 and 对附属单位补助支出, which Jiangsu's 公开表一 has no row for.
  expect(loaded.warnings.map((w) => [w.pack, w.rules])).toEqual([[JIANGSU_PACK.id, ["T1.balance"]]]);
  const found = await findingRules(loaded.model);
  expect(found.get(GUANGZHOU_PACK.id)).toEqual([]);
  expect(found.get(SHANGHAI_PACK.id)).toEqual([]);
  expect(found.get(JIANGSU_PACK.id)!.map((f) => f.slice(0, f.indexOf(":")))).toEqual(["T1.balance"]);
  expect(found.get(SHENZHEN_PACK.id)).toEqual([]);
});
