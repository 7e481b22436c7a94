/**
 * Evaluates a declarative ItemFilter. A filter is a list of conditions, each on one dimension,
 * so that it can be checked on a fact or, once per distinct value, on a column of item codes.
 * Conditions are plain data read by one function (no closure per condition): filters are
 * checked for every fact of every row of every table, and plain data keeps that call cheap.
 */
import type { Fact } from "../generation/facts";
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

function hasPrefix(value: string, prefixes: readonly string[]): boolean {
  for (let i = 0; i < prefixes.length; i++) if (value.startsWith(prefixes[i])) return true;
  return false;
}

/** A fact's value in a dimension, read field by field so that each read has one known shape. */
function valueIn(fact: Fact, dimension: Dimension): string | undefined {
  switch (dimension) {
    case "stream":
      return fact.stream;
    case "unit":
      return fact.unit;
    case "unitKind":
      return fact.unitKind;
    case "function":
      return fact.function;
    case "economic":
      return fact.economic;
    case "economicClass":
      return fact.economicClass;
    case "functionClass":
      return fact.functionClass;
    case "kind":
      return fact.kind;
    case "fund":
      return fact.fund;
    case "source":
      return fact.source;
    case "project":
      return fact.project;
  }
}

/** Whether a fact meets every condition (see conditions(), made once per filter). */
export function passes(checks: readonly Condition[], fact: Fact): boolean {
  for (let i = 0; i < checks.length; i++) if (!accepts(checks[i], valueIn(fact, checks[i].dimension))) return false;
  return true;
}

const compiled = new WeakMap<ItemFilter, Condition[]>();

/** A filter's conditions, made once per filter object and kept (so that they can key caches too). */
export function conditionsOf(filter: ItemFilter): readonly Condition[] {
  let checks = compiled.get(filter);
  if (!checks) compiled.set(filter, (checks = conditions(filter)));
  return checks;
}

/** Whether a fact passes a filter. */
export function matches(filter: ItemFilter, fact: Fact): boolean {
  return passes(conditionsOf(filter), fact);
}
