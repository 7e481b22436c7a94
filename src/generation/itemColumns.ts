/**
 * The line items as columns of small integer codes, read in one pass. That pass is most of
 * the cost of a large model (it looks up every item's strings), so it keeps to a few columns:
 * unit, function, economic and project codes, one code for the few-valued dimensions (stream,
 * kind, fund, source), and the amounts. The 类 of an economic or function code and the kind
 * of a unit follow from a code, through a lookup, when a grouping asks for them.
 */
import { EXPENDITURE_KINDS, FUNDS, REVENUE_SOURCES, UNIT_KINDS } from "../model/types";
import type { BudgetModel, ExpenditureItem, RevenueItem } from "../model/types";
import type { Dimension } from "../tables/dimensions";
import { memo } from "./memo";

/** A dimension's values as codes: code 0 stands for "absent", value k for code k. */
export interface Codebook {
  readonly values: ReadonlyArray<string | undefined>;
  code(value: string | undefined): number;
}

/** Codes for open value sets (units, codes, projects), numbered as first seen. */
class Interner implements Codebook {
  private readonly codes = new Map<string, number>();
  readonly values: Array<string | undefined> = [undefined];

  code(value: string | undefined): number {
    if (value === undefined) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** Codes for a closed value list (kinds, funds, sources): a short scan beats hashing. */
class FixedCodebook implements Codebook {
  readonly values: ReadonlyArray<string | undefined>;

  constructor(
    private readonly dimension: Dimension,
    private readonly list: readonly string[],
  ) {
    this.values = [undefined, ...list];
  }

  code(value: string | undefined): number {
    if (value === undefined) return 0;
    // A plain loop: measurably faster here than indexOf, and this runs once or twice per item.
    for (let i = 0; i < this.list.length; i++) if (this.list[i] === value) return i + 1;
    throw new Error(`generation: ${this.dimension} "${value}" is not one of ${this.list.join("、")}`);
  }
}

/** The columns a grouping adds items up by; each dimension lives in one of them. */
export type KeyColumn = "few" | "unit" | "unitKind" | "function" | "functionClass" | "economic" | "economicClass" | "project";
export const KEY_COLUMN: Record<Dimension, KeyColumn> = {
  stream: "few",
  kind: "few",
  fund: "few",
  source: "few",
  unit: "unit",
  unitKind: "unitKind",
  function: "function",
  economic: "economic",
  economicClass: "economicClass",
  functionClass: "functionClass",
  project: "project",
};

/** The key columns that follow from another one's codes, and which. */
export const DERIVED_FROM: Partial<Record<KeyColumn, KeyColumn>> = { unitKind: "unit", economicClass: "economic", functionClass: "function" };

/**
 * The few-valued dimensions share one code: a revenue's is its source's code (1–11), an
 * expenditure's 12 + kind × 6 + fund, from its kind's and fund's codes (0 when absent).
 */
const FUND_RADIX = FUNDS.length + 1;
const EXPENDITURE_BASE = REVENUE_SOURCES.length + 1;
const FEW_RADIX = EXPENDITURE_BASE + (EXPENDITURE_KINDS.length + 1) * FUND_RADIX;
type FewDimension = "stream" | "kind" | "fund" | "source";
/** The dimensions whose codes are numbered as first seen, so whose count only the items tell. */
const OPEN_DIMENSIONS = ["unit", "function", "economic", "project"] as const;
type StoredColumn = Exclude<KeyColumn, "unitKind" | "economicClass" | "functionClass">;
export type CodeColumn = Uint16Array | Int32Array;
const STREAMS = ["revenue", "expenditure"] as const;

export class ItemColumns {
  readonly codebooks: Record<Dimension, Codebook> = {
    stream: new FixedCodebook("stream", STREAMS),
    unit: new Interner(),
    unitKind: new FixedCodebook("unitKind", UNIT_KINDS),
    function: new Interner(),
    economic: new Interner(),
    economicClass: new Interner(),
    functionClass: new Interner(),
    kind: new FixedCodebook("kind", EXPENDITURE_KINDS),
    fund: new FixedCodebook("fund", FUNDS),
    source: new FixedCodebook("source", REVENUE_SOURCES),
    project: new Interner(),
  };
  readonly amounts: Float64Array;
  private readonly columns: Record<StoredColumn, CodeColumn>;
  /** Per few code, the code of each few-valued dimension. */
  private readonly fewParts = fewParts();
  private readonly unitKinds: number[] = [0];
  private readonly fewInUse: { lookup: Int32Array; radix: number; origin: Int32Array };
  private readonly derivations = new Map<KeyColumn, Int32Array>();

  constructor(model: BudgetModel) {
    this.amounts = new Float64Array(model.revenues.length + model.expenditures.length);
    for (const u of model.units) this.unitKinds[this.codebooks.unit.code(u.id)] = this.codebooks.unitKind.code(u.kind);
    // Two bytes per code keep a large model's columns small; a model with more distinct values is read again.
    this.columns = this.read(model, Uint16Array);
    if (Math.max(...OPEN_DIMENSIONS.map((d) => this.codebooks[d].values.length)) > 0x10000) this.columns = this.read(model, Int32Array);
    this.fewInUse = this.fewCodesInUse();
  }

  private read(model: BudgetModel, CodeArray: Uint16ArrayConstructor | Int32ArrayConstructor): Record<StoredColumn, CodeColumn> {
    const n = this.amounts.length;
    const columns = { few: new CodeArray(n), unit: new CodeArray(n), function: new CodeArray(n), economic: new CodeArray(n), project: new CodeArray(n) };
    this.readRevenues(model.revenues, columns);
    this.readExpenditures(model.expenditures, columns, model.revenues.length);
    return columns;
  }

  // The two loops below are kept apart from any other code, so that the JIT compiles each one whole.
  private readRevenues(revenues: readonly RevenueItem[], columns: Record<StoredColumn, CodeColumn>): void {
    const { unit, function: fn, source } = this.codebooks;
    const { few, unit: units, function: functions } = columns;
    const amounts = this.amounts;
    for (let i = 0; i < revenues.length; i++) {
      const r = revenues[i];
      few[i] = source.code(r.source);
      units[i] = unit.code(r.unit);
      functions[i] = fn.code(r.function);
      amounts[i] = r.amount;
    }
  }

  private readExpenditures(expenditures: readonly ExpenditureItem[], columns: Record<StoredColumn, CodeColumn>, first: number): void {
    const { unit, function: fn, economic, kind, fund, project } = this.codebooks;
    const { few, unit: units, function: functions, economic: economics, project: projects } = columns;
    const amounts = this.amounts;
    for (let k = 0, i = first; k < expenditures.length; k++, i++) {
      const e = expenditures[k];
      few[i] = EXPENDITURE_BASE + kind.code(e.kind) * FUND_RADIX + fund.code(e.fund);
      units[i] = unit.code(e.unit);
      functions[i] = fn.code(e.function);
      economics[i] = economic.code(e.economic);
      projects[i] = project.code(e.project);
      amounts[i] = e.amount;
    }
  }

  /**
   * Each item's code in a key column, as lookup[codes[i]], and how many codes there are. A
   * derived column (unitKind, economicClass) looks its source column's codes up. The few code
   * is renumbered densely, over the few codes items use (`origin` gives each one's few code):
   * that keeps the groupings' arrays of slots small.
   */
  column(key: KeyColumn): { codes: CodeColumn; lookup: Int32Array | null; radix: number; origin: Int32Array | null } {
    if (key === "few") return { codes: this.columns.few, ...this.fewInUse };
    const from = DERIVED_FROM[key];
    if (from) return { codes: this.columns[from as StoredColumn], lookup: this.derivation(key), radix: this.codebooks[key as Dimension].values.length, origin: null };
    return { codes: this.columns[key as StoredColumn], lookup: null, radix: this.codebooks[key as Dimension].values.length, origin: null };
  }

  /** For a derived key column, its code for each code of the column it follows from (worked out once). */
  derivation(key: KeyColumn): Int32Array {
    return memo(this.derivations, key, () => {
      const from = this.codebooks[DERIVED_FROM[key] as Dimension].values;
      const to = this.codebooks[key as Dimension];
      const derive = key === "unitKind" ? (_: string, code: number) => this.unitKinds[code] ?? 0 : (value: string) => to.code(value.slice(0, 3));
      return Int32Array.from(from, (value, code) => (value === undefined ? 0 : derive(value, code)));
    });
  }

  /** The few codes items use, numbered densely: the dense number of each few code, and the few code of each dense number. */
  private fewCodesInUse(): { lookup: Int32Array; radix: number; origin: Int32Array } {
    const used = new Uint8Array(FEW_RADIX);
    const few = this.columns.few;
    for (let i = 0; i < few.length; i++) used[few[i]] = 1;
    const lookup = new Int32Array(FEW_RADIX);
    const origin: number[] = [];
    for (let code = 0; code < FEW_RADIX; code++) if (used[code]) lookup[code] = origin.push(code) - 1;
    return { lookup, radix: Math.max(origin.length, 1), origin: Int32Array.from(origin) };
  }

  /** A dimension's codes, from the codes of its key column: the few code holds four dimensions. */
  dimensionCodes(dimension: Dimension, keyCodes: Int32Array): Int32Array {
    if (KEY_COLUMN[dimension] !== "few") return keyCodes;
    const part = this.fewParts[dimension as FewDimension];
    const out = new Int32Array(keyCodes.length);
    for (let g = 0; g < out.length; g++) out[g] = part[keyCodes[g]];
    return out;
  }


}

function fewParts(): Record<FewDimension, Int32Array> {
  const parts = { stream: new Int32Array(FEW_RADIX), kind: new Int32Array(FEW_RADIX), fund: new Int32Array(FEW_RADIX), source: new Int32Array(FEW_RADIX) };
  for (let code = 0; code < FEW_RADIX; code++) {
    const expenditure = code >= EXPENDITURE_BASE;
    parts.stream[code] = expenditure ? 2 : 1;
    parts.source[code] = expenditure ? 0 : code;
    parts.kind[code] = expenditure ? Math.floor((code - EXPENDITURE_BASE) / FUND_RADIX) : 0;
    parts.fund[code] = expenditure ? (code - EXPENDITURE_BASE) % FUND_RADIX : 0;
  }
  return parts;
}
