/** TableView: one table as read from a workbook, keyed like the generator's FigureRows. */
import type { DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import type { TableDef } from "../tables/types";
import type { ReadProblem } from "./problems";

/** A shown figure: exact integer hundredths of the display unit, and where it stands. */
export interface Figure {
  /** A1 address within the table's sheet. */
  address: string;
  cents: number;
  /** Half the width of the interval the figure stands for, in thousandths of the display unit (5 for 0.005). */
  halfWidth: number;
}

export interface ViewRow {
  /** "合计", "f:201", "e:30101", "u:<unit name>", "u:<unit>/e:301", "u:<unit>/p:<project name>", or a fixed row key. */
  key: string;
  name: string;
  code?: string;
  /** Depth below the table's top rows: 类 0, 款 1, 项 2; unit 0, its rows 1. */
  level: number;
  /** The key of the row this one adds into (hierarchies only). */
  parent?: string;
  total: boolean;
  /** Zero-based sheet row, and the address of the row's label. */
  sheetRow: number;
  labelAddress: string;
  /** By column key; a figure the reader could not read is absent. */
  figures: Record<string, Figure>;
  /** Text columns by column key (表12 绩效目标), when not blank. */
  texts?: Record<string, string>;
  /**
   * A row the reader could not place (key "?" + its sheet row): kept so that its own columns
   * (合计 = 基本支出 + 项目支出) are still checked; it adds into no parent and matches no reference.
   */
  unplaced?: true;
}

export interface TableView {
  table: TableId;
  def: TableDef;
  sheet: string;
  displayUnit: DisplayUnit;
  /** Amount column keys found in the sheet, with their header labels as printed. */
  columns: Map<string, { index: number; label: string }>;
  rows: ViewRow[];
  /** First row of each key (duplicates stay in rows and are reported). */
  byKey: Map<string, ViewRow>;
  note?: { text: string; address: string };
  /** Where the table starts (its title, or its first cell), for table-level findings. */
  anchor: string;
  /**
   * Rows whose relation to their parts cannot be checked, by row key, with the reason: the
   * parent of a row the reader could not place, of a malformed code, of a duplicate that differs.
   */
  uncertain: Map<string, ReadProblem>;
  /** Rows printed again with other figures (kept out of rows): their parent's sum holds by neither reading, or is not checkable. */
  repeats: ViewRow[];
  /**
   * The rows it could not place, with their level when the code columns show it (项 2): a row
   * the table does not show may be one of them, unless their levels rule it out.
   */
  unplaced: Array<{ problem: ReadProblem; level?: number }>;
}
