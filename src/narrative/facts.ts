/**
 * What the tables say about each thing a 说明 cites: totals, funds, 基本/项目支出, “三公”经费 and
 * 机关运行经费 from fixed cells of the Shanghai tables (the layouts whose 说明 these are), and
 * function 类/款/项 by code from the fund and expenditure tables. Declarative: one line per subject.
 */
import type { TableId } from "../model/types";
import type { TableView, ViewRow } from "../reading/tableView";
import { figureInterval, Interval } from "./exact";

/** Where a subject's figure stands: table, row key, column key. */
interface Source {
  table: TableId;
  row: string;
  column: string;
}

const cell = (table: TableId, row: string, column: string): Source => ({ table, row, column });

/** The subjects a 说明 cites, by the key the attribution gives them, and their cells. */
export const SUBJECT_SOURCES = {
  收入预算: cell("表1", "收入总计", "income"),
  财政拨款收入: cell("表1", "财政拨款收入", "income"),
  事业收入: cell("表1", "事业收入", "income"),
  事业单位经营收入: cell("表1", "事业单位经营收入", "income"),
  其他收入: cell("表1", "其他收入", "income"),
  支出预算: cell("表1", "支出总计", "合计"),
  财政拨款支出: cell("表4", "支出总计", "合计"),
  一般公共预算拨款支出: cell("表4", "支出总计", "一般公共预算"),
  政府性基金拨款支出: cell("表4", "支出总计", "政府性基金预算"),
  国有资本经营预算拨款支出: cell("表4", "支出总计", "国有资本经营预算"),
  基本支出: cell("表3", "合计", "基本支出"),
  项目支出: cell("表3", "合计", "项目支出"),
  人员经费: cell("表8", "合计", "人员经费"),
  公用经费: cell("表8", "合计", "公用经费"),
  三公经费: cell("表9", "预算数", "合计"),
  因公出国: cell("表9", "预算数", "因公出国"),
  公务用车: cell("表9", "预算数", "公务用车"),
  公务用车购置: cell("表9", "预算数", "公务用车购置"),
  公务用车运行: cell("表9", "预算数", "公务用车运行"),
  公务接待: cell("表9", "预算数", "公务接待"),
  机关运行经费: cell("表9", "预算数", "机关运行经费"),
} as const satisfies Record<string, Source>;

export type SubjectKey = keyof typeof SUBJECT_SOURCES;

/** The fund tables, by fund: an empty one gets its statement, a 注 must name its own fund. */
export const FUND_TABLES = { 一般公共预算: "表5", 政府性基金预算: "表6", 国有资本经营预算: "表7" } as const;
export type FundName = keyof typeof FUND_TABLES;

/**
 * The tables the sources name, by what their titles say in the Shanghai layouts: another pack's
 * 表8 or 表9 holds something else, and a figure is never held against a table that means another thing.
 */
const TITLES: Record<TableId, string> = {
  表1: "财务收支预算总表",
  表3: "支出预算总表",
  表4: "财政拨款收支预算总表",
  表5: "一般公共预算支出功能分类预算表",
  表6: "政府性基金预算支出功能分类预算表",
  表7: "国有资本经营预算支出功能分类预算表",
  表8: "一般公共预算基本支出部门预算经济分类预算表",
  表9: "“三公”经费和机关运行经费预算表",
};

/** The views a 说明 can be held against: those whose titles are the Shanghai tables'. */
export function narrativeTables(views: ReadonlyMap<TableId, TableView>): Map<TableId, TableView> {
  return new Map([...views].filter(([id, v]) => TITLES[id] !== undefined && v.def.title.endsWith(TITLES[id])));
}

/** A function code's figures, the fund table first: the 说明 lists 财政拨款 spending by 项. */
const CODE_TABLES: TableId[] = ["表5", "表6", "表7", "表3"];

export interface Fact {
  interval: Interval;
  table: TableId;
  sheet: string;
  address: string;
}

export class TableFacts {
  readonly views: ReadonlyMap<TableId, TableView>;

  constructor(views: ReadonlyMap<TableId, TableView>) {
    this.views = narrativeTables(views);
  }

  subject(key: SubjectKey): Fact | undefined {
    const s = SUBJECT_SOURCES[key];
    return this.at(s.table, s.row, s.column);
  }

  /** A function code's 合计 in each table that prints it, the fund table first. */
  code(code: string): Fact[] {
    return CODE_TABLES.map((t) => this.at(t, `f:${code}`, "合计")).filter((f): f is Fact => f !== undefined);
  }

  /** The rows of a code table, for finding a 类/款/项 by its printed names. */
  functionRows(): ViewRow[] {
    return CODE_TABLES.flatMap((t) => this.views.get(t)?.rows ?? []).filter((r) => r.code !== undefined && r.key.startsWith("f:"));
  }

  /** Whether a fund's table prints no figure other than zero. */
  fundEmpty(fund: FundName): boolean | undefined {
    const view = this.views.get(FUND_TABLES[fund]);
    return view ? view.rows.every((r) => Object.values(r.figures).every((f) => f.cents === 0)) : undefined;
  }

  private at(table: TableId, row: string, column: string): Fact | undefined {
    const view = this.views.get(table);
    const r = view?.byKey.get(row);
    const figure = r?.figures[column];
    if (!view || !r || !figure) return undefined;
    return { interval: figureInterval(figure, view.displayUnit), table, sheet: view.sheet, address: figure.address };
  }
}
