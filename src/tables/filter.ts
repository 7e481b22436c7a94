/**
 * Evaluates a declarative ItemFilter. A filter is a list of conditions, each on one dimension,
 * so that it can be checked on a fact or, once per distinct value, on a column of item codes.
 */
import type { Fact } from "../generation/facts";
import type { Dimension } from "./dimensions";
import type { ItemFilter } from "./types";

export interface Condition {
  dimension: Dimension;
  accepts(value: string | undefined): boolean;
}

const oneOf = (dimension: Dimension, allowed: readonly string[]): Condition => ({
  dimension,
  accepts: (v) => v !== undefined && allowed.includes(v),
});
const prefixedBy = (dimension: Dimension, prefixes: readonly string[]): Condition => ({
  dimension,
  accepts: (v) => v !== undefined && prefixes.some((p) => v.startsWith(p)),
});

const notPrefixedBy = (dimension: Dimension, prefixes: readonly string[]): Condition => ({
  dimension,
  accepts: (v) => v !== undefined && !prefixes.some((p) => v.startsWith(p)),
});

export function conditions(filter: ItemFilter): Condition[] {
  const out: Condition[] = [];
  if (filter.stream) out.push(oneOf("stream", [filter.stream]));
  if (filter.sources) out.push(oneOf("source", filter.sources));
  if (filter.kinds) out.push(oneOf("kind", filter.kinds));
  if (filter.funds) out.push(oneOf("fund", filter.funds));
  if (filter.unitKinds) out.push(oneOf("unitKind", filter.unitKinds));
  if (filter.economic) out.push(prefixedBy("economic", filter.economic));
  if (filter.notEconomic) out.push(notPrefixedBy("economic", filter.notEconomic));
  if (filter.function) out.push(prefixedBy("function", filter.function));
  return out;
}

const compiled = new WeakMap<ItemFilter, Condition[]>();

export function matches(filter: ItemFilter, fact: Fact): boolean {
  let checks = compiled.get(filter);
  if (!checks) compiled.set(filter, (checks = conditions(filter)));
  for (const c of checks) if (!c.accepts(fact[c.dimension])) return false;
  return true;
}
