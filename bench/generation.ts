/**
 * Generation benchmark: the 12 grids from synthetic models, beside a minimal baseline that
 * sums the same line items into plain maps in one pass. Each measurement runs in a fresh child
 * process so that its peak memory (growth of the process's max RSS) is its own.
 */
import { generateGrids } from "../src/generation/generate";
import type { BudgetModel } from "../src/model/types";
import { GUANGZHOU_PACK } from "../src/tables/guangzhou";
import { syntheticModel } from "./syntheticModel";

export interface Measurement {
  /** Wall-clock time of the best run. */
  ms: number;
  /** CPU time (user + system) of the same run: steadier than wall time on a busy machine. */
  cpuMs: number;
  peakMB: number;
}

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

const REPEATS = 3;

/** Runs in the child: build the model, then time the task (best of a few runs) and its peak memory. */
export function measureInThisProcess(task: Task, lineItems: number): Measurement {
  const model = syntheticModel(lineItems);
  global.gc?.();
  const rssBefore = process.resourceUsage().maxRSS;
  let best = { ms: Infinity, cpuMs: Infinity };
  for (let i = 0; i < REPEATS; i++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    TASKS[task](model);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    if (ms < best.ms) best = { ms, cpuMs: (used.user + used.system) / 1000 };
  }
  return { ...best, peakMB: (process.resourceUsage().maxRSS - rssBefore) / 1024 };
}
