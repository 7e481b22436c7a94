/**
 * Workbook cells → one TableView per table found. Whatever the reader cannot understand
 * becomes a finding naming its cell; nothing is skipped silently.
 */
import { cellAddress } from "../generation/grid";
import type { DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import { tableSides } from "../tables/sides";
import type { ColumnDef, TableDef, TemplatePack } from "../tables/types";
import { Findings, Place } from "../validation/findings";
import { readAmount } from "./amounts";
import { HeaderMap, readHeader, statedUnit } from "./header";
import { locateTables, probableTitleCell, TableRegion } from "./locate";
import { displayText, labelCore, normalizeLabel } from "./normalize";
import { fixedRowKeys, fixedSides, identifyCodeRow, RowIdentity, UnitRowReader } from "./rowKeys";
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

export function readTables(sheets: readonly SheetCells[], pack: TemplatePack, findings: Findings): Map<TableId, TableView> {
  const regions = new Map<TableId, TableRegion>();
  const located = preferred(locateTables(sheets, pack.tables), pack);
  const titled = new Set(located.filter((r) => r.title).map((r) => r.table));
  for (const region of located) {
    // A sheet found only by its name or 表N line is not this table when another sheet bears its title.
    if (!region.title && titled.has(region.table)) continue;
    const first = regions.get(region.table);
    if (!first) regions.set(region.table, region);
    else {
      const at = regionAnchor(region);
      findings.add("table.duplicate", { table: region.table, sheet: region.sheet.name, cell: at }, {
        zh: `${region.table} 在工作表“${region.sheet.name}”${at} 处再次出现，只检查“${first.sheet.name}”中的那一张`,
        en: `${region.table} appears again in sheet ${region.sheet.name} at ${at}; only the one in ${first.sheet.name} is checked`,
      });
    }
  }
  const mergeIndexes = new Map<SheetCells, MergeIndex>();
  const mergesOf = (s: SheetCells) => mergeIndexes.get(s) ?? mergeIndexes.set(s, new MergeIndex(s.merges)).get(s)!;
  const views = new Map<TableId, TableView>();
  for (const def of pack.tables) {
    const region = regions.get(def.id);
    if (!region) {
      findings.add("table.missing", { table: def.id, sheet: "", cell: "" }, {
        zh: `工作簿中找不到${def.id}（${def.title}）：既没有名为“${def.sheetName}”的工作表，也没有这个标题`,
        en: `${def.id} (${def.title}) is missing: no sheet named ${def.sheetName} and no sheet with its title`,
      });
      continue;
    }
    const view = new TableReader(region, def, mergesOf(region.sheet), findings).read();
    if (view) views.set(def.id, view);
  }
  return views;
}

function regionAnchor(region: TableRegion): string {
  return region.title ? cellAddress(region.title.row, region.title.column) : cellAddress(region.top, 0);
}

class TableReader {
  private readonly sheet: SheetCells;
  private readonly textAmounts: string[] = [];

  constructor(
    private readonly region: TableRegion,
    private readonly def: TableDef,
    private readonly merges: MergeIndex,
    private readonly findings: Findings,
  ) {
    this.sheet = region.sheet;
  }

  private place(cell: string): Place {
    return { table: this.def.id, sheet: this.sheet.name, cell };
  }

  read(): TableView | undefined {
    const { region, def } = this;
    const anchor = regionAnchor(region);
    this.checkTitle();
    const header = readHeader(this.sheet, this.merges, def, region.top, region.bottom);
    if (!header) {
      this.findings.add("read.header", this.place(anchor), {
        zh: `${def.id} 从 ${anchor} 起找不到表头（应有 ${headerNames(def.columns)} 等列）`,
        en: `${def.id}: no header row found from ${anchor} (expected columns such as ${headerNames(def.columns)})`,
      });
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
    };
    this.readBody(header, view);
    this.reportTextAmounts();
    return view;
  }

  private checkTitle(): void {
    const { region, def } = this;
    if (region.numberConflict) {
      const at = cellAddress(region.numberConflict.row, region.numberConflict.column);
      this.findings.add("read.tableNumber", this.place(at), {
        zh: `${at} 写的是${region.numberConflict.table}，但下面的标题是${def.id}的“${def.title}”，按${def.id}读取`,
        en: `${at} says ${region.numberConflict.table} but the title below is ${def.id}'s; read as ${def.id}`,
      });
    }
    if (region.title) return;
    const cell = probableTitleCell(region);
    const at = cellAddress(cell.row, cell.column);
    const text = displayText(cellValue(this.sheet, cell.row, cell.column));
    this.findings.add("read.title", this.place(at), {
      zh: `${def.id} 的标题应为“${def.title}”，${at} 处为“${text}”，按工作表名或表号读取`,
      en: `${def.id}'s title should be ${def.title}; ${at} holds "${text}"; read by sheet name or table number`,
    });
  }

  private reportMissingColumns(header: HeaderMap): void {
    const at = cellAddress(header.first, 0);
    for (const col of header.missing) {
      const name = col.header.join("/");
      this.findings.add("read.column", this.place(at), {
        zh: `${this.def.id} 表头（第 ${header.first + 1}–${header.last + 1} 行）中找不到“${name}”列`,
        en: `${this.def.id}: column ${name} not found in the header (rows ${header.first + 1}–${header.last + 1})`,
      });
    }
  }

  private displayUnit(header: HeaderMap): DisplayUnit {
    const unit = statedUnit(this.sheet, this.region.top, header.first);
    if (unit) return unit;
    const assumed = this.def.displayUnit ?? DEFAULT_UNIT;
    const at = cellAddress(this.region.top, 0);
    this.findings.add("read.unit", this.place(at), {
      zh: `${this.def.id} 表头以上没有“单位：万元”之类的说明，按${assumed}读取`,
      en: `${this.def.id}: no display unit stated above the header; read as ${assumed}`,
    });
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
    const identify = this.rowIdentifier();
    const sides = this.sides(header);
    for (let r = header.last + 1; r < this.region.bottom; r++) {
      const row = this.sheet.rows[r];
      if (!row || row.every(isBlank)) continue;
      const first = row.find((v) => !isBlank(v))!;
      if (isNote(first)) {
        view.note = { text: displayText(first), address: cellAddress(r, row.indexOf(first)) };
        break;
      }
      for (const side of sides) {
        const labelCell = side.label === undefined ? null : cellValue(this.sheet, r, side.label);
        const codeCell = this.code(r, side.codes);
        if (isBlank(labelCell) && isBlank(codeCell) && side.amounts.every((a) => isBlank(cellValue(this.sheet, r, a.index)))) continue;
        const figures = this.readFigures(r, side.amounts);
        const id = identify(side.index, codeCell, labelCell);
        const labelAddress = cellAddress(r, side.codes.length > 0 && !isBlank(codeCell) ? side.codes[0] : (side.label ?? side.amounts[0]?.index ?? 0));
        if (!id.ok) this.reportRow(id, labelAddress);
        else this.addRow(view, { key: id.key, name: id.name, ...(id.code ? { code: id.code } : {}), level: id.level, ...(id.parent ? { parent: id.parent } : {}), total: id.total, sheetRow: r, labelAddress, figures, ...this.readTexts(r, header) });
      }
    }
  }

  private addRow(view: TableView, row: ViewRow): void {
    view.rows.push(row);
    if (!view.byKey.has(row.key)) view.byKey.set(row.key, row);
  }

  /** The label, code and amount columns of each side (one side, or two for 表1/表4), as found in the header. */
  private sides(header: HeaderMap): Side[] {
    const cols = this.def.columns;
    const at = (c: ColumnDef | undefined) => (c ? header.columns.get(c.key) : undefined);
    const found = (amounts: ColumnDef[]) => amounts.flatMap((c) => (at(c) === undefined ? [] : [{ key: c.key, index: at(c)! }]));
    if (this.def.rows.type === "twoSided") {
      return tableSides(this.def).flatMap((side, i) => {
        const label = at(side.label);
        return label === undefined ? [] : [{ index: i, label, codes: [], amounts: found(side.amounts) }];
      });
    }
    const amounts = found(cols.filter((c) => c.role === "amount"));
    if (this.def.rows.type === "singleRow") return [{ index: 0, codes: [], amounts }];
    const label = at(cols.find((c) => c.role === "label"));
    if (label === undefined) return [];
    const codes = cols.filter((c) => c.role === "code").flatMap((c) => (at(c) === undefined ? [] : [at(c)!]));
    return [{ index: 0, label, codes, amounts }];
  }

  /** A row's code: one code cell, or 类, 款 and 项 cells joined (a 款 stored as the number 6 is 06). */
  private code(r: number, columns: number[]): CellValue {
    if (columns.length <= 1) return columns.length === 0 ? null : cellValue(this.sheet, r, columns[0]);
    const parts = columns.map((c) => cellValue(this.sheet, r, c)).filter((v) => !isBlank(v));
    if (parts.length === 0) return null;
    return parts.map((v, i) => (typeof v === "number" && i > 0 ? String(v).padStart(2, "0") : displayText(v))).join("");
  }

  private rowIdentifier(): (side: number, code: CellValue, label: CellValue) => RowIdentity {
    const rows = this.def.rows;
    switch (rows.type) {
      case "codeHierarchy":
        return (_side, code, label) => identifyCodeRow(rows.dimension, code, label);
      case "unitBreakdown": {
        const reader = new UnitRowReader(rows.children);
        return (_side, _code, label) => reader.identify(label);
      }
      case "singleRow":
        return () => ({ ok: true, key: rows.key, name: rows.key, level: 0, total: false });
      default: {
        const sides = fixedSides(rows).map(fixedRowKeys);
        return (side, _code, label) => {
          const hit = sides[side].get(labelCore(label));
          return hit ? { ok: true, key: hit.key, code: hit.code, name: displayText(label), level: 0, total: hit.total } : { ok: false, problem: "unknown", text: displayText(label) };
        };
      }
    }
  }

  private reportRow(id: Extract<RowIdentity, { ok: false }>, at: string): void {
    const { def } = this;
    const messages = {
      malformedCode: {
        zh: `${def.id} ${at} 科目编码“${id.text}”格式不对（功能分类应为 3、5 或 7 位数字，经济分类为 3 或 5 位）`,
        en: `${def.id} ${at}: malformed code "${id.text}" (function codes have 3, 5 or 7 digits, economic 3 or 5)`,
      },
      unknown: {
        zh: `${def.id} ${at} 无法识别这一行“${id.text}”：既不是本表应有的行，也读不出科目编码`,
        en: `${def.id} ${at}: cannot identify the row "${id.text}": not one of the table's rows and no code found`,
      },
      orphan: {
        zh: `${def.id} ${at} “${id.text}”缩进为下级行，但其上没有单位行`,
        en: `${def.id} ${at}: "${id.text}" is indented as a child row but no unit row precedes it`,
      },
    };
    this.findings.add(id.problem === "malformedCode" ? "code.malformed" : "read.row", this.place(at), messages[id.problem]);
  }

  /** Text columns (表12 绩效目标), kept so that an imported table can be written out again. */
  private readTexts(r: number, header: HeaderMap): { texts?: Record<string, string> } {
    const texts: Record<string, string> = {};
    for (const col of this.def.columns) {
      const c = col.role === "text" ? header.columns.get(col.key) : undefined;
      const value = c === undefined ? null : cellValue(this.sheet, r, c);
      if (!isBlank(value)) texts[col.key] = String(value);
    }
    return Object.keys(texts).length > 0 ? { texts } : {};
  }

  private readFigures(r: number, amounts: Side["amounts"]): Record<string, Figure> {
    const figures: Record<string, Figure> = {};
    for (const { key, index } of amounts) {
      const figure = this.readFigure(r, index);
      if (figure) figures[key] = figure;
    }
    return figures;
  }

  private readFigure(r: number, c: number): Figure | undefined {
    const address = cellAddress(r, c);
    const value = cellValue(this.sheet, r, c);
    const read = readAmount(value, numberFormat(this.sheet, r, c));
    if (read.kind === "blank") return { address, cents: 0, halfWidth: 5 };
    if (read.kind === "invalid") {
      this.findings.add("amount.invalid", this.place(address), {
        zh: `${this.def.id} ${address} 应为金额，实为“${read.text}”`,
        en: `${this.def.id} ${address}: expected an amount, found "${read.text}"`,
      });
      return undefined;
    }
    if (read.fromText) this.textAmounts.push(address);
    if (read.hiddenDecimals) {
      this.findings.add("amount.decimals", this.place(address), {
        zh: `${this.def.id} ${address} 存的是 ${read.stored}，显示为两位小数，合计时按显示值计`,
        en: `${this.def.id} ${address} stores ${read.stored} behind a two-decimal display; checked as shown`,
      });
    }
    if (read.cents < 0) {
      this.findings.add("amount.negative", this.place(address), {
        zh: `${this.def.id} ${address} 金额为负数 ${read.stored}`,
        en: `${this.def.id} ${address}: negative amount ${read.stored}`,
      });
    }
    return { address, cents: read.cents, halfWidth: read.halfWidth };
  }

  private reportTextAmounts(): void {
    const [first, ...rest] = this.textAmounts;
    if (!first) return;
    const n = this.textAmounts.length;
    this.findings.add(
      "amount.asText",
      this.place(first),
      {
        zh: `${this.def.id} 有 ${n} 个金额以文本形式存储（如 ${first}），已按数值读取；Excel 的求和公式会忽略它们`,
        en: `${this.def.id}: ${n} amount(s) stored as text (e.g. ${first}), read as numbers; Excel's SUM ignores them`,
      },
      { related: rest.slice(0, MAX_RELATED) },
    );
  }
}

interface Side {
  index: number;
  /** Absent in a table of one unlabelled row. */
  label?: number;
  /** One code column, or the 类/款/项 columns of a split code. */
  codes: number[];
  amounts: Array<{ key: string; index: number }>;
}

/** A 注 line ends the body; the cheap test first, since it runs on every row. */
function isNote(value: CellValue): boolean {
  return typeof value === "string" && value.includes("注") && /^注[:：]/.test(normalizeLabel(value));
}

function headerNames(columns: ColumnDef[]): string {
  return columns
    .slice(0, 3)
    .map((c) => c.header[c.header.length - 1])
    .join("、");
}
