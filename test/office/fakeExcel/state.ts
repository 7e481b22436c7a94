/** The workbook the test host keeps in memory: plain data, changed only when a request is synced. */
import { columnLetters } from "../../../src/generation/grid";

export type Scalar = string | number | boolean;

export interface CellState {
  value?: Scalar;
  /** Set when Excel would have taken the text as a formula. */
  formula?: string;
  numberFormat?: string;
  font?: { name?: string; size?: number; bold?: boolean };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  fill?: { color: string; pattern: string };
  borders?: Record<string, string>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  rows: Array<Array<CellState | undefined> | undefined>;
  merges: Bounds[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  pageLayout: Record<string, unknown>;
  notes: Map<string, string>;
  /** Data validation set through Range.dataValidation (ExcelApi 1.8), by range address. */
  validations: Map<string, DataValidationState>;
  /** Names scoped to the sheet (Worksheet.names); a reference whose cells were deleted is null (#REF!). */
  names: Map<string, NameState>;
  changeHandlers: Array<(args: unknown) => Promise<unknown> | void>;
}

export interface NameState {
  bounds: Bounds | null;
  comment: string;
  visible: boolean;
}

export interface DataValidationState {
  rule?: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  ignoreBlanks?: boolean;
}

export interface CommentState {
  id: string;
  sheetId: string;
  address: string;
  content: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  comments: CommentState[];
  activeSheetId?: string;
  selection?: { sheet: string; address: string };
  nextId: number;
}

export function newWorkbookState(): WorkbookState {
  return { sheets: [], comments: [], nextId: 1 };
}

export function newSheet(book: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: `{sheet-${book.nextId++}}`,
    name,
    visibility: "Visible",
    rows: [],
    merges: [],
    rowHeights: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    pageLayout: {},
    notes: new Map(),
    validations: new Map(),
    names: new Map(),
    changeHandlers: [],
  };
  book.sheets.push(sheet);
  return sheet;
}

export function cellAt(sheet: SheetState, r: number, c: number, create: true): CellState;
export function cellAt(sheet: SheetState, r: number, c: number, create?: false): CellState | undefined;
export function cellAt(sheet: SheetState, r: number, c: number, create = false): CellState | undefined {
  let row = sheet.rows[r];
  if (!row) {
    if (!create) return undefined;
    row = sheet.rows[r] = [];
  }
  if (!row[c] && create) row[c] = {};
  return row[c];
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}


/** Splits "'表3 (2)'!A1:B2" into the sheet name (if any) and the local address. */
export function splitAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** "B3:D7", "B3", "A:A", "3:5" → zero-based inclusive bounds. */
export function parseBounds(local: string): Bounds {
  const [a, b = a] = local.replace(/\$/g, "").split(":");
  const p = (ref: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new Error(`InvalidArgument: bad address ${local}`);
    return {
      row: m[2] ? Number(m[2]) - 1 : end ? 1048575 : 0,
      col: m[1] ? columnIndex(m[1]) : end ? 16383 : 0,
    };
  };
  const s = p(a, false);
  const e = p(b, true);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function boundsAddress(b: Bounds): string {
  const a = `${columnLetters(b.left)}${b.top + 1}`;
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${columnLetters(b.right)}${b.bottom + 1}`;
}

export function qualified(sheetName: string, b: Bounds): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${boundsAddress(b)}`;
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
