/**
 * Generation benchmark: the 12 grids from synthetic models, beside two baselines that sum the
 * same line items into plain maps in one pass. Times are taken in one process, the tasks in
 * turns (so that machine load affects them alike); each peak-memory figure comes from a fresh
 * process of its own.
 */
import { generateGrids } from "../src/generation/generate";
import type { BudgetModel } from "../src/model/types";
import { GUANGZHOU_PACK } from "../src/packs/guangzhou";
import { syntheticModel } from "./syntheticModel";

/** Median times of each task, measured in turns in one process so that they share its conditions. */
export interface Timings {
  median: Record<Task, number>;
  /** Generation's time ÷ baseline A's in the same round (median over rounds), and ÷ baseline B's (ratio of medians). */
  ratio: { baseline: number; fullKey: number };
  rounds: number;
}
/** Peak memory (growth of max RSS) of one run of a task, in its own process. */
export type PeakMB = number;

const TASKS = {
  /** What any aggregation must at least do: one pass adding each item into maps by its codes and unit. */
  baseline(model: BudgetModel): number {
    const byFunction = new Map<string, number>();
    const byEconomic = new Map<string, number>();
    const byUnit = new Map<string, number>();
    for (const e of model.expenditures) {
      byFunction.set(e.function, (byFunction.get(e.function) ?? 0) + e.amount);
      byEconomic.set(e.economic, (byEconomic.get(e.economic) ?? 0) + e.amount);
      byUnit.set(e.unit, (byUnit.get(e.unit) ?? 0) + e.amount);
    }
    for (const r of model.revenues) byFunction.set(r.function, (byFunction.get(r.function) ?? 0) + r.amount);
    return byFunction.size + byEconomic.size + byUnit.size;
  },
  /** What a plain aggregation keeping every dimension does: one Map keyed by all of an item's codes. */
  fullKey(model: BudgetModel): number {
    const sums = new Map<string, number>();
    const add = (key: string, amount: number) => sums.set(key, (sums.get(key) ?? 0) + amount);
    for (const e of model.expenditures) add(`${e.unit}|${e.function}|${e.economic}|${e.kind}|${e.fund}|${e.project ?? ""}`, e.amount);
    for (const r of model.revenues) add(`${r.unit}|${r.function}|${r.source}`, r.amount);
    return sums.size;
  },
  generate(model: BudgetModel): number {
    return generateGrids(model, GUANGZHOU_PACK).length;
  },
};
export type Task = keyof typeof TASKS;

/**
 * Untimed rounds first, so that every task is timed as optimised code, as benchmark tools do:
 * at least 3 rounds and 1 s. Then timed rounds: at least 5 and 2 s, so that small models are
 * timed over many rounds.
 */
const WARM_UP = { rounds: 3, ms: 1000 };
const TIMED = { rounds: 5, ms: 2000 };
type Times = Partial<Record<Task, number>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** One round: each task once, in turn; each one's time in ms. */
function round(model: BudgetModel, tasks: readonly Task[]): Times {
  const times: Times = {};
  for (const task of tasks) {
    const start = process.hrtime.bigint();
    TASKS[task](model);
    times[task] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return times;
}

/** Warm-up rounds, then timed rounds until both limits are reached; the timed rounds. */
function rounds(model: BudgetModel, tasks: readonly Task[]): Times[] {
  const run = (limits: { rounds: number; ms: number }) => {
    const out: Times[] = [];
    for (let spent = 0; out.length < limits.rounds || spent < limits.ms; ) {
      out.push(round(model, tasks));
      spent += tasks.reduce((sum, task) => sum + out[out.length - 1][task]!, 0);
    }
    return out;
  };
  run(WARM_UP);
  return run(TIMED);
}

/**
 * In a child: the model once, then rounds of baseline A and generation in turn, and rounds of
 * baseline B on its own (it leaves a string per item behind, which would be collected on the
 * others' time). Each task's median time; generation's median ratio to A over the rounds (a
 * round's two tasks ran moments apart, so the machine's speed drifting between rounds does not
 * move it); and the ratio of the medians to B.
 */
export function timeInThisProcess(lineItems: number): Timings {
  const model = syntheticModel(lineItems);
  const paired = rounds(model, ["baseline", "generate"]);
  const alone = rounds(model, ["fullKey"]);
  const medianOf = (timed: Times[], task: Task) => median(timed.map((r) => r[task]!));
  const times = { baseline: medianOf(paired, "baseline"), generate: medianOf(paired, "generate"), fullKey: medianOf(alone, "fullKey") };
  return {
    median: times,
    ratio: { baseline: median(paired.map((r) => r.generate! / r.baseline!)), fullKey: times.generate / times.fullKey },
    rounds: paired.length,
  };
}

/** In a child: the model, then one run of the task; how much the process's peak memory grew. */
export function peakInThisProcess(task: Task, lineItems: number): PeakMB {
  const model = syntheticModel(lineItems);
  global.gc?.();
  const before = process.resourceUsage().maxRSS;
  TASKS[task](model);
  return (process.resourceUsage().maxRSS - before) / 1024;
}

if (require.main === module && process.argv[2] === "--time") process.send!(timeInThisProcess(Number(process.argv[3])));
if (require.main === module && process.argv[2] === "--peak") process.send!(peakInThisProcess(process.argv[3] as Task, Number(process.argv[4])));
