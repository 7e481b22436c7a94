/** Findings are data: every report, inline flag and task-pane list is made from them. */
import type { TableId } from "../model/types";
import type { Message, Params, Place, ReadProblem } from "../reading/problems";
import { renderMessage } from "./messages";
import { RuleId, RuleLookup, ruleLookup } from "./rules";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type { Message, Place } from "../reading/problems";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** The workbook, when a check spans several (a 部门 against its 单位); absent for one workbook. */
  file?: string;
  /** The table the finding belongs to, for grouping; absent for workbook-level findings. */
  table?: TableId;
  sheet: string;
  /** A1 address in `sheet`; "" when the finding concerns no single cell (a missing table). */
  cell: string;
  /** Other cells involved: "C8" in the same sheet, "表2!C6" in another. */
  related: string[];
  /** Amounts in the display unit; null when the rule compares no amounts. */
  expected: number | null;
  actual: number | null;
  difference: number | null;
  tolerance: number | null;
  message: Message;
  /** The table's row key ("f:2080505", "收入总计") and column key ("合计") of the cell, where it has them. */
  row?: string;
  column?: string;
  /** Identity findings: the interval each side stands for, rounding included (XBRL Calculations 1.1), in the display unit. */
  intervals?: { total: [number, number]; parts: [number, number] };
  /** Narrative findings: the sentence the figure stands in. */
  quote?: string;
  /** identity.notCheckable: the rule of the identity that could not be checked. */
  identityRule?: RuleId;
  /** A table read from a PDF: where the cell (and each related one) was printed (第 12 页 表3 2080505 … · 合计), as reports name it instead of the cell. */
  origin?: { file?: string; page: number; place: string; related?: string[] };
}

/** Collects findings; the rule's severity (as the template pack sets it) applies unless a check says otherwise. */
export class Findings {
  readonly list: Finding[] = [];

  constructor(readonly rules: RuleLookup = ruleLookup()) {}

  /** A finding of a generic rule, its message rendered from the rule's template with `params`. */
  add(rule: RuleId, place: Place, params: Params, extra: Partial<Finding> = {}): void {
    this.addMessage(rule, place, renderMessage(rule, params), extra);
  }

  /** A finding whose message is already rendered (identities, from the identity templates). */
  addMessage(rule: RuleId, place: Place, message: Message, extra: Partial<Finding> = {}): Finding {
    const finding: Finding = {
      rule,
      severity: this.rules(rule).severity,
      ...(place.file !== undefined ? { file: place.file } : {}),
      ...(place.table ? { table: place.table } : {}),
      sheet: place.sheet,
      cell: place.cell,
      ...(place.row !== undefined ? { row: place.row } : {}),
      ...(place.column !== undefined ? { column: place.column } : {}),
      related: [],
      expected: null,
      actual: null,
      difference: null,
      tolerance: null,
      message,
      ...extra,
    };
    this.list.push(finding);
    return finding;
  }

  /** A problem the reader met, at the severity the pack gives its rule. */
  addProblem(p: ReadProblem): void {
    this.add(p.rule, p.place, p.params, p.related ? { related: p.related } : {});
  }
}

/** A cell address as seen from another workbook, as Excel writes it: [单位A.xlsx]表2!C6, '[a b.xlsx]My sheet'!C6. */
export function qualifiedInFile(file: string, sheet: string, address: string): string {
  const book = `[${file}]${sheet}`;
  return /^[\p{L}\p{N}_.[\]-]+$/u.test(book) ? `${book}!${address}` : `'${book.replace(/'/g, "''")}'!${address}`;
}

/** A cell address as seen from another sheet: 表2!C6, 'My sheet'!C6. */
export function qualified(sheet: string, address: string): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${address}`;
}
