/** Checks on a table as a whole: an empty table's 本表本年无发生额 note (the reader reports repeated rows). */
import type { TableView } from "../reading/tableView";
import { Findings } from "./findings";

const EMPTY_NOTE = "本表本年无发生额";

export function checkTable(view: TableView, findings: Findings): void {
  checkEmptyNote(view, findings);
}

function checkEmptyNote(view: TableView, findings: Findings): void {
  if (view.def.noteLine === false) return;
  const empty = view.rows.every((r) => Object.values(r.figures).every((f) => f.cents === 0));
  if (!empty || view.note?.text.includes(EMPTY_NOTE)) return;
  const cell = view.note?.address ?? view.anchor;
  findings.add("table.emptyNote", { table: view.table, sheet: view.sheet, cell }, { table: view.table, at: cell, note: view.note?.text });
}
