/** Collects every problem of a JSON document with its path, and checks JSON values' shapes. */
import type { InputProblem } from "../model/types";

export type Json = Record<string, unknown>;

const describe = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? JSON.stringify(v) : typeof v);

export class Checker {
  readonly problems: InputProblem[] = [];

  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** An object with these required and optional fields and no others (a misspelt field is a problem, not ignored). */
  object(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json | undefined {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return void this.fail(path, `expected an object, found ${describe(v)}`);
    const o = v as Json;
    for (const key of required) if (o[key] === undefined) this.fail(path, `"${key}" is missing`);
    for (const key of Object.keys(o)) if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}.${key}`, `unknown field (allowed: ${[...required, ...optional].join(", ")})`);
    return o;
  }

  /** An object used as a map: any keys. */
  map(v: unknown, path: string): Json | undefined {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return void this.fail(path, `expected an object, found ${describe(v)}`);
    return v as Json;
  }

  array(v: unknown, path: string, nonEmpty = true): unknown[] {
    if (!Array.isArray(v)) {
      if (v !== undefined) this.fail(path, `expected an array, found ${describe(v)}`);
      return [];
    }
    if (nonEmpty && v.length === 0) this.fail(path, "must not be empty");
    return v;
  }

  /** A string (non-empty unless allowed), or undefined after reporting. */
  text(v: unknown, path: string, allowEmpty = false): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== "string") return void this.fail(path, `expected a string, found ${describe(v)}`);
    if (!allowEmpty && v.trim() === "") return void this.fail(path, "must not be empty");
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== "string" || !allowed.includes(v as T)) return void this.fail(path, `${describe(v)} is not one of ${allowed.join(", ")}`);
    return v as T;
  }

  /** A list of allowed values, each checked. */
  someOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): void {
    this.array(v, path).forEach((x, i) => this.oneOf(x, `${path}[${i}]`, allowed));
  }

  boolean(v: unknown, path: string): void {
    if (v !== undefined && typeof v !== "boolean") this.fail(path, `expected true or false, found ${describe(v)}`);
  }

  number(v: unknown, path: string, check: (n: number) => boolean, what: string): void {
    if (v === undefined) return;
    if (typeof v !== "number" || !Number.isFinite(v) || !check(v)) this.fail(path, `${describe(v) === "number" ? v : describe(v)} is not ${what}`);
  }

  /** Reports each value that repeats an earlier one, naming the first. */
  unique(values: Array<{ value: unknown; path: string }>, what: string): void {
    const first = new Map<unknown, string>();
    for (const { value, path } of values) {
      if (value === undefined) continue;
      const seen = first.get(value);
      if (seen) this.fail(path, `${describe(value)} repeats the ${what} of ${seen}`);
      else first.set(value, path);
    }
  }
}
