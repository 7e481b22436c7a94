/**
 * What the reader could not understand, as data (a rule, a place and the parameters of its
 * message): validation turns each problem into a finding, with the severity the template pack
 * gives the rule and the message of the rule's template (src/validation/messages.ts).
 */
import type { TableId } from "../model/types";

export interface Message {
  zh: string;
  en: string;
}

export interface Place {
  /** The workbook, when a check spans several (a 部门 against its 单位). */
  file?: string;
  table?: TableId;
  sheet: string;
  cell: string;
  /** The table's row key ("f:2080505", "收入总计") and column key ("合计"), where the problem has one. */
  row?: string;
  column?: string;
}

/** What a message template fills in: table, cell, the text as printed … */
export type Params = Readonly<Record<string, string | number | boolean | undefined>>;

export interface ReadProblem {
  /** A generic rule id (read.row, code.malformed, amount.invalid …). */
  rule: string;
  place: Place;
  params: Params;
  /** Other cells involved: "C8" in the same sheet, "表2!C6" in another. */
  related?: string[];
}

export class ReadProblems {
  readonly list: ReadProblem[] = [];

  add(rule: string, place: Place, params: Params, related?: string[]): ReadProblem {
    const problem = { rule, place, params, ...(related && related.length > 0 ? { related } : {}) };
    this.list.push(problem);
    return problem;
  }
}
