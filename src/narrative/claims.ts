/** What a 说明 says, sentence by sentence, as claims the checker can hold against the tables. */
import type { Citation } from "./citations";
import type { Interval } from "./exact";
import type { FundName, SubjectKey } from "./facts";
import type { Sentence } from "./sentences";

/** What a figure is of: a subject of the tables, or a function 类/款/项 (with its code when the tables print it). */
export type Target = { kind: "subject"; key: SubjectKey; label: string } | { kind: "item"; label: string; code?: string };

/** Change against last year: its direction (持平 is 0) and what it is measured from. */
export interface Change {
  sign: 1 | -1 | 0;
  /** 比上年预算 (last year's tables) or 比上年预算执行数 (only the text can give it). */
  base: "budget" | "execution";
}

export type Claim =
  | { type: "amount"; sentence: Sentence; target: Target; citation: Citation }
  | {
      type: "change";
      sentence: Sentence;
      target: Target;
      change: Change;
      /** Absent for 持平 with no figure. */
      citation?: Citation;
      /** The amount the text gave this target just before, and the execution figure it gave, if any. */
      statedAmount?: Interval;
      statedBase?: Interval;
    }
  | { type: "nil"; sentence: Sentence; target: Target | { kind: "fund"; fund: FundName; label: string } }
  | { type: "unattributed"; sentence: Sentence; citation: Citation; reason: "subject" | "execution" | "change" };
