/**
 * The pane's template and export actions: insert the blank template, flag the 明细 rows that
 * could not be used, and build the files to download (the model as JSON, the findings as
 * .xlsx, CSV or JSON). Like workbook.ts, each workbook step is one Excel.run. ExcelJS is
 * loaded only when an .xlsx is made, so the pane starts without it.
 */
import { blankGrids } from "../generation/blankTables";
import { mingxiGrid } from "../generation/mingxiGrid";
import type { OfficeFeatures } from "../hosts/office/features";
import { applyFlags, CellMark } from "../hosts/office/flags";
import { queueTextBlock, queueValidations } from "../hosts/office/validations";
import { ExistingSheetChoice, writeGrids, WriteResult } from "../hosts/office/writeGrids";
import { ITEM_COLUMNS, modelToMingxi } from "../model/mingxi";
import { mingxiTemplate, VALIDATED_ITEM_ROWS } from "../model/mingxiTemplate";
import { modelToJsonText } from "../model/toJson";
import type { BudgetModel, InputProblem } from "../model/types";
import { findingsTable } from "../report/findingsTable";
import { jsonReport } from "../report/jsonReport";
import { toCsv } from "../report/table";
import type { TemplatePack } from "../tables/types";
import type { ValidationResult } from "../validation/validate";
import type { OutFile } from "./download";
import type { Progress } from "./work";

export interface TemplateResult extends WriteResult {
  /** False below ExcelApi 1.8: the sheet is written without drop-down lists and code checks. */
  validated: boolean;
}

export async function insertTemplate(pack: TemplatePack, features: OfficeFeatures, existing: ExistingSheetChoice | undefined, progress: Progress, label: string): Promise<TemplateResult> {
  const template = mingxiTemplate();
  const grids = [...blankGrids(pack), mingxiGrid(template.rows)];
  const written = await Excel.run((context) => writeGrids(context, grids, { features, existing, onProgress: (done, total) => progress(label, (0.9 * done) / total) }));
  const mingxi = written.sheetNames[written.sheetNames.length - 1];
  const first = template.headerRow + 2;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(mingxi);
    queueTextBlock(sheet, ITEM_COLUMNS.length - 2, first, first + VALIDATED_ITEM_ROWS - 1);
    if (features.dataValidation) queueValidations(sheet, template.validations);
    await context.sync();
  });
  return { ...written, syncs: written.syncs + 1, validated: features.dataValidation };
}

/** Flags each 明细 cell a problem names (明细!F12); problems about the whole sheet have no cell. */
export async function flagProblems(problems: readonly InputProblem[], features: OfficeFeatures, lang: "zh" | "en"): Promise<number> {
  const marks: CellMark[] = problems.flatMap((p) => {
    const m = /^(.+)!([A-Z]+\d+)$/.exec(p.path);
    return m ? [{ sheet: m[1], cell: m[2], severity: "error" as const, text: lang === "zh" ? p.zh : p.message }] : [];
  });
  await Excel.run((context) => applyFlags(context, marks, features));
  return marks.length;
}

/** The model as a 明细 sheet, beside any sheet of that name: the fallback where downloads do not work. */
export function writeModelSheet(model: BudgetModel, features: OfficeFeatures): Promise<WriteResult> {
  return Excel.run((context) => writeGrids(context, [mingxiGrid(modelToMingxi(model))], { features, existing: "beside" }));
}

export function modelFile(model: BudgetModel): OutFile {
  return { name: `${model.department}-${model.fiscalYear}.json`, type: "application/json", data: modelToJsonText(model) };
}

export type FindingsForm = "xlsx" | "csv" | "json";

export async function findingsFile(result: ValidationResult, form: FindingsForm, source: string): Promise<OutFile> {
  const name = `校验结果.${form}`;
  if (form === "json") return { name, type: "application/json", data: `${JSON.stringify(jsonReport(result.summary, result.findings, source), null, 2)}\n` };
  const table = findingsTable(result.summary, result.findings, source);
  if (form === "csv") return { name, type: "text/csv;charset=utf-8", data: toCsv(table) };
  return { name, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: await (await import("../hosts/xlsx/reportWorkbook")).reportWorkbookBuffer([table]) };
}
