/**
 * Sentences of a text block: split after 。！？ (with the closing quotes and brackets that follow
 * them: 则写“本部门无机关运行经费。”） is one sentence) and at line breaks, numbered within the block.
 */
import type { TextBlock } from "./blocks";

export interface Sentence {
  block: TextBlock;
  /** 1-based within the block. */
  index: number;
  text: string;
}

export function sentences(block: TextBlock): Sentence[] {
  const parts = block.text.split(/(?<=[。！？][”’」』）)]*)(?![”’」』）)])|\r?\n/);
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((text, i) => ({ block, index: i + 1, text }));
}
