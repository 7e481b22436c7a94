/** Reading and writing the model's two forms, JSON and the 明细 sheet of an .xlsx, for the CLI. */
import { loadModelText, LoadResult } from "../model/load";
import { MINGXI_SHEET, mingxiToModel, modelToMingxi, sheetValueRows } from "../model/mingxi";
import { modelToJsonText } from "../model/toJson";
import { BudgetModel, formatProblemBoth } from "../model/types";
import { CliError } from "./errors";
import { Output, readText } from "./io";
import { mingxiWriting, readWorkbookFile, xlsxWriting } from "./workbooks";

const isXlsx = (file: string) => /\.xlsx$/i.test(file);

export async function readModelFile(file: string): Promise<BudgetModel> {
  const result = isXlsx(file) ? await readMingxiWorkbook(file) : loadModelText(readText(file), file);
  if (!result.ok) {
    const lines = result.problems.map((p) => formatProblemBoth(p, "  ")).join("\n");
    throw new CliError(`${file}: the model has ${result.problems.length} problem(s):\n${lines}`);
  }
  // What only some packs' tables need: said, not refused (docs/model.md, "What the tables need").
  for (const w of result.warnings) process.stderr.write(`${file}: 注意 warning (${w.pack}: ${w.rules.join(", ")}) ${formatProblemBoth(w)}\n`);
  return result.model;
}

async function readMingxiWorkbook(file: string): Promise<LoadResult> {
  const sheets = await readWorkbookFile(file);
  const sheet = sheets.find((s) => s.name === MINGXI_SHEET);
  if (!sheet) throw new CliError(`${file}: no sheet named ${MINGXI_SHEET} (the line-item sheet)`);
  return mingxiToModel(sheetValueRows(sheet));
}

/** Writes the model as JSON, or as a workbook holding its 明细 sheet, by the file's extension. */
export async function writeModelFile(model: BudgetModel, out: Output): Promise<void> {
  if (!isXlsx(out.file)) return out.write(modelToJsonText(model));
  const workbook = (await xlsxWriting()).newWorkbook();
  (await mingxiWriting()).addMingxiSheet(workbook, modelToMingxi(model));
  out.write(Buffer.from(await workbook.xlsx.writeBuffer()));
}
