/**
 * One worksheet part → SheetCells as it streams: only cells holding a value are kept (styled
 * empty cells cost nothing), counted against the workbook's cell limit as they arrive; merged
 * ranges are clipped to the used range (their cells beyond it are blank either way) and
 * counted against the merged-cell limit.
 */
import type { Merge } from "../../generation/grid";
import type { CellValue, SheetCells } from "../../reading/sheetCells";
import { count, EXCEL_COLUMNS, EXCEL_ROWS, MAX_CELLS, MAX_MERGED_CELLS, WorkbookRefused } from "./limits";
import { CellFormats, SheetPart, unescapeText } from "./workbookParts";
import { parseXmlPart } from "./xmlPart";
import type { Attributes } from "./xmlScan";
import type { ZipParts } from "./zipParts";

export interface WorkbookContext {
  file: string;
  formats: CellFormats;
  strings: string[];
  date1904: boolean;
  /** Cells read so far across the workbook's sheets. */
  cells: { used: number };
}

export async function readSheet(parts: ZipParts, sheet: SheetPart, context: WorkbookContext): Promise<SheetCells> {
  const builder = new SheetBuilder(sheet.name, context);
  await parseXmlPart(parts, sheet.part, context.file, builder);
  return builder.finish();
}

class SheetBuilder {
  private readonly rows: Array<CellValue[] | undefined> = [];
  private readonly numberFormats: Array<Array<string | undefined> | undefined> = [];
  /** Rows whose list of formats is shared with another row's (copied before it is written). */
  private readonly sharedFormats: boolean[] = [];
  /** The last row that had formats. */
  private formatsRow = -1;
  private readonly merges: Merge[] = [];
  private mergedCells = 0;
  private width = 0;
  private row = -1;
  private nextColumn = 0;
  /** The cell being read (fields rather than an object per cell): whether inside one, its place, type (`t`), style (`s`), value text. */
  private inCell = false;
  private cellRow = 0;
  private cellColumn = 0;
  private cellType = "n";
  private cellStyle = 0;
  private cellText: string | undefined;
  /** Inside <v>, or inside <t> of an inline string (but not of its phonetic guide). */
  private collecting = false;
  private inPhonetic = false;

  constructor(
    private readonly name: string,
    private readonly context: WorkbookContext,
  ) {}

  open(tag: string, a: Attributes): void {
    switch (tag) {
      case "row":
        this.row = this.rowNumber(a.get("r") ?? String(this.row + 2)) - 1;
        this.nextColumn = 0;
        return;
      case "c":
        return this.openCell(a);
      case "v":
        this.startText();
        return;
      case "t":
        if (!this.inPhonetic) this.startText();
        return;
      case "rPh":
        this.inPhonetic = true;
        return;
      case "mergeCell":
        return this.addMerge(a.get("ref") ?? "");
    }
  }

  text(text: string): void {
    if (this.collecting) this.cellText += text;
  }

  close(tag: string): void {
    if (tag === "v" || tag === "t") this.collecting = false;
    else if (tag === "rPh") this.inPhonetic = false;
    else if (tag === "c" && this.inCell) {
      this.store();
      this.inCell = false;
    } else if (tag === "row") this.shareFormats();
  }

  finish(): SheetCells {
    for (const m of this.merges) this.clearCovered(m);
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) row[c] ??= null;
      while (row.length > 0 && row[row.length - 1] === null) row.pop();
      if (row.length === 0) this.rows[r] = undefined;
    }
    return { name: this.name, rows: this.rows, merges: this.merges, numberFormats: this.numberFormats };
  }

  private startText(): void {
    if (!this.inCell) return;
    this.cellText ??= "";
    this.collecting = true;
  }

  private openCell(a: Attributes): void {
    if (a.read("r", this.cellRef) === undefined) [this.cellRow, this.cellColumn] = [this.row, this.nextColumn];
    if (this.cellRow < 0 || this.cellColumn >= EXCEL_COLUMNS) this.refuseRef(a.get("r") ?? `R${this.row + 1}C${this.cellColumn + 1}`);
    this.nextColumn = this.cellColumn + 1;
    this.cellType = a.get("t") ?? "n";
    const style = a.get("s");
    this.cellStyle = style === undefined ? 0 : Number(style);
    this.cellText = undefined;
    this.inCell = true;
  }

  /** The cell's value as ExcelJS gives it (formulas by their cached result), stored if it has one. */
  private store(): void {
    const { cellText: text, cellType: type } = this;
    if (text === undefined) return;
    let value: CellValue;
    let format: string | undefined;
    if (type === "s") value = this.context.strings[Number(text)] ?? null;
    else if (type === "inlineStr") value = unescapeText(text);
    else if (type === "str" || type === "e") value = text;
    else if (type === "b") value = Number(text) !== 0;
    else if (type === "d") value = text.slice(0, 10);
    else {
      const n = parseFloat(text);
      if (this.context.formats.isDate[this.cellStyle]) value = isoDate(n, this.context.date1904);
      else [value, format] = [n, this.context.formats.numberFormat[this.cellStyle]];
    }
    if (value === null) return;
    this.put(this.cellRow, this.cellColumn, value, format);
  }

  private put(r: number, c: number, value: CellValue, format: string | undefined): void {
    const row = (this.rows[r] ??= []);
    if (c >= row.length) this.grow(c + 1 - row.length);
    row[c] = value;
    if (format !== undefined) this.formatsToWrite(r)[c] = format;
    if (c >= this.width) this.width = c + 1;
  }

  /** Rows count from column A to their last cell: that is what the arrays hold and what readers scan. */
  private grow(cells: number): void {
    const used = (this.context.cells.used += cells);
    if (used > MAX_CELLS) {
      throw new WorkbookRefused(
        { file: this.context.file, sheet: this.name },
        `工作簿的单元格超过 ${count(MAX_CELLS)} 个（每行从 A 列数到最后一个有值的单元格），拒绝读取`,
        `the workbook holds more than ${count(MAX_CELLS)} cells (each row counted from column A to its last filled cell); refused`,
      );
    }
  }

  private addMerge(ref: string): void {
    const [from, to = from] = ref.split(":");
    this.cellRef(from);
    const [top, left] = [this.cellRow, this.cellColumn];
    this.cellRef(to);
    const m = { top: Math.min(top, this.cellRow), left: Math.min(left, this.cellColumn), bottom: Math.max(top, this.cellRow), right: Math.max(left, this.cellColumn) };
    const declared = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (declared > MAX_MERGED_CELLS) this.refuseMerges(`合并区域 ${ref} 含 ${count(declared)} 个单元格`, `the merged range ${ref} covers ${count(declared)} cells`);
    m.bottom = Math.min(m.bottom, this.rows.length - 1);
    m.right = Math.min(m.right, this.width - 1);
    if (m.bottom < m.top || m.right < m.left) return;
    this.mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (this.mergedCells > MAX_MERGED_CELLS) this.refuseMerges(`合并区域共含 ${count(this.mergedCells)} 个已用单元格`, `merged ranges cover ${count(this.mergedCells)} used cells`);
    if (declared > 1) this.merges.push(m);
  }

  private refuseMerges(zh: string, en: string): never {
    throw new WorkbookRefused({ file: this.context.file, sheet: this.name }, `${zh}，超过上限 ${count(MAX_MERGED_CELLS)}`, `${en}, more than the limit of ${count(MAX_MERGED_CELLS)}`);
  }

  /**
   * A row's number formats are most often those of the row before: it then shares that row's
   * list, so that a large sheet keeps a list per pattern of formats rather than one per row.
   */
  private shareFormats(): void {
    const r = this.row;
    const formats = this.numberFormats[r];
    if (!formats || r === this.formatsRow) return;
    const last = this.numberFormats[this.formatsRow];
    if (last && sameFormats(last, formats)) {
      this.numberFormats[r] = last;
      this.sharedFormats[r] = this.sharedFormats[this.formatsRow] = true;
    }
    this.formatsRow = r;
  }

  /** The row's list of formats, its own (copied if it was shared) so that writing it changes no other row. */
  private formatsToWrite(r: number): Array<string | undefined> {
    const formats = this.numberFormats[r];
    if (!formats) return (this.numberFormats[r] = []);
    if (!this.sharedFormats[r]) return formats;
    this.sharedFormats[r] = false;
    return (this.numberFormats[r] = formats.slice());
  }

  /** Only a merge's top-left cell holds its value (Excel shows nothing else, and ExcelJS reads nothing else). */
  private clearCovered(m: Merge): void {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, row.length - 1); c++) {
        row[c] = null;
        if (this.numberFormats[r]) this.formatsToWrite(r)[c] = undefined;
      }
    }
  }

  /**
   * Sets cellRow and cellColumn from a reference, text[start, end) (read where it stands in a
   * tag): "AB12" → zero-based row 11, column 27; without a row number ("AB"), the current row.
   */
  private readonly cellRef = (text: string, start = 0, end = text.length): true => {
    let column = 0;
    let i = start;
    for (; i < end; i++) {
      const code = text.charCodeAt(i) & ~32;
      if (code < 65 || code > 90) break;
      column = column * 26 + code - 64;
    }
    if (column < 1 || column > EXCEL_COLUMNS || i > start + 3) this.refuseRef(text.slice(start, end));
    this.cellRow = i === end ? this.row : this.refRow(text, start, i, end);
    this.cellColumn = column - 1;
    return true;
  };

  /** The zero-based row of the reference text[start, end), whose row number starts at `from`: plain digits read in place, anything else as a number is read. */
  private refRow(text: string, start: number, from: number, end: number): number {
    let n = 0;
    for (let i = from; i < end; i++) {
      const digit = text.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) return this.rowNumber(text.slice(from, end), text.slice(start, end)) - 1;
      n = n * 10 + digit;
    }
    if (n < 1 || n > EXCEL_ROWS) this.refuseRef(text.slice(start, end));
    return n - 1;
  }

  /** A row number, of a <row> or within a cell reference `ref`. */
  private rowNumber(text: string, ref?: string): number {
    const n = Number(text);
    if (Number.isInteger(n) && n >= 1 && n <= EXCEL_ROWS) return n;
    if (ref !== undefined) this.refuseRef(ref);
    throw new WorkbookRefused({ file: this.context.file, sheet: this.name }, `行号“${text}”不在 Excel 表格范围（1–1048576）内`, `the row number "${text}" is outside Excel's grid (1 to 1048576)`);
  }

  private refuseRef(ref: string): never {
    throw new WorkbookRefused({ file: this.context.file, sheet: this.name }, `单元格地址“${ref}”不在 Excel 表格范围（A1:XFD1048576）内`, `the cell reference "${ref}" is outside Excel's grid (A1:XFD1048576)`);
  }
}

/** Compared cell by cell, holes (General) included, which `every` would skip. */
function sameFormats(a: Array<string | undefined>, b: Array<string | undefined>): boolean {
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** A date cell as ExcelJS turns it into a Date and the reader into "2024-01-31"; a serial too large for a date stays a number. */
function isoDate(serial: number, date1904: boolean): CellValue {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  return Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString().slice(0, 10) : serial;
}
