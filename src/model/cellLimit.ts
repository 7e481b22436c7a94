/**
 * Excel refuses a cell of more than 32,767 characters (and ExcelJS would write a file Excel has
 * to repair): every string of a model is checked against it where its path is still known.
 */
import type { InputProblem } from "./types";

export const EXCEL_CELL_LIMIT = 32_767;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const grouped = (n: number) => n.toLocaleString("en-US");

/** One problem per string of the parsed JSON longer than a cell holds, at its path (projects[3].performanceGoal, notes["表1"]). */
export function overlongTexts(json: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const visit = (v: unknown, path: string): void => {
    if (typeof v === "string") {
      if (v.length > EXCEL_CELL_LIMIT) {
        const n = grouped(v.length);
        problems.push({ path, message: `${n} characters, more than an Excel cell holds (${grouped(EXCEL_CELL_LIMIT)})`, zh: `${n} 字符，超过 Excel 单元格上限 ${grouped(EXCEL_CELL_LIMIT)}` });
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (v !== null && typeof v === "object") {
      for (const [key, item] of Object.entries(v)) visit(item, IDENTIFIER.test(key) ? (path ? `${path}.${key}` : key) : `${path}["${key}"]`);
    }
  };
  visit(json, "");
  return problems;
}
