/**
 * Workbook cells → one TableView per table found. Whatever the reader cannot understand
 * becomes a finding naming its cell; nothing is skipped silently.
 */
import { cellAddress } from "../generation/grid";
import type { DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import { tableSides } from "../tables/sides";
import { ColumnDef, PRIOR_YEAR_PLACEHOLDER, TableDef, TemplatePack, YEAR_PLACEHOLDER } from "../tables/types";
import { AmountRead, exactCents, looksLikeAmount, readAmount, shownHalfWidth } from "./amounts";
import { HeaderMap, readHeader, statedUnit } from "./header";
import { locateTables, probableTitleCell, TableRegion } from "./locate";
import { displayText, labelCore, normalizeLabel } from "./normalize";
import { Place, ReadProblem, ReadProblems } from "./problems";
import { economicCodeByName, fixedRowKeys, fixedSides, identifyCodeRow, RowIdentity, TOTAL_KEY, UnitRowReader } from "./rowKeys";
import { CellValue, cellValue, isBlank, MergeIndex, numberFormat, SheetCells } from "./sheetCells";
import type { Figure, TableView, ViewRow } from "./tableView";

const DEFAULT_UNIT: DisplayUnit = "万元";
/**
 * The regions in the order they are taken, each table's best first: one that bears its title,
 * then one on the sheet named as the pack names it (表3 before a copy 表3 (2)), then workbook order.
 */
function preferred(regions: TableRegion[], pack: TemplatePack): TableRegion[] {
  const sheetNames = new Map(pack.tables.map((t) => [t.id, t.sheetName]));
  const rank = (r: TableRegion) => (r.title ? 0 : 2) + (r.sheet.name === sheetNames.get(r.table) ? 0 : 1);
  return regions.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i).map(({ r }) => r);
}

/** Text amounts are reported once per table, with this many of their cells. */
const MAX_RELATED = 20;

export interface ReadResult {
  views: Map<TableId, TableView>;
  /** What could not be understood, each at its place; validation makes findings of them. */
  problems: ReadProblem[];
}

export function readTables(sheets: readonly SheetCells[], pack: TemplatePack): ReadResult {
  const problems = new ReadProblems();
  const mergeIndexes = new Map<SheetCells, MergeIndex>();
  const mergesOf = (s: SheetCells) => mergeIndexes.get(s) ?? mergeIndexes.set(s, new MergeIndex(s.merges)).get(s)!;
  const located = preferred(locateTables(sheets, pack.tables), pack);
  const views = new Map<TableId, TableView>();
  for (const def of pack.tables) {
    const region = chooseRegion(def, located, mergesOf, problems);
    if (!region) {
      problems.add("table.missing", { table: def.id, sheet: "", cell: "" }, { table: def.id, title: shownTitle(def), sheetName: def.sheetName });
      continue;
    }
    const view = new TableReader(region.region, def, problems).read(region.header);
    if (view) views.set(def.id, view);
  }
  return { views, problems: problems.list };
}

/**
 * Reads one region by a definition made for it (the generic checks make one per table they
 * find); `identify` replaces the definition's row identification (rows known only once read).
 */
export function readRegion(region: TableRegion, def: TableDef, header: HeaderMap, problems: ReadProblems, identify?: RowIdentifier): TableView | undefined {
  return new TableReader(region, def, problems, identify).read(header);
}

/** Identifies a body row from its side, code cell and label cell. */
export type RowIdentifier = (side: number, code: CellValue, label: CellValue) => RowIdentity;

/**
 * Code rows by their codes, but for a first row of figures with neither code nor name: the
 * table's total, printed on the unit's row (深圳: 预算单位 深圳市信访局, then its 类).
 */
export function codeRowIdentifier(dimension: "function" | "economic", departmentTotal = false): RowIdentifier {
  let coded = false;
  let first = true;
  let economicClass: string | undefined;
  return (_side, code, label) => {
    // A table whose total row names the department (totalLabel): its first row, whatever it says.
    const total = (departmentTotal && first) || (!coded && isBlank(code) && isBlank(label));
    first = false;
    if (total) return { ok: true, key: TOTAL_KEY, name: TOTAL_KEY, level: 0, total: true };
    let id = identifyCodeRow(dimension, code, label);
    // Economic rows printed by name alone: the code the catalogue gives the name.
    const named = !id.ok && id.problem === "unknown" && dimension === "economic" ? economicCodeByName(label, economicClass) : undefined;
    if (named) id = identifyCodeRow(dimension, named, label);
    if (id.ok && id.code?.length === 3) economicClass = id.code;
    coded ||= id.ok && id.code !== undefined;
    return id;
  };
}

interface Chosen {
  region: TableRegion;
  header: HeaderMap | undefined;
}

/**
 * The table's region: the best one whose header can be read (a title in a 目录 sheet has none),
 * else the best one, so that its missing header is reported. A sheet found only by its name or
 * 表N line is not this table when another region bears its title; other readable regions are copies.
 */
function chooseRegion(def: TableDef, located: TableRegion[], mergesOf: (s: SheetCells) => MergeIndex, problems: ReadProblems): Chosen | undefined {
  const mine = located.filter((r) => r.table === def.id);
  const titled = mine.some((r) => r.title);
  const candidates = mine.filter((r) => r.title || !titled).map((region) => ({ region, header: readHeader(region.sheet, mergesOf(region.sheet), def, region.top, region.bottom) }));
  const readable = candidates.filter((c) => c.header);
  const [first, ...copies] = readable.length > 0 ? readable : candidates;
  for (const { region } of readable.length > 0 ? copies : []) {
    const at = regionAnchor(region);
    problems.add("table.duplicate", { table: def.id, sheet: region.sheet.name, cell: at }, { table: def.id, sheet: region.sheet.name, at, first: first.region.sheet.name });
  }
  return first;
}

function regionAnchor(region: TableRegion): string {
  return region.title ? cellAddress(region.title.row, region.title.column) : cellAddress(region.top, 0);
}

class TableReader {
  private readonly sheet: SheetCells;
  private readonly textAmounts: string[] = [];
  /** The segments of the last well-formed split code, which rows printing only their lower segments continue. */
  private lastSegments: string[] = [];
  /** Rows whose figures may be negative (a change against last year). */
  private readonly signed: ReadonlySet<string>;

  constructor(
    private readonly region: TableRegion,
    private readonly def: TableDef,
    private readonly findings: ReadProblems,
    private readonly identify?: RowIdentifier,
  ) {
    this.sheet = region.sheet;
    this.signed = new Set(fixedSides(def.rows).flat().flatMap((r) => (r.signed ? [r.key] : [])));
  }

  private place(cell: string): Place {
    return { table: this.def.id, sheet: this.sheet.name, cell };
  }

  read(header: HeaderMap | undefined): TableView | undefined {
    const { region, def } = this;
    const anchor = regionAnchor(region);
    this.checkTitle();
    if (!header) {
      this.findings.add("read.header", this.place(anchor), { table: def.id, at: anchor, columns: headerNames(def.columns) });
      return undefined;
    }
    this.reportMissingColumns(header);
    const view: TableView = {
      table: def.id,
      def,
      sheet: this.sheet.name,
      displayUnit: this.displayUnit(header),
      columns: this.amountColumns(header),
      rows: [],
      byKey: new Map(),
      anchor,
      uncertain: new Map(),
      unplaced: [],
      repeats: [],
    };
    this.readBody(header, view);
    this.reportTextAmounts();
    return view;
  }

  private checkTitle(): void {
    const { region, def } = this;
    if (region.numberConflict) {
      const at = cellAddress(region.numberConflict.row, region.numberConflict.column);
      this.findings.add("read.tableNumber", this.place(at), { at, printed: region.numberConflict.table, table: def.id, title: shownTitle(def) });
    }
    if (region.title) return;
    const cell = probableTitleCell(region);
    const at = cellAddress(cell.row, cell.column);
    const text = displayText(cellValue(this.sheet, cell.row, cell.column));
    this.findings.add("read.title", this.place(at), { table: def.id, title: shownTitle(def), at, text });
  }

  private reportMissingColumns(header: HeaderMap): void {
    const at = cellAddress(header.first, 0);
    for (const col of header.missing) {
      const name = col.header.join("/");
      this.findings.add("read.column", { ...this.place(at), column: col.key }, { table: this.def.id, first: header.first + 1, last: header.last + 1, column: name });
    }
  }

  private displayUnit(header: HeaderMap): DisplayUnit {
    const unit = statedUnit(this.sheet, this.region.top, header.first);
    if (unit) return unit;
    const assumed = this.def.displayUnit ?? DEFAULT_UNIT;
    const at = cellAddress(this.region.top, 0);
    this.findings.add("read.unit", this.place(at), { table: this.def.id, unit: assumed });
    return assumed;
  }

  private amountColumns(header: HeaderMap): TableView["columns"] {
    const out: TableView["columns"] = new Map();
    for (const col of this.def.columns) {
      const index = header.columns.get(col.key);
      if (col.role === "amount" && index !== undefined) out.set(col.key, { index, label: col.header[col.header.length - 1] });
    }
    return out;
  }

  private readBody(header: HeaderMap, view: TableView): void {
    const sides = this.sides(header);
    const identify = this.identify ?? this.rowIdentifier(this.printedYear(header, sides));
    const open = new OpenRows();
    for (let r = header.last + 1; r < this.region.bottom; r++) {
      const row = this.sheet.rows[r];
      const first = row?.find((v) => !isBlank(v));
      if (first === undefined) continue;
      if (isNote(first)) {
        view.note = { text: displayText(first), address: cellAddress(r, row!.indexOf(first)) };
        break;
      }
      for (const side of sides) this.readSide(r, side, header, view, identify, open);
    }
  }

  /** One side of a body row: a placed row, an unplaced one, or nothing (a blank or placeholder row). */
  private readSide(r: number, side: Side, header: HeaderMap, view: TableView, identify: RowIdentifier, open: OpenRows): void {
    const labelCell = this.sideLabel(r, side);
    const codeCell = this.code(r, side.codes);
    // Nothing, or a template's "…" placeholder row: no data to read. Amounts first: a number settles it without normalising the label.
    const noFigures = side.amounts.every((a) => isEmpty(cellValue(this.sheet, r, a.index)));
    if (noFigures && isEmpty(codeCell) && isEmpty(labelCell)) return;
    const id = identify(side.index, codeCell, labelCell);
    const figures = this.readFigures(r, side.amounts, id.ok && this.signed.has(id.key));
    // A 其中 line that names no row and holds no figure (江苏 其中：动用上年结转和结余资金) has nothing to read either.
    if (!id.ok && noFigures && isEmpty(codeCell) && isMemoLabel(labelCell)) return;
    const labelAddress = cellAddress(r, side.codes.length > 0 && !isBlank(codeCell) ? side.codes[0] : (side.label ?? side.amounts[0]?.index ?? 0));
    if (!id.ok) {
      const level = this.codeLevel(r, side.codes);
      this.unplaced(view, side.index, this.reportRow(id, labelAddress), level, open.enclosing(level));
      view.rows.push({ key: `?${r}:${side.index}`, name: id.text, level: 0, total: false, sheetRow: r, labelAddress, figures, unplaced: true });
      return;
    }
    // Built field by field rather than by spreading optional parts: this runs for every row of a large table.
    const placed: ViewRow = { key: id.key, name: id.name, level: id.level, total: id.total, sheetRow: r, labelAddress, figures };
    if (id.code) placed.code = id.code;
    if (id.parent) placed.parent = id.parent;
    const texts = this.readTexts(r, header);
    if (texts) placed.texts = texts;
    if (this.addRow(view, placed)) open.place(placed);
  }

  /**
   * A row's label on a side. A side that prints its items in two column groups (Jiangsu's 收支预算总表:
   * 功能分类 and 支出用途) may print a total's label under the first group and its figure under
   * the second: a blank label cell beside a figure takes the nearest text to its left within the side.
   */
  private sideLabel(r: number, side: Side): CellValue {
    if (side.label === undefined) return null;
    const own = cellValue(this.sheet, r, side.label);
    if (!isBlank(own) || side.first === undefined || side.amounts.every((a) => isBlank(cellValue(this.sheet, r, a.index)))) return own;
    for (let c = side.label - 1; c >= side.first; c--) {
      const v = cellValue(this.sheet, r, c);
      if (!isBlank(v)) return typeof v === "string" && !looksLikeAmount(v) ? v : own;
    }
    return own;
  }

  /**
   * A row that could not be placed may belong to any row it sits under, so those rows' sums are
   * not checkable, nor is any figure of its side the table seems not to show.
   */
  private unplaced(view: TableView, side: number, reason: ReadProblem, level: number | undefined, enclosing: string[]): void {
    view.unplaced.push({ problem: reason, ...(level === undefined ? {} : { level }) });
    const rows = this.def.rows;
    const parents = rows.type === "twoSided" || rows.type === "fixed" ? fixedSides(rows)[side].filter((d) => d.sumOf).map((d) => d.key) : enclosing;
    for (const key of parents) if (!view.uncertain.has(key)) view.uncertain.set(key, reason);
  }

  /** The level a split code's filled segments show (类 0, 款 1, 项 2); undefined with one code column. */
  private codeLevel(r: number, columns: number[]): number | undefined {
    if (columns.length <= 1) return undefined;
    let last = -1;
    columns.forEach((c, i) => !isBlank(cellValue(this.sheet, r, c)) && (last = i));
    return last >= 0 ? last : undefined;
  }

  /**
   * Adds a placed row, or reports it as a repeat: a repeat is added once, and when its figures
   * differ from the first its parent's sum is not checkable (which of the two is meant?).
   * Projects of the same name are distinct projects and are both added.
   */
  private addRow(view: TableView, row: ViewRow): boolean {
    const first = view.byKey.get(row.key);
    const project = row.key.includes("/p:");
    if (first) this.reportRepeat(view, first, row, project);
    if (first && !project) return false;
    view.rows.push(row);
    if (!first) view.byKey.set(row.key, row);
    return true;
  }

  private reportRepeat(view: TableView, first: ViewRow, row: ViewRow, project: boolean): void {
    const params = { table: view.table, at: row.labelAddress, name: row.name, first: first.labelAddress, project };
    const problem = this.findings.add(project ? "row.duplicateProject" : "row.duplicate", { ...this.place(row.labelAddress), row: row.key }, params, [first.labelAddress]);
    const same = Object.keys(first.figures).every((k) => first.figures[k].cents === row.figures[k]?.cents);
    if (project || same || !row.parent) return;
    view.repeats.push(row);
    if (!view.uncertain.has(row.parent)) view.uncertain.set(row.parent, problem);
  }

  /** The label, code and amount columns of each side (one side, or two for 表1/表4), as found in the header. */
  private sides(header: HeaderMap): Side[] {
    const cols = this.def.columns;
    const at = (c: ColumnDef | undefined) => (c ? header.columns.get(c.key) : undefined);
    const found = (amounts: ColumnDef[]) => amounts.flatMap((c) => (at(c) === undefined ? [] : [{ key: c.key, index: at(c)! }]));
    if (this.def.rows.type === "twoSided") {
      const located = tableSides(this.def).flatMap((side, i) => {
        const label = at(side.label);
        return label === undefined ? [] : [{ index: i, label, codes: [], amounts: found(side.amounts) }];
      });
      return located.map((side, i) => ({ ...side, first: i === 0 ? 0 : Math.max(located[i - 1].label, ...located[i - 1].amounts.map((a) => a.index)) + 1 }));
    }
    const amounts = found(cols.filter((c) => c.role === "amount"));
    if (this.def.rows.type === "singleRow") return [{ index: 0, codes: [], amounts }];
    const label = at(cols.find((c) => c.role === "label"));
    if (label === undefined) return [];
    const codes = cols.filter((c) => c.role === "code").flatMap((c) => (at(c) === undefined ? [] : [at(c)!]));
    return [{ index: 0, label, codes, amounts }];
  }

  /**
   * A row's code: one code cell, or 类, 款 and 项 cells joined (a 款 stored as the number 6 is 06).
   * Where a table prints a segment only when it changes (类 on the 类 row, then 款 and 项 alone),
   * the blank leading segments are those of the code above.
   */
  private code(r: number, columns: number[]): CellValue {
    if (columns.length <= 1) return columns.length === 0 ? null : cellValue(this.sheet, r, columns[0]);
    const texts = columns.map((c, i) => segmentText(cellValue(this.sheet, r, c), i));
    const first = texts.findIndex((t) => t !== "");
    if (first < 0) return null;
    const printed = texts.slice(first, texts.length - [...texts].reverse().findIndex((t) => t !== ""));
    const inherits = first > 0 && this.lastSegments.length >= first && printed.every((t) => t !== "");
    const parts = inherits ? [...this.lastSegments.slice(0, first), ...printed] : texts.filter((t) => t !== "");
    // Each segment has its own width (类 3, 款 2, 项 2): 7 | 11 | 02 is no 5-digit code but a malformed 项, shown as printed.
    const wellFormed = parts.every((t, i) => t.length === (i === 0 ? 3 : 2));
    if (wellFormed) this.lastSegments = parts;
    return wellFormed ? parts.join("") : parts.join("-");
  }

  /** The latest year a row is labelled with (2025 年, 2026 年): the fiscal year of fixed rows labelled {year}. */
  private printedYear(header: HeaderMap, sides: Side[]): number | undefined {
    if (!fixedSides(this.def.rows).some((d) => d.some((row) => row.label.includes(YEAR_PLACEHOLDER.slice(0, -1))))) return undefined;
    let year: number | undefined;
    for (let r = header.last + 1; r < this.region.bottom; r++) {
      for (const side of sides) {
        const m = side.label === undefined ? null : YEAR_LABEL.exec(normalizeLabel(cellValue(this.sheet, r, side.label)));
        if (m) year = Math.max(year ?? 0, Number(m[1]));
      }
    }
    return year;
  }

  private rowIdentifier(year: number | undefined): RowIdentifier {
    const rows = this.def.rows;
    switch (rows.type) {
      case "codeHierarchy":
        return codeRowIdentifier(rows.dimension, this.def.totalLabel === "department");
      case "unitBreakdown": {
        const reader = new UnitRowReader(rows.children, this.def.totalLabel === "department");
        return (_side, _code, label) => reader.identify(label);
      }
      case "singleRow":
        return () => ({ ok: true, key: rows.key, name: rows.key, level: 0, total: false });
      default: {
        const defs = fixedSides(rows);
        const sides = defs.map(fixedRowKeys);
        // Where 类 rows are `nested`, the names under a 类 are its 款 and 项 (Shenzhen): details, not checked.
        const nests = defs.map((d) => d.some((r) => r.functionClasses?.nested));
        const underClass = defs.map(() => false);
        let details = 0;
        return (side, _code, label) => {
          const hit = sides[side](year === undefined ? label : yearPlaceholder(label, year));
          if (hit) underClass[side] = nests[side] && hit.code !== undefined;
          if (hit) return { ok: true, key: hit.key, code: hit.code, name: displayText(label), level: 0, total: hit.total };
          if (underClass[side] && !isBlank(label)) return { ok: true, key: `detail:${++details}`, name: displayText(label), level: 1, total: false };
          return { ok: false, problem: "unknown", text: displayText(label) };
        };
      }
    }
  }

  private reportRow(id: Extract<RowIdentity, { ok: false }>, at: string): ReadProblem {
    const rule = id.problem === "malformedCode" ? "code.malformed" : "read.row";
    return this.findings.add(rule, this.place(at), { table: this.def.id, at, text: id.text, problem: id.problem });
  }

  /** Text columns (表12 绩效目标), kept so that an imported table can be written out again. */
  private readTexts(r: number, header: HeaderMap): Record<string, string> | undefined {
    let texts: Record<string, string> | undefined;
    for (const col of this.def.columns) {
      const c = col.role === "text" ? header.columns.get(col.key) : undefined;
      const value = c === undefined ? null : cellValue(this.sheet, r, c);
      if (!isBlank(value)) (texts ??= {})[col.key] = String(value);
    }
    return texts;
  }

  private readFigures(r: number, amounts: Side["amounts"], signed: boolean): Record<string, Figure> {
    const figures: Record<string, Figure> = {};
    for (const { key, index } of amounts) {
      const figure = this.readFigure(r, index, signed);
      if (figure) figures[key] = figure;
    }
    return figures;
  }

  private readFigure(r: number, c: number, signed: boolean): Figure | undefined {
    const value = cellValue(this.sheet, r, c);
    const format = numberFormat(this.sheet, r, c);
    // The common case first, without making a read: a number read exactly, not negative, says nothing more about its cell.
    const cents = typeof value === "number" ? exactCents(value, format) : undefined;
    if (cents !== undefined && cents >= 0) return new CellFigure(r, c, cents, shownHalfWidth(format));
    const read = readAmount(value, format);
    if (read.kind === "blank") return new CellFigure(r, c, 0, 5);
    if (read.kind === "invalid") {
      const at = cellAddress(r, c);
      this.findings.add("amount.invalid", this.place(at), { table: this.def.id, at, text: read.text });
      return undefined;
    }
    if (read.fromText || read.hiddenDecimals || (read.cents < 0 && !signed)) this.noteAmount(read, value, cellAddress(r, c), signed);
    return new CellFigure(r, c, read.cents, read.halfWidth);
  }

  /** What an amount read from a cell says about it: text, decimals it hides, a sign it should not have. */
  private noteAmount(read: Extract<AmountRead, { kind: "amount" }>, value: CellValue, at: string, signed: boolean): void {
    if (read.fromText) this.textAmounts.push(at);
    const stored = read.stored ?? String(value);
    if (read.hiddenDecimals) this.findings.add("amount.decimals", this.place(at), { table: this.def.id, at, stored });
    if (read.cents < 0 && !signed) this.findings.add("amount.negative", this.place(at), { table: this.def.id, at, stored });
  }

  private reportTextAmounts(): void {
    const [first, ...rest] = this.textAmounts;
    if (!first) return;
    const n = this.textAmounts.length;
    this.findings.add("amount.asText", this.place(first), { table: this.def.id, count: n, at: first }, rest.slice(0, MAX_RELATED));
  }
}

/** A figure as read from its cell; the A1 address is made only when something names it (a table holds a million figures, few named). */
class CellFigure implements Figure {
  constructor(
    private readonly row: number,
    private readonly column: number,
    readonly cents: number,
    readonly halfWidth: number,
  ) {}

  get address(): string {
    return cellAddress(this.row, this.column);
  }
}

/** The rows a row sits under while reading top to bottom: the last placed row of each level, and 合计. */
class OpenRows {
  private readonly byLevel: ViewRow[] = [];

  place(row: ViewRow): void {
    if (row.total) return;
    // Rows below it close; truncating only when there are any (setting an array's length is slow).
    if (this.byLevel.length > row.level + 1) this.byLevel.length = row.level + 1;
    this.byLevel[row.level] = row;
  }

  /** The keys of the rows a row of `level` may add into: its parent, or, when its level is unknown, every open row. */
  enclosing(level: number | undefined): string[] {
    if (level === 0) return [TOTAL_KEY];
    if (level !== undefined) return this.byLevel[level - 1] ? [this.byLevel[level - 1].key] : [TOTAL_KEY];
    return [TOTAL_KEY, ...this.byLevel.map((r) => r.key)];
  }
}

interface Side {
  index: number;
  /** Absent in a table of one unlabelled row. */
  label?: number;
  /** One code column, or the 类/款/项 columns of a split code. */
  codes: number[];
  amounts: Array<{ key: string; index: number }>;
  /** Two-sided tables: the first column of the side, where a blank label cell's text may stand instead (see sideLabel). */
  first?: number;
}

/** A code segment as printed: 款 and 项 stored as numbers keep their leading zero (6 → 06). */
const segmentText = (v: CellValue, i: number): string => (isBlank(v) ? "" : typeof v === "number" && i > 0 ? String(v).padStart(2, "0") : displayText(v));

/** A row labelled with a year alone (2026 年). */
const YEAR_LABEL = /^((?:19|20)\d{2})年$/;

/** A year label as a fixed row's placeholder: the fiscal year {year}年, the one before {year-1}年. */
function yearPlaceholder(label: CellValue, year: number): CellValue {
  const m = YEAR_LABEL.exec(normalizeLabel(label));
  if (!m) return label;
  const printed = Number(m[1]);
  return printed === year ? `${YEAR_PLACEHOLDER}年` : printed === year - 1 ? `${PRIOR_YEAR_PLACEHOLDER}年` : label;
}

/** A title as a message names it: without the year placeholder ({year}年预算单位… → 预算单位…). */
const shownTitle = (def: TableDef) => def.title.replace(`${YEAR_PLACEHOLDER}年`, "").replace(YEAR_PLACEHOLDER, "");

/** A template's placeholder: "…", "……", "二、…", a bare "三、", or "...-...-..." (类/款/项 joined). */
const isPlaceholder = (v: CellValue) => typeof v === "string" && /^[.…-]*$/.test(labelCore(v));
const isEmpty = (v: CellValue) => isBlank(v) || isPlaceholder(v);
const isMemoLabel = (v: CellValue) => /^其中[:：]/.test(normalizeLabel(v));

/** A 注 or 说明 line ends the body; the cheap test first, since it runs on every row. */
function isNote(value: CellValue): boolean {
  return typeof value === "string" && (value.includes("注") || value.includes("说明")) && /^(?:注|说明)[:：]/.test(normalizeLabel(value));
}

function headerNames(columns: ColumnDef[]): string {
  return columns
    .slice(0, 3)
    .map((c) => c.header[c.header.length - 1])
    .join("、");
}
