/** Looks up the printed name of a classification code: the model's own names first, then the built-in catalogues. */
import type { CodeNames } from "../model/types";
import { builtInName, type Classification } from "./nameStatus";

export { builtInName, type Classification } from "./nameStatus";

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
