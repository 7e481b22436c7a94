/** Evaluates a declarative ItemFilter against an aggregated fact. */
import type { Fact } from "../generation/facts";
import type { ItemFilter } from "./types";

const startsWithAny = (code: string | undefined, prefixes: string[]) =>
  code !== undefined && prefixes.some((p) => code.startsWith(p));

export function matches(filter: ItemFilter, fact: Fact): boolean {
  if (filter.stream && fact.stream !== filter.stream) return false;
  if (filter.sources && !(fact.source && filter.sources.includes(fact.source))) return false;
  if (filter.kinds && !(fact.kind && filter.kinds.includes(fact.kind))) return false;
  if (filter.funds && !(fact.fund && filter.funds.includes(fact.fund))) return false;
  if (filter.unitKinds && !filter.unitKinds.includes(fact.unitKind)) return false;
  if (filter.economic && !startsWithAny(fact.economic, filter.economic)) return false;
  if (filter.function && !startsWithAny(fact.function, filter.function)) return false;
  return true;
}
