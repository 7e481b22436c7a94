/** Looks up the printed name of a classification code: the model's own names first, then the built-in catalogues. */
import type { CodeNames } from "../model/types";
import { ECONOMIC_NAMES } from "./economic";
import { FUNCTION_CLASSES, OTHER_FUNCTION_CLASS_NAMES } from "./functionClasses";

const FUNCTION_CLASS_NAMES: Record<string, string> = {
  ...OTHER_FUNCTION_CLASS_NAMES,
  ...Object.fromEntries(FUNCTION_CLASSES.map((c) => [c.code, c.name])),
};

export type Classification = "function" | "economic";

export function builtInName(kind: Classification, code: string): string | undefined {
  return kind === "function" ? FUNCTION_CLASS_NAMES[code] : ECONOMIC_NAMES[code];
}

export function codeName(kind: Classification, code: string, own: CodeNames): string | undefined {
  return own[kind][code] ?? builtInName(kind, code);
}

/** The code and its ancestors, broadest first: 2010301 → 201, 20103, 2010301. */
export function codeLineage(code: string): string[] {
  const out: string[] = [];
  for (let len = 3; len <= code.length; len += 2) out.push(code.slice(0, len));
  return out;
}

export const FUNCTION_CODE = /^\d{7}$/;
export const ECONOMIC_CODE = /^\d{5}$/;
