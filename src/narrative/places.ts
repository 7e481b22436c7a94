/** Where a sentence stands, as a finding's place: its sheet and cell, or its source with page/paragraph and sentence. */
import type { Place } from "../reading/problems";
import type { Sentence } from "./sentences";

/** What reports group the narrative's findings under, as they group a table's under 表N. */
export const NARRATIVE_GROUP = "说明";

export function sentencePlace(s: Sentence): Place {
  const p = s.block.place;
  switch (p.kind) {
    case "cell":
      return { table: NARRATIVE_GROUP, sheet: p.sheet, cell: p.cell };
    case "page":
      return { table: NARRATIVE_GROUP, sheet: p.source, cell: `第${p.page}页第${s.index}句` };
    default:
      return { table: NARRATIVE_GROUP, sheet: p.source, cell: `第${p.paragraph}段第${s.index}句` };
  }
}

/** The place as a message names it: 部门编制说明!A3 第2句, 说明.txt 第7页第3句. */
export function placeLabel(s: Sentence): string {
  const place = sentencePlace(s);
  return s.block.place.kind === "cell" ? `${place.sheet}!${place.cell} 第${s.index}句` : `${place.sheet} ${place.cell}`;
}
