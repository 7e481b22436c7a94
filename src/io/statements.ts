/**
 * The 说明 sentences a department writes under its tables (第三部分 of the seed), made from a
 * comparison: "本部门收入预算101,820.73万元，比上年增加52,762.81万元，增长107.55%。"
 * Which figure each sentence speaks of is data: a table, row key and column key of the pack.
 */
import { formatCents } from "../validation/amountText";
import type { ComparedFigure } from "./compare";

interface StatementSpec {
  id: string;
  /** The words before the amount. */
  subject: string;
  table: string;
  row: string;
  column: string;
}

/** Guangzhou's 说明: 收支总体, “三公”经费 and its parts, 机关运行经费 (表8 行政经费). */
export const STATEMENTS: readonly StatementSpec[] = [
  { id: "income", subject: "本部门收入预算", table: "表1", row: "收入总计", column: "income" },
  { id: "expenditure", subject: "本部门支出预算", table: "表1", row: "支出总计", column: "expenditure" },
  { id: "threePublic", subject: "本部门财政拨款安排“三公”经费", table: "表8", row: "三公经费", column: "合计" },
  { id: "abroad", subject: "其中：因公出国（境）费", table: "表8", row: "因公出国", column: "合计" },
  { id: "vehicles", subject: "公务用车购置及运行维护费", table: "表8", row: "公务用车", column: "合计" },
  { id: "vehiclePurchase", subject: "公务用车购置费", table: "表8", row: "公务用车购置", column: "合计" },
  { id: "vehicleRunning", subject: "公务用车运行维护费", table: "表8", row: "公务用车运行维护", column: "合计" },
  { id: "reception", subject: "公务接待费", table: "表8", row: "公务接待", column: "合计" },
  { id: "runningCosts", subject: "本部门机关运行经费安排", table: "表8", row: "行政经费", column: "合计" },
];

export interface Statement {
  id: string;
  text: string;
}

/** One sentence per spec whose figure either year states. */
export function statements(figures: readonly ComparedFigure[], specs: readonly StatementSpec[] = STATEMENTS): Statement[] {
  return specs.flatMap((spec) => {
    const f = figures.find((x) => x.table === spec.table && x.row === spec.row && x.column === spec.column);
    return f ? [{ id: spec.id, text: sentence(spec.subject, f) }] : [];
  });
}

export function sentence(subject: string, f: ComparedFigure): string {
  const amount = `${formatCents(f.current ?? 0)}${f.unit}`;
  return `${subject}${amount}，${changeClause(f)}。`;
}

/** 比上年增加…，增长…% / 比上年减少…，下降…% / 与上年持平 / 上年无此项. */
export function changeClause(f: ComparedFigure): string {
  if (f.previous === null) return "上年无此项";
  if (f.change === 0) return "与上年持平";
  const amount = `${formatCents(Math.abs(f.change))}${f.unit}`;
  const verb = f.change > 0 ? ["增加", "增长"] : ["减少", "下降"];
  const rate = f.percent === null ? "" : `，${verb[1]}${formatCents(Math.abs(f.percent))}%`;
  return `比上年${verb[0]}${amount}${rate}`;
}
