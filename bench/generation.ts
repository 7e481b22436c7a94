/**
 * Generation benchmark: the 12 grids from synthetic models, beside two baselines that sum the
 * same line items into plain maps in one pass. Times are taken in one process, the tasks in
 * turns (so that machine load affects them alike); each peak-memory figure comes from a fresh
 * process of its own.
 */
import { generateGrids } from "../src/generation/generate";
import type { BudgetModel } from "../src/model/types";
import { GUANGZHOU_PACK } from "../src/tables/guangzhou";
import { syntheticModel } from "./syntheticModel";

/** Median times of each task, measured in turns in one process so that they share its conditions. */
export type Timings = Record<Task, number>;
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

/** Untimed rounds first, so that every task is timed as optimised code, as benchmark tools do. */
const WARM_UP_ROUNDS = 3;
const ROUNDS = 5;
const TASK_NAMES = Object.keys(TASKS) as Task[];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** In a child: the model once, then every task in turn, warm-up rounds and five timed ones; the median of each. */
export function timeInThisProcess(lineItems: number): Timings {
  const model = syntheticModel(lineItems);
  const times = Object.fromEntries(TASK_NAMES.map((t) => [t, [] as number[]])) as Record<Task, number[]>;
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
    for (const task of TASK_NAMES) {
      const start = process.hrtime.bigint();
      TASKS[task](model);
      if (round >= WARM_UP_ROUNDS) times[task].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return Object.fromEntries(TASK_NAMES.map((t) => [t, median(times[t])])) as Timings;
}

/** In a child: the model, then one run of the task; how much the process's peak memory grew. */
export function peakInThisProcess(task: Task, lineItems: number): PeakMB {
  const model = syntheticModel(lineItems);
  global.gc?.();
  const before = process.resourceUsage().maxRSS;
  TASKS[task](model);
  return (process.resourceUsage().maxRSS - before) / 1024;
}
