/** Collects every problem of a JSON document with its path, and checks JSON values' shapes. */
import type { Bilingual, InputProblem } from "../model/types";

export type Json = Record<string, unknown>;

const describe = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "string" ? JSON.stringify(v) : typeof v);
const TYPE_ZH: Record<string, string> = { object: "对象", number: "数字", boolean: "布尔值", string: "文字" };
const describeZh = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "数组" : typeof v === "string" ? JSON.stringify(v) : TYPE_ZH[typeof v] ?? "值");

export class Checker {
  readonly problems: InputProblem[] = [];

  fail(path: string, message: string, zh: string): void {
    this.problems.push({ path, message, zh });
  }

  /** An object with these required and optional fields and no others (a misspelt field is a problem, not ignored). */
  object(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json | undefined {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return void this.fail(path, `expected an object, found ${describe(v)}`, `应为对象，实为${describeZh(v)}`);
    const o = v as Json;
    for (const key of required) if (o[key] === undefined) this.fail(path, `"${key}" is missing`, `缺少“${key}”`);
    for (const key of Object.keys(o)) if (!required.includes(key) && !optional.includes(key)) this.fail(`${path}.${key}`, `unknown field (allowed: ${[...required, ...optional].join(", ")})`, `未知字段（可用：${[...required, ...optional].join("、")}）`);
    return o;
  }

  /** An object used as a map: any keys. */
  map(v: unknown, path: string): Json | undefined {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return void this.fail(path, `expected an object, found ${describe(v)}`, `应为对象，实为${describeZh(v)}`);
    return v as Json;
  }

  array(v: unknown, path: string, nonEmpty = true): unknown[] {
    if (!Array.isArray(v)) {
      if (v !== undefined) this.fail(path, `expected an array, found ${describe(v)}`, `应为数组，实为${describeZh(v)}`);
      return [];
    }
    if (nonEmpty && v.length === 0) this.fail(path, "must not be empty", "不能为空");
    return v;
  }

  /** A string (non-empty unless allowed), or undefined after reporting. */
  text(v: unknown, path: string, allowEmpty = false): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== "string") return void this.fail(path, `expected a string, found ${describe(v)}`, `应为文字，实为${describeZh(v)}`);
    if (!allowEmpty && v.trim() === "") return void this.fail(path, "must not be empty", "不能为空");
    return v;
  }

  oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== "string" || !allowed.includes(v as T)) return void this.fail(path, `${describe(v)} is not one of ${allowed.join(", ")}`, `${describeZh(v)} 不是 ${allowed.join("、")} 之一`);
    return v as T;
  }

  /** A list of allowed values, each checked. */
  someOf<T extends string>(v: unknown, path: string, allowed: readonly T[], nonEmpty = true): void {
    this.array(v, path, nonEmpty).forEach((x, i) => this.oneOf(x, `${path}[${i}]`, allowed));
  }

  boolean(v: unknown, path: string): void {
    if (v !== undefined && typeof v !== "boolean") this.fail(path, `expected true or false, found ${describe(v)}`, `应为 true 或 false，实为${describeZh(v)}`);
  }

  number(v: unknown, path: string, check: (n: number) => boolean, what: Bilingual): void {
    if (v === undefined) return;
    if (typeof v === "number" && Number.isFinite(v) && check(v)) return;
    const found = typeof v === "number" ? { en: String(v), zh: String(v) } : { en: describe(v), zh: describeZh(v) };
    this.fail(path, `${found.en} is not ${what.en}`, `${found.zh} 不是${what.zh}`);
  }

  /** Reports each value that repeats an earlier one, naming the first. */
  unique(values: Array<{ value: unknown; path: string }>, what: Bilingual): void {
    const first = new Map<unknown, string>();
    for (const { value, path } of values) {
      if (value === undefined) continue;
      const seen = first.get(value);
      if (seen) this.fail(path, `${describe(value)} repeats the ${what.en} of ${seen}`, `${describeZh(value)} 与 ${seen} 的${what.zh}重复`);
      else first.set(value, path);
    }
  }
}
