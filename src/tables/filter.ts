/**
 * Evaluates a declarative ItemFilter. A filter is a list of conditions, each on one dimension,
 * so that it can be checked once per distinct value of that dimension: generation checks it on
 * codes, through a table of the codes each condition accepts.
 */
import type { Dimension } from "./dimensions";
import type { ItemFilter } from "./types";

export interface Condition {
  dimension: Dimension;
  test: "oneOf" | "prefixedBy" | "notPrefixedBy";
  values: readonly string[];
}

export function conditions(filter: ItemFilter): Condition[] {
  const out: Condition[] = [];
  const add = (dimension: Dimension, test: Condition["test"], values: readonly string[] | undefined) => values && out.push({ dimension, test, values });
  add("stream", "oneOf", filter.stream && [filter.stream]);
  add("source", "oneOf", filter.sources);
  add("kind", "oneOf", filter.kinds);
  add("fund", "oneOf", filter.funds);
  add("unitKind", "oneOf", filter.unitKinds);
  add("economic", "prefixedBy", filter.economic);
  add("economic", "notPrefixedBy", filter.notEconomic);
  add("function", "prefixedBy", filter.function);
  return out;
}

/** Whether a value meets a condition; an absent value meets none. */
export function accepts(condition: Condition, value: string | undefined): boolean {
  if (value === undefined) return false;
  switch (condition.test) {
    case "oneOf":
      return condition.values.includes(value);
    case "prefixedBy":
      return hasPrefix(value, condition.values);
    case "notPrefixedBy":
      return !hasPrefix(value, condition.values);
  }
}

const hasPrefix = (value: string, prefixes: readonly string[]) => prefixes.some((p) => value.startsWith(p));

const compiled = new WeakMap<ItemFilter, Condition[]>();

/** A filter's conditions, made once per filter object and kept (so that they can key caches too). */
export function conditionsOf(filter: ItemFilter): readonly Condition[] {
  let checks = compiled.get(filter);
  if (!checks) compiled.set(filter, (checks = conditions(filter)));
  return checks;
}
