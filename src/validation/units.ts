/**
 * A 主管部门's budget is the sum of its 单位 budgets: every table of the 部门's workbook is
 * checked against the same table of each unit's workbook (表11/表12's unit rows against each
 * unit's own rows). A unit whose table cannot be read makes that table's sums not checkable.
 */
import type { TableView } from "../reading/tableView";
import type { TemplatePack } from "../tables/types";
import { Finding, Findings, Message } from "./findings";
import { IDENTITY_MESSAGES } from "./messages";
import { BookInput, readBook, ReadBook, sameTables } from "./unitBooks";
import { checkUnitSums, Counts, Member } from "./unitSums";
import { summarise, Summary } from "./validate";

export interface UnitsSummary extends Summary {
  /** Each workbook as read: its file, the entity its tables name, and the pack it follows (absent when unreadable). */
  department: BookSummary;
  units: BookSummary[];
}

export interface BookSummary {
  file: string;
  name: string;
  pack?: string;
}

export interface UnitsResult {
  summary: UnitsSummary;
  findings: Finding[];
}

interface Unit {
  file: string;
  book?: ReadBook;
}

export function checkUnits(department: BookInput, units: readonly BookInput[]): UnitsResult {
  const findings = new Findings();
  const counts: Counts = { checked: 0, notCheckable: 0 };
  const dept = readBook(department, findings);
  const read: Unit[] = units.map((input) => ({ file: input.file, book: readBook(input, findings) }));
  if (dept) {
    read.forEach((u) => u.book && !sameTables(u.book.pack, dept.pack) && reportLayout(u.book, dept, findings));
    const comparable = read.map((u) => (u.book && sameTables(u.book.pack, dept.pack) ? u : { file: u.file }));
    for (const view of dept.views.values()) checkTable(dept, view, comparable, findings, counts);
  }
  return report(findings, counts, department.file, dept, read);
}

function reportLayout(unit: ReadBook, dept: ReadBook, findings: Findings): void {
  findings.add("units.layout", { file: unit.file, sheet: "", cell: "" }, { unit: unit.name, pack: unit.pack.name, departmentPack: dept.pack.name });
}

/** The 部门's table against its units' tables, or one not-checkable finding naming the units that lack it. */
function checkTable(dept: ReadBook, view: TableView, units: readonly Unit[], findings: Findings, counts: Counts): void {
  const members: Member[] = [];
  const missing: Message[] = [];
  for (const u of units) {
    const unitView = u.book?.views.get(view.table);
    if (unitView) members.push({ file: u.file, name: u.book!.name, view: unitView });
    else missing.push(u.book ? { zh: `单位“${u.book.name}”（${u.file}）没有可读的${view.table}`, en: `unit ${u.book.name} (${u.file}) has no readable ${view.table}` } : { zh: `单位工作簿 ${u.file} 无法读取或无法逐表相加`, en: `the unit workbook ${u.file} cannot be read or added up` });
  }
  const department: Member = { file: dept.file, name: dept.name, view };
  if (missing.length === 0) checkUnitSums(department, members, findings, counts);
  else notCheckable(department, missing, findings, counts);
}

/** One finding at the table for every sum it holds; each is counted as not checkable. */
function notCheckable({ file, view }: Member, reasons: Message[], findings: Findings, counts: Counts): void {
  const params = {
    where: `${view.table} ${view.anchor}`,
    relationZh: "各单位相应数之和",
    relationEn: "the sum of its units' figures",
    reasonZh: reasons.map((r) => r.zh).join("；"),
    reasonEn: reasons.map((r) => r.en).join("; "),
  };
  findings.addMessage("identity.notCheckable", { file, table: view.table, sheet: view.sheet, cell: view.anchor }, IDENTITY_MESSAGES.notCheckable(params), { identityRule: "units.sum" });
  counts.notCheckable += view.rows.reduce((n, r) => n + Object.keys(r.figures).length, 0);
}

function report(findings: Findings, counts: Counts, deptFile: string, dept: ReadBook | undefined, units: readonly Unit[]): UnitsResult {
  const pack: TemplatePack = dept?.pack ?? { packFormat: 1, id: "", name: "未识别 unrecognised", version: "", tables: [], rules: {}, identities: [] };
  const packSummary = { id: pack.id, name: pack.name, detected: true, score: dept?.score ?? 0 };
  const { summary, findings: sorted } = summarise(findings.list, { order: pack.tables.map((t) => t.id), expected: pack.tables.length, found: dept?.views.size ?? 0, tables: [] }, packSummary, counts);
  const book = (file: string, b?: ReadBook): BookSummary => ({ file, name: b?.name ?? "", ...(b ? { pack: b.pack.name } : {}) });
  return { summary: { ...summary, department: book(deptFile, dept), units: units.map((u) => book(u.file, u.book)) }, findings: sorted };
}
