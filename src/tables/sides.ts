/** The two sides of a two-sided table (表1, 表4): each is a label column and the amount columns after it. */
import type { ColumnDef, TableDef } from "./types";

export interface TableSide {
  label: ColumnDef;
  amounts: ColumnDef[];
}

/** Columns are read left to right: a label column opens a side, the amount columns that follow belong to it. */
export function tableSides(def: TableDef): TableSide[] {
  const sides: TableSide[] = [];
  for (const column of def.columns) {
    if (column.role === "label") sides.push({ label: column, amounts: [] });
    else if (column.role === "amount") sides[sides.length - 1]?.amounts.push(column);
  }
  return sides;
}
