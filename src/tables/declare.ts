/** Small helpers for writing a template pack's rules and identities as data. */
import type { RefDef, RuleSetting } from "./types";

export const rule = (severity: RuleSetting["severity"], zh: string, en: string): RuleSetting => ({ severity, zh, en });
export const at = (table: string, row: string, column: string): RefDef => ({ table, row, column });
export const less = (ref: RefDef): RefDef => ({ ...ref, negate: true });
