/**
 * The Office.js host, writing side: TableGrids → worksheets, in few round trips. One sync
 * finds the sheets already there; then operations are queued across all grids and sent
 * whenever the next one would push the request past the payload budget, so the number of
 * syncs follows the size of the data, never the number of rows or sheets.
 */
import type { TableGrid } from "../../generation/grid";
import { applyOp, applySheetSetup } from "./applyOps";
import type { OfficeFeatures } from "./features";
import { gridOps } from "./sheetOps";

/** Excel on the web refuses requests above 5 MB; estimates stay below 4 MB to keep a margin. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** What to do when a sheet named 表N exists: replace it, or write beside it as 表N (2). */
export type ExistingSheetChoice = "replace" | "beside";

/** Raised before anything is written, so the caller can ask the user. */
export class SheetsExistError extends Error {
  constructor(readonly names: string[]) {
    super(`工作表已存在：${names.join("、")} (sheets already exist: ${names.join(", ")})`);
    this.name = "SheetsExistError";
  }
}

export interface WriteOptions {
  features: OfficeFeatures;
  /** Required when a target sheet exists; without it the write stops with SheetsExistError. */
  existing?: ExistingSheetChoice;
  onProgress?: (done: number, total: number) => void;
  payloadBudget?: number;
  /** Leaves the user's active sheet as it was; otherwise the first sheet written comes forward. */
  keepActiveSheet?: boolean;
}

export interface WriteResult {
  /** The sheet each grid went to, in grid order. */
  sheetNames: string[];
  syncs: number;
}

export async function writeGrids(context: Excel.RequestContext, grids: readonly TableGrid[], options: WriteOptions): Promise<WriteResult> {
  const budget = options.payloadBudget ?? PAYLOAD_BUDGET;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  await context.sync();
  let syncs = 1;
  const existing = new Set(sheets.items.map((s) => s.name));
  const positions = new Map(sheets.items.map((s) => [s.name, s.position]));
  const clashes = grids.map((g) => g.sheetName).filter((n) => existing.has(n));
  if (clashes.length > 0 && !options.existing) throw new SheetsExistError(clashes);
  const targets = grids.map((g) => (existing.has(g.sheetName) && options.existing === "beside" ? freeName(g.sheetName, existing) : g.sheetName));

  const plans = grids.map((g) => gridOps(g, budget));
  const total = plans.reduce((n, ops) => n + ops.reduce((b, o) => b + o.bytes, 0), 0);
  let queued = 0;
  let sent = 0;
  const flush = async () => {
    await context.sync();
    syncs++;
    sent += queued;
    queued = 0;
    options.onProgress?.(sent, total);
  };
  for (let i = 0; i < grids.length; i++) {
    const replaced = options.existing === "replace" && clashes.includes(targets[i]);
    const sheet = addSheet(sheets, targets[i], replaced ? positions.get(targets[i]) : undefined);
    applySheetSetup(sheet, grids[i], options.features);
    for (const { op, bytes } of plans[i]) {
      if (queued > 0 && queued + bytes > budget) await flush();
      applyOp(sheet, op);
      queued += bytes;
    }
  }
  if (!options.keepActiveSheet) sheets.getItem(targets[0]).activate();
  await flush();
  return { sheetNames: targets, syncs };
}

/**
 * Adds the worksheet. A replaced sheet (its old position given) is renamed out of the way and
 * deleted after the new one exists, so the workbook never drops to no visible sheet; the new
 * sheet takes the old one's place among the sheets.
 */
function addSheet(sheets: Excel.WorksheetCollection, name: string, replacedAt?: number): Excel.Worksheet {
  if (replacedAt === undefined) return sheets.add(name);
  const old = sheets.getItem(name);
  old.name = `${name}~${Date.now() % 100000}`;
  const sheet = sheets.add(name);
  old.delete();
  sheet.position = replacedAt;
  return sheet;
}

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/** 表3 → 表3 (2), or the first free 表3 (k); a long name (a PDF table's title) is shortened to leave room for the number. */
export function freeName(name: string, taken: Set<string>): string {
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = `${name.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
