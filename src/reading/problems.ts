/**
 * What the reader could not understand, as data: validation turns each problem into a finding
 * (with the severity the template pack gives its rule), the importer into a message.
 */
import type { TableId } from "../model/types";

export interface Message {
  zh: string;
  en: string;
}

export interface Place {
  table?: TableId;
  sheet: string;
  cell: string;
  /** The table's row key ("f:2080505", "收入总计") and column key ("合计"), where the problem has one. */
  row?: string;
  column?: string;
}

export interface ReadProblem {
  /** A generic rule id (read.row, code.malformed, amount.invalid …). */
  rule: string;
  place: Place;
  message: Message;
  /** Other cells involved: "C8" in the same sheet, "表2!C6" in another. */
  related?: string[];
}

export class ReadProblems {
  readonly list: ReadProblem[] = [];

  add(rule: string, place: Place, message: Message, related?: string[]): void {
    this.list.push({ rule, place, message, ...(related && related.length > 0 ? { related } : {}) });
  }
}
