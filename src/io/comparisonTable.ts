/** A year-over-year comparison with its 说明 sentences, as a report table (.xlsx, CSV) and as JSON. */
import type { ReportTable } from "../report/table";
import { centsToNumber } from "../validation/amountText";
import { ChangeStatus, ComparedFigure, compareModels } from "./compare";
import { Statement, statements } from "./statements";
import type { TableModel } from "./tableModel";

/** What the CLI's compare and the pane's 与上年对比 produce; sources name the two inputs. */
export interface Comparison {
  figures: ComparedFigure[];
  statements: Statement[];
  sources: { current: string; previous: string };
}

export function compareYears(current: TableModel, previous: TableModel, sources: Comparison["sources"]): Comparison {
  const figures = compareModels(current, previous);
  return { figures, statements: statements(figures), sources };
}

const STATUS_ZH: Record<ChangeStatus, string> = { changed: "增减", unchanged: "持平", new: "新增", removed: "减少（本年无）" };
const num = (cents: number | null) => (cents === null ? null : centsToNumber(cents));

export function comparisonTable(figures: readonly ComparedFigure[], statements: readonly Statement[], sources: { current: string; previous: string }): ReportTable {
  return {
    name: "上年对比",
    preamble: [`本年：${sources.current}；上年：${sources.previous}`, ...statements.map((s) => s.text)],
    header: ["表", "行", "行名称", "列", "列名称", "单位", "本年", "本年单元格", "上年", "上年单元格", "增减额", "增减率（%）", "状态"],
    rows: figures.map((f) => [f.table, f.row, f.rowName, f.column, f.columnLabel, f.unit, num(f.current), f.currentCell, num(f.previous), f.previousCell, num(f.change), num(f.percent), STATUS_ZH[f.status]]),
    amountColumns: [6, 8, 10, 11],
    widths: [6, 22, 30, 14, 14, 6, 14, 12, 14, 12, 14, 10, 12],
  };
}

export function comparisonJson(figures: readonly ComparedFigure[], statements: readonly Statement[], sources: { current: string; previous: string }) {
  return {
    current: sources.current,
    previous: sources.previous,
    statements,
    figures: figures.map((f) => ({ ...f, current: num(f.current), previous: num(f.previous), change: num(f.change), percent: num(f.percent) })),
  };
}
