/** Reading and writing the model's two forms, JSON and the 明细 sheet of an .xlsx, for the CLI. */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { addMingxiSheet, sheetRows } from "../hosts/xlsx/mingxiSheet";
import { newWorkbook } from "../hosts/xlsx/writeWorkbook";
import { loadModelText, LoadResult } from "../model/load";
import { MINGXI_SHEET, mingxiToModel, modelToMingxi } from "../model/mingxi";
import { modelToJsonText } from "../model/toJson";
import { BudgetModel, formatProblem } from "../model/types";
import { CliError } from "./errors";

const isXlsx = (file: string) => /\.xlsx$/i.test(file);

export async function readModelFile(file: string): Promise<BudgetModel> {
  const result = isXlsx(file) ? await readMingxiWorkbook(file) : loadModelText(readText(file), file);
  if (!result.ok) {
    const lines = result.problems.map((p) => `  ${formatProblem(p)}`).join("\n");
    throw new CliError(`${file}: the model has ${result.problems.length} problem(s):\n${lines}`);
  }
  return result.model;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

async function readMingxiWorkbook(file: string): Promise<LoadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    throw new CliError(`cannot read ${file} as an .xlsx workbook: ${(e as Error).message}`);
  }
  const sheet = workbook.getWorksheet(MINGXI_SHEET);
  if (!sheet) throw new CliError(`${file}: no sheet named ${MINGXI_SHEET} (the line-item sheet)`);
  return mingxiToModel(sheetRows(sheet));
}

/** Writes the model as JSON, or as a workbook holding its 明细 sheet, by the file's extension. */
export async function writeModelFile(model: BudgetModel, file: string): Promise<void> {
  if (!isXlsx(file)) return writeOutput(file, modelToJsonText(model));
  const workbook = newWorkbook();
  addMingxiSheet(workbook, modelToMingxi(model));
  writeOutput(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

export function writeOutput(file: string, data: string | Buffer): void {
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, data);
  } catch (e) {
    throw new CliError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

/** Refuses to replace an existing file unless asked to. */
export function checkOutputFree(file: string, force: boolean): void {
  if (!force && fs.existsSync(file)) throw new CliError(`${file} already exists; choose another name or add --force to replace it`);
}
