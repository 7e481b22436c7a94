/**
 * A passage printed twice: 普陀区财政局 2025 prints items 7–11 of its 财政拨款支出 list again at the
 * top of the next page. Sentences that cite an amount and repeat earlier ones word for word are
 * one finding per run of repeats, at its first sentence, naming where the text first stood.
 */
import { Findings } from "../validation/findings";
import type { TextBlock } from "./blocks";
import { placeLabel, sentencePlace } from "./places";
import { Sentence, sentences } from "./sentences";

/** Short sentences (与上年持平。) repeat by nature; a repeated passage is longer and cites an amount. */
const MIN_LENGTH = 20;
const AMOUNT = /\d\s*(?:万元|元)/;

export function checkRepeats(blocks: readonly TextBlock[], findings: Findings): void {
  const all = blocks.flatMap(sentences);
  const first = new Map<string, number>();
  let run: { start: Sentence; of: Sentence; count: number } | undefined;
  const flush = () => {
    if (!run) return;
    const { start, of, count } = run;
    findings.add("narrative.repeated", sentencePlace(start), { at: placeLabel(start), count, first: placeLabel(of) }, { quote: start.text });
    run = undefined;
  };
  all.forEach((s, i) => {
    const key = s.text.replace(/^\s*\d+[.．、]\s*/, "").replace(/\s+/g, "");
    const earlier = key.length >= MIN_LENGTH && AMOUNT.test(key) ? first.get(key) : undefined;
    if (earlier === undefined) {
      flush();
      if (!first.has(key)) first.set(key, i);
      return;
    }
    if (run && all.indexOf(run.of) + run.count === earlier) run.count++;
    else {
      flush();
      run = { start: s, of: all[earlier], count: 1 };
    }
  });
  flush();
}
