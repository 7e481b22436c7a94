/**
 * The standard 说明 drafted from the tables, in the wording of the Shanghai district documents
 * and their 2026 templates: 收支预算总体情况, 财政拨款收支, 基本支出 and 项目支出, 一般公共预算
 * 支出 by 功能 类, 财政拨款支出主要内容 by 项, “三公”经费 and its parts, 机关运行经费, and the
 * statements of empty fund tables. Changes against last year only when last year's tables are
 * given; what only the officer knows (reasons, uses) is left as a visible marker.
 */
import type { TableId } from "../model/types";
import type { SheetCells } from "../reading/sheetCells";
import type { TableView, ViewRow } from "../reading/tableView";
import { statedDepartment, statedYear } from "../reading/header";
import { Fact, FUND_TABLES, FundName, SubjectKey, TableFacts } from "./facts";
import { hundredths, minus } from "./exact";

export const REASON = "【请填写原因】";
export const USE = "【请填写用途】";

export interface DraftParagraph {
  text: string;
  heading?: boolean;
}

export interface DraftInput {
  views: ReadonlyMap<TableId, TableView>;
  lastYear?: ReadonlyMap<TableId, TableView>;
  /** The workbook's sheets, for the year and department its tables print. */
  sheets: readonly SheetCells[];
}

/** One 说明 as paragraphs, headings marked. */
export function draftNarrative(input: DraftInput): DraftParagraph[] {
  const d = new Drafter(input);
  return [...d.budget(), ...d.other()];
}

/** 万元 with two decimals and separators, as the documents print them: 3,121.42. */
export const wan = (n: bigint): string => grouped(hundredths(n, "万元"));

/** Hundredths as 1,234.56. */
function grouped(h: bigint): string {
  const abs = h < 0n ? -h : h;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${h < 0n ? "-" : ""}${whole}.${(abs % 100n).toString().padStart(2, "0")}`;
}

class Drafter {
  private readonly now: TableFacts;
  private readonly last?: TableFacts;
  private readonly year: number | undefined;
  private readonly department: string;
  /** 部门 or 单位, as the tables call the one who prepares them. */
  private readonly word: string;

  constructor(input: DraftInput) {
    this.now = new TableFacts(input.views);
    if (input.lastYear) this.last = new TableFacts(input.lastYear);
    const t1 = this.now.views.get("表1");
    const sheet = input.sheets.find((s) => s.name === t1?.sheet);
    this.year = sheet ? statedYear(sheet, 0, 6) : undefined;
    this.word = t1?.def.departmentLabel === "编制部门" ? "部门" : "单位";
    this.department = (sheet && statedDepartment(sheet, 0, 6)) || `本${this.word}`;
  }

  private get yearText(): string {
    return this.year ? `${this.year}年` : "本年";
  }

  private get lastYearText(): string {
    return this.year ? `${this.year - 1}年` : "上年";
  }

  budget(): DraftParagraph[] {
    const s = (key: SubjectKey) => this.amount(this.now.subject(key));
    const c = (key: SubjectKey) => this.change(this.now.subject(key), this.last?.subject(key));
    const fundsChanged = this.last && this.changeOf(this.now.subject("财政拨款收入"), this.last.subject("财政拨款收入"));
    return [
      { text: `${this.yearText}${this.word}预算编制说明`, heading: true },
      {
        text:
          `${this.yearText}，${this.department}收入预算${s("收入预算")}万元，其中：财政拨款收入${s("财政拨款收入")}万元${c("财政拨款收入")}；` +
          `事业收入${s("事业收入")}万元；事业单位经营收入${s("事业单位经营收入")}万元；其他收入${s("其他收入")}万元。`,
      },
      {
        text:
          `支出预算${s("支出预算")}万元，其中：财政拨款支出预算${s("财政拨款支出")}万元${c("财政拨款支出")}。财政拨款支出预算中，` +
          `一般公共预算拨款支出预算${s("一般公共预算拨款支出")}万元${c("一般公共预算拨款支出")}；政府性基金拨款支出预算${s("政府性基金拨款支出")}万元${c("政府性基金拨款支出")}；` +
          `国有资本经营预算拨款支出预算${s("国有资本经营预算拨款支出")}万元${c("国有资本经营预算拨款支出")}。`,
      },
      ...(fundsChanged ? [{ text: `财政拨款收入支出${fundsChanged > 0n ? "增加" : "减少"}的主要原因是${REASON}。` }] : []),
      { text: `支出预算中，基本支出${s("基本支出")}万元，项目支出${s("项目支出")}万元。` },
      ...this.classes(),
      ...this.items(),
    ];
  }

  /** 一般公共预算拨款支出 by 功能 类 (表5), with the change and its reason when last year is given. */
  private classes(): DraftParagraph[] {
    const rows = this.rowsOf("表5", (r) => r.level === 0);
    if (rows.length === 0) return [];
    const lines = rows.map((r, i) => {
      const [now, last] = [this.now.code(r.code!)[0], this.last?.code(r.code!)[0]];
      const change = this.change(now, last);
      const reason = change && this.changeOf(now, last) !== 0n ? `，主要原因是${REASON}` : "";
      return `${i + 1}. ${r.name}（类）${this.amount(now)}万元${change}${reason}。`;
    });
    return [{ text: "一般公共预算拨款支出按功能分类科目（类）安排如下：" }, ...lines.map((text) => ({ text }))];
  }

  /** 财政拨款支出主要内容: each 项 of 表5 as “类（类）款（款）项（项）”. */
  private items(): DraftParagraph[] {
    const view = this.now.views.get("表5");
    const rows = this.rowsOf("表5", (r) => r.level === 2);
    if (!view || rows.length === 0) return [];
    const name = (key: string | undefined) => view.byKey.get(key ?? "")?.name ?? "";
    const lines = rows.map((r, i) => {
      const kuan = view.byKey.get(r.parent ?? "");
      return `${i + 1}.“${name(kuan?.parent)}（类）${kuan?.name ?? ""}（款）${r.name}（项）”${this.amount(this.now.code(r.code!)[0])}万元，主要用于${USE}。`;
    });
    const unplaced = view.rows.filter((r) => r.unplaced && r.figures["合计"]?.cents);
    const missing = unplaced.map((r) => `【表5 ${r.labelAddress}（${r.name}）一行的科目无法识别，未列入，请核对后补充】`);
    return [{ text: "财政拨款支出主要内容如下：" }, ...[...lines, ...missing].map((text) => ({ text }))];
  }

  other(): DraftParagraph[] {
    const part = (label: string, key: SubjectKey) => `${label}${this.amount(this.now.subject(key))}万元${this.changeWithReason(key)}`;
    const running = this.now.subject("机关运行经费");
    return [
      { text: "其他相关情况说明", heading: true },
      { text: `一、${this.yearText}“三公”经费预算情况说明`, heading: true },
      { text: `${this.yearText}“三公”经费预算数为${this.amount(this.now.subject("三公经费"))}万元${this.change(this.now.subject("三公经费"), this.last?.subject("三公经费"))}。其中：` },
      { text: `（一）${part("因公出国（境）费", "因公出国")}。` },
      { text: `（二）${part("公务用车购置及运行费", "公务用车")}。其中：${part("公务用车购置费", "公务用车购置")}；${part("公务用车运行费", "公务用车运行")}。` },
      { text: `（三）${part("公务接待费", "公务接待")}。` },
      { text: "二、机关运行经费预算", heading: true },
      {
        text:
          running && running.interval.mid === 0n
            ? `${this.yearText}${this.department}无机关运行经费。`
            : `${this.yearText}${this.department}财政拨款的机关运行经费预算为${this.amount(running)}万元。`,
      },
      ...this.emptyTables(),
    ];
  }

  /** 本部门无政府性基金预算…: one statement per empty fund table. */
  private emptyTables(): DraftParagraph[] {
    const empty = (Object.keys(FUND_TABLES) as FundName[]).filter((f) => this.now.fundEmpty(f));
    if (empty.length === 0) return [];
    return [
      { text: "三、空表说明", heading: true },
      ...empty.map((fund) => ({ text: `本${this.word}${this.yearText}无${fund}财政拨款安排的预算，${this.titleOf(FUND_TABLES[fund])}为空表。` })),
    ];
  }

  private titleOf(table: TableId): string {
    const def = this.now.views.get(table)!.def;
    return `《${def.title.replace("{year}", this.year ? String(this.year) : "")}》`;
  }

  private rowsOf(table: TableId, which: (r: ViewRow) => boolean): ViewRow[] {
    return (this.now.views.get(table)?.rows ?? []).filter((r) => r.code !== undefined && r.key.startsWith("f:") && which(r) && (this.now.code(r.code)[0]?.interval.mid ?? 0n) !== 0n);
  }

  private amount(fact: Fact | undefined): string {
    return fact ? wan(fact.interval.mid) : "【请填写】";
  }

  /** The change in hundredths of a 万元 as the text prints it, or undefined without last year's figure. */
  private changeOf(now: Fact | undefined, last: Fact | undefined): bigint | undefined {
    return now && last ? hundredths(minus(now.interval, last.interval).mid, "万元") : undefined;
  }

  /** ，比2024年预算增加107.62万元 / ，与2024年预算持平 / nothing without last year. */
  private change(now: Fact | undefined, last: Fact | undefined): string {
    const c = this.changeOf(now, last);
    if (c === undefined) return "";
    if (c === 0n) return `，与${this.lastYearText}预算持平`;
    return `，比${this.lastYearText}预算${c > 0n ? "增加" : "减少"}${grouped(c < 0n ? -c : c)}万元`;
  }

  private changeWithReason(key: SubjectKey): string {
    const [now, last] = [this.now.subject(key), this.last?.subject(key)];
    const change = this.change(now, last);
    return change && this.changeOf(now, last) !== 0n ? `${change}，主要原因是${REASON}` : change;
  }
}
