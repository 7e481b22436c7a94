/**
 * An empty fund table's 注 must speak of its own fund: 普陀区财政局 2025 notes its empty
 * 国有资本经营预算 table as “无政府性基金预算财政拨款安排”. Checked on the tables' notes as the
 * reader finds them, and on a PDF's text, where the note follows its table's title on the page.
 */
import type { TableView } from "../reading/tableView";
import { Findings } from "../validation/findings";
import type { TextBlock } from "./blocks";
import { FUND_TABLES, FundName } from "./facts";
import { placeLabel, sentencePlace } from "./places";
import { sentences } from "./sentences";

const FUND = /一般公共预算|政府性基金预算|国有资本经营预算/g;
const TITLE = /(一般公共预算|政府性基金预算|国有资本经营预算)支出功能分类预算表/g;
const NOTE = /注[:：]/;

const namedFund = (note: string): FundName | undefined => (note.match(FUND)?.[0] as FundName | undefined);

export function checkTableNotes(views: ReadonlyMap<string, TableView>, findings: Findings): void {
  for (const [fund, id] of Object.entries(FUND_TABLES) as Array<[FundName, string]>) {
    const view = views.get(id);
    const note = view?.note;
    const named = note ? namedFund(note.text) : undefined;
    if (!view || !note || !named || named === fund) continue;
    findings.add("narrative.emptyTableNote", { table: id, sheet: view.sheet, cell: note.address }, { at: `${view.sheet}!${note.address}`, table: id, note: note.text, named, fund });
  }
}

export function checkTextNotes(blocks: readonly TextBlock[], findings: Findings): void {
  for (const block of blocks) {
    const titles = [...block.text.matchAll(TITLE)];
    for (const sentence of sentences(block)) {
      const at = NOTE.exec(sentence.text);
      if (!at) continue;
      const offset = block.text.indexOf(sentence.text) + at.index;
      const title = titles.filter((t) => t.index! < offset).pop();
      const named = namedFund(sentence.text.slice(at.index));
      if (!title || !named || named === title[1]) continue;
      findings.add("narrative.emptyTableNote", sentencePlace(sentence), { at: placeLabel(sentence), table: title[0], note: sentence.text.slice(at.index), named, fund: title[1] }, { quote: sentence.text });
    }
  }
}
