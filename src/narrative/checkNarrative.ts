/**
 * The 说明 checked against the tables: every figure it cites, its 无… statements, its empty
 * tables' notes. One entry for every source: the caller turns sheets, a .docx or a PDF's text
 * into text blocks (blocks.ts).
 */
import type { TableId } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView } from "../reading/tableView";
import { Finding, Findings } from "../validation/findings";
import { tableSheets, withPrintedPlaces } from "../validation/printedPlaces";
import type { TextBlock } from "./blocks";
import { claimsOf } from "./attribute";
import { checkClaim } from "./check";
import { checkTableNotes, checkTextNotes } from "./emptyNotes";
import { checkRepeats } from "./repeats";
import { TableFacts } from "./facts";
import { sentences } from "./sentences";

export interface NarrativeSummary {
  sentences: number;
  /** Figures and statements held against the tables or the text itself. */
  checked: number;
  /** Figures listed as not checked. */
  notChecked: number;
  errors: number;
  warnings: number;
}

export interface NarrativeResult {
  findings: Finding[];
  summary: NarrativeSummary;
}

export interface NarrativeInput {
  blocks: readonly TextBlock[];
  views: ReadonlyMap<TableId, TableView>;
  /** Last year's tables, for the changes the text cites. */
  lastYear?: ReadonlyMap<TableId, TableView>;
  /** The sheets the tables were read from: a PDF's, whose cells the findings name by where they were printed. */
  sheets?: readonly SheetCells[];
}

export function checkNarrative({ blocks, views, lastYear, sheets = [] }: NarrativeInput, findings = new Findings()): NarrativeResult {
  const current = new TableFacts(views);
  const tables = { current, ...(lastYear ? { last: new TableFacts(lastYear) } : {}) };
  const claims = claimsOf(blocks, current.functionRows());
  const counts = { checked: 0, notChecked: 0, none: 0 };
  const start = findings.list.length;
  for (const claim of claims) counts[checkClaim(claim, tables, findings)]++;
  checkTableNotes(views, findings);
  checkTextNotes(blocks, findings);
  checkRepeats(blocks, findings);
  const list = withPrintedPlaces(findings.list.slice(start), sheets, tableSheets(views));
  const count = (s: Finding["severity"]) => list.filter((f) => f.severity === s).length;
  const sentenceCount = blocks.reduce((n, b) => n + sentences(b).length, 0);
  return { findings: list, summary: { sentences: sentenceCount, checked: counts.checked, notChecked: counts.notChecked, errors: count("error"), warnings: count("warning") } };
}
