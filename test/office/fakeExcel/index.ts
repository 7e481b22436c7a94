/**
 * An in-memory Excel for tests, faithful to the rules of the Excel JavaScript API that the
 * Office.js host relies on: load before read, values only after sync, 2D shapes that match,
 * strings that Excel takes as formulas or numbers, the 5 MB request limit, and APIs that
 * exist only from their requirement set on. It counts every context.sync().
 */
import { FakeContext, HostConfig, HostStats } from "./context";
import { FakeWorkbook } from "./workbook";
import { Axis, shiftLines } from "./shift";
import { columnIndex, newSheet, newWorkbookState, SheetState, WorkbookState } from "./state";

export { FakeOfficeError, PAYLOAD_LIMIT } from "./context";
export * from "./state";

export interface FakeOffice {
  state: WorkbookState;
  stats: HostStats;
  /** Stands in for the Excel global: Excel.run(batch). */
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  /** Stands in for the Office global, as far as an add-in asks it. */
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    context: { displayLanguage: string; diagnostics: { platform: string }; requirements: { isSetSupported(name: string, version?: string): boolean } };
    HostType: { Excel: string };
  };
  /** Types into a cell as a user would and fires the sheet's change handlers. */
  userEdit(sheetName: string, address: string, value: string | number): Promise<void>;
  /** Deletes a sheet as a user would (right-click → Delete). */
  userDeleteSheet(sheetName: string): Promise<void>;
  /** Inserts (count > 0) or deletes (count < 0) whole rows at a 1-based row, or columns at a letter, and fires the change handlers. */
  userShift(sheetName: string, at: number | string, count: number): Promise<void>;
  /** Activates a sheet and selects a cell as a user would by clicking. */
  userSelect(sheetName: string, address: string): void;
}

export interface FakeOfficeOptions extends Partial<HostConfig> {
  displayLanguage?: string;
  /** Office.context.diagnostics.platform: "OfficeOnline", "PC", "Mac", "iOS". */
  platform?: string;
  /** Sheets the workbook starts with. */
  sheets?: string[];
}

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const config: HostConfig = { apiVersion: options.apiVersion ?? 18 };
  const state = newWorkbookState();
  for (const name of options.sheets ?? ["Sheet1"]) newSheet(state, name);
  state.activeSheetId = state.sheets[0]?.id;
  const stats: HostStats = { syncs: 0, maxPayloadBytes: 0, totalPayloadBytes: 0 };
  const info = { host: "Excel", platform: options.platform ?? "OfficeOnline" };
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(state, stats, config);
    const context = Object.assign(ctx, { workbook: new FakeWorkbook(ctx) });
    const result = await batch(context as unknown as Excel.RequestContext);
    if (ctx.hasPending) await ctx.sync();
    return result;
  };
  return {
    state,
    stats,
    Excel: { run },
    Office: {
      onReady: async (callback) => {
        callback?.(info);
        return info;
      },
      context: {
        displayLanguage: options.displayLanguage ?? "zh-CN",
        diagnostics: { platform: info.platform },
        requirements: {
          isSetSupported: (name, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= config.apiVersion,
        },
      },
      HostType: { Excel: "Excel" },
    },
    userEdit: async (sheetName, address, value) => {
      const sheet = sheetNamed(state, sheetName);
      await run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(address).values = [[value]];
      });
      for (const handler of sheet.changeHandlers) await handler({ address, worksheetId: sheet.id, changeType: "RangeEdited", source: "Local" });
    },
    userDeleteSheet: (sheetName) => run(async (context) => context.workbook.worksheets.getItem(sheetName).delete()),
    userShift: async (sheetName, at, count) => {
      const sheet = sheetNamed(state, sheetName);
      const axis: Axis = typeof at === "number" ? "rows" : "columns";
      shiftLines(state, sheet, { axis, at: typeof at === "number" ? at - 1 : columnIndex(at), count });
      const changeType = `${axis === "rows" ? "Row" : "Column"}${count > 0 ? "Inserted" : "Deleted"}`;
      for (const handler of sheet.changeHandlers) await handler({ address: String(at), worksheetId: sheet.id, changeType, source: "Local" });
    },
    userSelect: (sheetName, address) => {
      state.activeSheetId = sheetNamed(state, sheetName).id;
      state.selection = { sheet: sheetName, address };
    },
  };
}

function sheetNamed(state: WorkbookState, name: string): SheetState {
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}
