/** How each kind of cell looks, shared by every host so the workbooks look alike everywhere. */
import type { CellStyle } from "./grid";

export interface CellFormat {
  font: string;
  size: number;
  bold?: boolean;
  horizontal: "left" | "center" | "right";
  vertical: "middle" | "top";
  wrap?: boolean;
  border?: boolean;
  /** Background as RGB hex without '#'. */
  fill?: string;
  /** Whether the cell holds a figure shown with the table's number format. */
  numeric?: boolean;
}

const BODY = "宋体";
const base = { font: BODY, size: 10, vertical: "middle" as const };

export const CELL_FORMATS: Record<CellStyle, CellFormat> = {
  tableNo: { ...base, size: 11, bold: true, horizontal: "left" },
  title: { ...base, font: "黑体", size: 16, bold: true, horizontal: "center" },
  unitLine: { ...base, horizontal: "left" },
  unitLineRight: { ...base, horizontal: "right" },
  header: { ...base, bold: true, horizontal: "center", wrap: true, border: true, fill: "F2F2F2" },
  code: { ...base, horizontal: "left", border: true },
  label: { ...base, horizontal: "left", wrap: true, border: true },
  labelTotal: { ...base, bold: true, horizontal: "center", border: true },
  amount: { ...base, horizontal: "right", border: true, numeric: true },
  amountTotal: { ...base, bold: true, horizontal: "right", border: true, numeric: true },
  text: { ...base, horizontal: "left", vertical: "top", wrap: true, border: true },
  note: { ...base, horizontal: "left", vertical: "top", wrap: true },
};
