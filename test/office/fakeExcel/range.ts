/** Range and its format proxies in the test host. */
import { FakeClientObject, FakeContext, FakeOfficeError } from "./context";
import { Bounds, boundsAddress, CellState, cellAt, overlaps, parseBounds, qualified, Scalar, SheetState } from "./state";

/** Resolves a range's sheet and bounds when its actions run, as Excel does. */
export interface RangeTarget {
  sheet(): SheetState;
  bounds(): Bounds | null;
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;

  constructor(ctx: FakeContext, readonly target: RangeTarget) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
  }

  get dataValidation(): FakeDataValidation {
    this.ctx.requires(8, "Range.dataValidation");
    return new FakeDataValidation(this.ctx, this);
  }

  /** Bounds at run time; a null object's are an error to use. */
  at(): Bounds {
    const b = this.target.bounds();
    if (!b) throw new FakeOfficeError("InvalidObjectPath", "the range is a null object");
    return b;
  }

  forEachCell(fn: (cell: CellState, r: number, c: number) => void): void {
    const b = this.at();
    const sheet = this.target.sheet();
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(cellAt(sheet, r, c, true), r - b.top, c - b.left);
  }

  protected readers(): Record<string, () => unknown> {
    const grid = <T>(read: (cell: CellState | undefined) => T) => () => {
      const b = this.at();
      const sheet = this.target.sheet();
      const out: T[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: T[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(read(cellAt(sheet, r, c)));
        out.push(row);
      }
      return out;
    };
    const readers: Record<string, () => unknown> = {
      address: () => qualified(this.target.sheet().name, this.at()),
      rowCount: () => this.at().bottom - this.at().top + 1,
      columnCount: () => this.at().right - this.at().left + 1,
      rowIndex: () => this.at().top,
      columnIndex: () => this.at().left,
      values: grid((cell) => (cell?.formula ? "#NAME?" : cell?.value ?? "")),
      formulas: grid((cell) => cell?.formula ?? cell?.value ?? ""),
      numberFormat: grid((cell) => cell?.numberFormat ?? "General"),
    };
    // A null object's properties load as null, as in Office.js.
    const guarded = Object.fromEntries(Object.entries(readers).map(([k, read]) => [k, () => (this.target.bounds() === null ? null : read())]));
    return { ...guarded, isNullObject: () => this.target.bounds() === null };
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }

  get values(): Scalar[][] {
    return this.loaded("values");
  }
  set values(values: Scalar[][]) {
    this.set("values", values, () => {
      this.checkShape(values);
      this.forEachCell((cell, r, c) => storeInput(cell, values[r][c]));
    });
  }

  get formulas(): Scalar[][] {
    return this.loaded("formulas");
  }

  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.set("numberFormat", formats, () => {
      this.checkShape(formats);
      this.forEachCell((cell, r, c) => (cell.numberFormat = formats[r][c]));
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.ctx.requires(7, "Range.hyperlink");
    this.set("hyperlink", link, () => this.forEachCell((cell) => (cell.hyperlink = link)));
  }

  merge(across = false): void {
    this.call("merge", [across], () => {
      const b = this.at();
      const sheet = this.target.sheet();
      if (sheet.merges.some((m) => overlaps(m, b))) throw new FakeOfficeError("InvalidOperation", `merge ${boundsAddress(b)} overlaps a merged area`);
      sheet.merges.push({ ...b });
    });
  }

  /** Range.clear(): values, formats, merges, notes and links of the cells go. */
  clear(): void {
    this.call("clear", [], () => {
      const b = this.at();
      const sheet = this.target.sheet();
      for (let r = b.top; r <= Math.min(b.bottom, sheet.rows.length - 1); r++) {
        const row = sheet.rows[r];
        if (row) for (let c = b.left; c <= Math.min(b.right, row.length - 1); c++) delete row[c];
      }
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, b));
      for (const address of sheet.notes.keys()) if (overlaps(parseBounds(address), b)) sheet.notes.delete(address);
    });
  }

  select(): void {
    this.call("select", [], () => {
      const sheet = this.target.sheet();
      this.ctx.book.activeSheetId = sheet.id;
      this.ctx.book.selection = { sheet: sheet.name, address: boundsAddress(this.at()) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requires(13, "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.ctx, this);
  }

  private checkShape(data: unknown[][]): void {
    const b = this.at();
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    if (!Array.isArray(data) || data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${boundsAddress(b)}`);
    }
  }
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$/;

/**
 * What Excel stores for a value written through Range.values: like typing it. In a cell
 * formatted "@" everything stays text; otherwise = + - @ start a formula and numeric text
 * becomes a number.
 */
function storeInput(cell: CellState, input: Scalar | null): void {
  if (input === null) return;
  delete cell.formula;
  if (typeof input !== "string" || cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (NUMBER_TEXT.test(input)) {
    const n = Number(input.replace(/[,%]/g, ""));
    cell.value = input.endsWith("%") ? n / 100 : n;
  } else if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = undefined;
  } else cell.value = input;
}

/** Range.dataValidation: what was set is kept per range address; a rule must be one of Excel's kinds. */
export class FakeDataValidation extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return { rule: () => this.state().rule };
  }
  private state() {
    const sheet = this.range.target.sheet();
    const address = boundsAddress(this.range.at());
    let v = sheet.validations.get(address);
    if (!v) sheet.validations.set(address, (v = {}));
    return v;
  }
  clear(): void {
    this.call("dataValidation.clear", [], () => this.range.target.sheet().validations.delete(boundsAddress(this.range.at())));
  }
  get rule(): Record<string, unknown> {
    return this.loaded("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.set("dataValidation.rule", rule, () => {
      const kinds = Object.keys(rule);
      const known = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
      if (kinds.length !== 1 || !known.includes(kinds[0])) throw new FakeOfficeError("InvalidArgument", `a data validation rule has exactly one of ${known.join(", ")}`);
      this.state().rule = rule;
    });
  }
  set errorAlert(alert: Record<string, unknown>) {
    this.set("dataValidation.errorAlert", alert, () => (this.state().errorAlert = alert));
  }
  set ignoreBlanks(v: boolean) {
    this.set("dataValidation.ignoreBlanks", v, () => (this.state().ignoreBlanks = v));
  }
}

export class FakeRangeAreas extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  private merged(): Bounds[] {
    const b = this.range.at();
    return this.range.target.sheet().merges.filter((m) => overlaps(m, b));
  }
  protected readers(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.merged().length === 0,
      address: () => this.merged().map((m) => qualified(this.range.target.sheet().name, m)).join(","),
    };
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get address(): string {
    return this.loaded("address");
  }
}

export class FakeRangeFormat extends FakeClientObject {
  readonly font: FakeFormatPart;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;

  constructor(ctx: FakeContext, readonly range: FakeRange) {
    super(ctx);
    this.font = new FakeFormatPart(ctx, range, "font", ["name", "size", "bold", "color"]);
    this.fill = new FakeFill(ctx, range);
    this.borders = new FakeBorders(ctx, range);
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, () => this.range.forEachCell((c) => (c.horizontalAlignment = v)));
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, () => this.range.forEachCell((c) => (c.verticalAlignment = v)));
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, () => this.range.forEachCell((c) => (c.wrapText = v)));
  }
  set rowHeight(v: number) {
    this.set("rowHeight", v, () => {
      const b = this.range.at();
      for (let r = b.top; r <= b.bottom; r++) this.range.target.sheet().rowHeights.set(r, v);
    });
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, () => {
      const b = this.range.at();
      for (let c = b.left; c <= b.right; c++) this.range.target.sheet().columnWidths.set(c, v);
    });
  }
}

/** Font: setters store into each cell's font. */
class FakeFormatPart extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange, part: "font", props: string[]) {
    super(ctx);
    for (const prop of props) {
      Object.defineProperty(this, prop, {
        set: (v: unknown) => this.set(`${part}.${prop}`, v, () => this.range.forEachCell((c) => ((c.font ??= {}) as Record<string, unknown>)[prop] = v)),
        get: () => this.loaded(prop),
      });
    }
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
}

/** Fill: a cell without fill reads as white with pattern None, as in Excel. */
export class FakeFill extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  private uniform(read: (c: CellState | undefined) => string): string | null {
    const b = this.range.at();
    const sheet = this.range.target.sheet();
    const first = read(cellAt(sheet, b.top, b.left));
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (read(cellAt(sheet, r, c)) !== first) return null;
    return first;
  }
  protected readers(): Record<string, () => unknown> {
    return {
      color: () => this.uniform((c) => c?.fill?.color ?? "#FFFFFF"),
      pattern: () => {
        this.ctx.requires(9, "RangeFill.pattern");
        return this.uniform((c) => c?.fill?.pattern ?? "None");
      },
    };
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(v: string) {
    this.set("fill.color", v, () => this.range.forEachCell((c) => (c.fill = { color: v.toUpperCase(), pattern: "Solid" })));
  }
  get pattern(): string {
    return this.loaded("pattern");
  }
  clear(): void {
    this.call("fill.clear", [], () => this.range.forEachCell((c) => delete c.fill));
  }
}

class FakeBorders extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  getItem(edge: string): FakeBorder {
    return new FakeBorder(this.ctx, this.range, edge);
  }
}

class FakeBorder extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly range: FakeRange, private readonly edge: string) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  private store(prop: string, v: string): void {
    this.set(`border.${prop}`, v, () => this.range.forEachCell((c) => ((c.borders ??= {})[`${this.edge}.${prop}`] = v)));
  }
  set style(v: string) {
    this.store("style", v);
  }
  set weight(v: string) {
    this.store("weight", v);
  }
  set color(v: string) {
    this.store("color", v);
  }
}

export function fixedTarget(sheet: () => SheetState, address: string): RangeTarget {
  const b = parseBounds(address);
  return { sheet, bounds: () => b };
}
