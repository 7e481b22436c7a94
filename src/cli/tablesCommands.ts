/**
 * Commands on workbooks of filled tables and on blank templates:
 *   budget-tables template -o blank.xlsx [--pack …] [--force]
 *   budget-tables import <book.xlsx|book.pdf|tables.json> -o <tables.json|tables.xlsx> [--year 2024] [--pack …] [--force]
 *   budget-tables compare <this.xlsx|.pdf|.json> <last.xlsx|.pdf|.json> -o <compare.xlsx|.csv|.json> [--pack …] [--force]
 */
import path from "node:path";
import type { ComparisonForm } from "../io/comparisonFile";
import { compareYears } from "../io/comparisonTable";
import { readingErrorText, tableModelFromSheets, tableModelFromText, TableModelRead } from "../io/readTableModel";
import { tableModelToGrids } from "../io/tableGrids";
import { figureCount, NOT_RECOVERABLE, TableModel, tableModelJsonText } from "../io/tableModel";
import { formatProblemBoth } from "../model/types";
import { builtInPackById } from "../packs/builtIn";
import type { SheetCells } from "../reading/sheetCells";
import { printedWorkbook } from "../io/printedGrids";
import type { TemplatePack } from "../tables/types";
import { CliError, EXIT_OK } from "./errors";
import { Output, outputFile, parseOptions, readText } from "./io";
import { givenPack, packOption } from "./packCommand";
import { comparisonWriting, fromPdf, readWorkbookFile, templateWriting, xlsxWriting } from "./workbooks";

export const TABLES_USAGE = `  budget-tables template -o blank.xlsx [--pack name|pack.json] [--force]
      空白模板：无数字的表1–表12 和带下拉列表的空白“明细”表 / blank 表1–表12 and an empty 明细 sheet with data validation
  budget-tables import <book.xlsx|book.pdf|tables.json> -o <tables.json|tables.xlsx> [--year 2024] [--pack name|pack.json] [--force]
      读取已填好的表1–表12，得到表级模型（每个数及其单元格）/ read filled tables into a table-level model, or write one back as tables;
      PDF 写成 .xlsx 时按 PDF 的版式逐表成页，可编辑后再校验 / a PDF to .xlsx is laid out as printed, one sheet per table, to edit and validate
  budget-tables compare <this.xlsx|this.pdf|this.json> <last.xlsx|last.pdf|last.json> -o <compare.xlsx|compare.csv|compare.json> [--pack name|pack.json] [--force]
      与上年逐数对比：增减额、增减率及说明文字 / year over year: every figure, its change and change in percent, and 说明 sentences`;

const isJson = (file: string) => /\.json$/i.test(file);
const isXlsx = (file: string) => /\.xlsx$/i.test(file);

export async function templateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, pack: { type: "string" }, force: { type: "boolean" } }, TABLES_USAGE);
  const pack = packOption(values.pack as string | undefined);
  const output = values.output as string | undefined;
  if (positionals.length > 0 || !output || !isXlsx(output)) throw new CliError(`template needs -o blank.xlsx and nothing else\n${TABLES_USAGE}`);
  const out = outputFile(output, !!values.force, [values.pack as string | undefined]);
  const { templateWorkbook } = await templateWriting();
  out.write(Buffer.from(await templateWorkbook(pack).xlsx.writeBuffer()));
  process.stdout.write(`已写入空白模板 blank template written: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, year: { type: "string" }, pack: { type: "string" }, force: { type: "boolean" } }, TABLES_USAGE);
  const given = givenPack(values.pack as string | undefined);
  const output = values.output as string | undefined;
  if (positionals.length !== 1 || !output || !(isJson(output) || isXlsx(output))) throw new CliError(`import needs one workbook or tables.json and -o tables.json|tables.xlsx\n${TABLES_USAGE}`);
  const out = outputFile(output, !!values.force, [positionals[0], values.pack as string | undefined]);
  const sheets = isJson(positionals[0]) ? undefined : await readWorkbookFile(positionals[0]);
  if (sheets && fromPdf(sheets) && isXlsx(output)) return importPrinted(sheets, given, out, output);
  const model = modelOrExit(sheets ? tableModelFromSheets(sheets, positionals[0], given) : tableModelFromText(readText(positionals[0]), positionals[0], given), positionals[0]);
  if (values.year !== undefined) model.fiscalYear = year(values.year as string);
  if (isJson(output)) out.write(tableModelJsonText(model));
  else out.write(await (await xlsxWriting()).gridsToXlsxBuffer(tableModelToGrids(model, given ?? packOfModel(model))));
  const figures = figureCount(model);
  process.stdout.write(`已读取 ${model.tables.length} 张表、${figures} 个数 | ${model.tables.length} tables, ${figures} figures: ${path.resolve(output)}\n${notRecoverable()}`);
  return EXIT_OK;
}

/** A PDF's tables written as printed, one sheet each, for an officer to edit and validate. */
async function importPrinted(sheets: SheetCells[], given: TemplatePack | undefined, out: Output, output: string): Promise<number> {
  const { grids, figures } = printedWorkbook(sheets, given);
  out.write(await (await xlsxWriting()).gridsToXlsxBuffer(grids));
  process.stdout.write(`已读取 ${grids.length} 张表、${figures} 个数，按 PDF 版式写入 | ${grids.length} tables, ${figures} figures, laid out as printed: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

export async function compareCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, pack: { type: "string" }, force: { type: "boolean" } }, TABLES_USAGE);
  const pack = givenPack(values.pack as string | undefined);
  const output = values.output as string | undefined;
  if (positionals.length !== 2 || !output || !/\.(xlsx|csv|json)$/i.test(output)) throw new CliError(`compare needs this year's and last year's workbooks and -o compare.xlsx|.csv|.json\n${TABLES_USAGE}`);
  const out = outputFile(output, !!values.force, [...positionals, values.pack as string | undefined]);
  const [current, previous] = await Promise.all(positionals.map((f) => readTableModel(f, pack)));
  const comparison = compareYears(current, previous, { current: positionals[0], previous: positionals[1] });
  const { comparisonFile } = await comparisonWriting();
  out.write(await comparisonFile(comparison, path.extname(output).slice(1).toLowerCase() as ComparisonForm));
  process.stdout.write(`${comparison.statements.map((s) => s.text).join("\n")}\n已对比 ${comparison.figures.length} 个数 | ${comparison.figures.length} figures compared: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

/** A workbook's tables, or a table-level model written by import. Reading problems go to stderr; no table at all is an error. */
async function readTableModel(file: string, pack: TemplatePack | undefined): Promise<TableModel> {
  const read = isJson(file) ? tableModelFromText(readText(file), file, pack) : tableModelFromSheets(await readWorkbookFile(file), file, pack);
  return modelOrExit(read, file);
}

function modelOrExit(read: TableModelRead, file: string): TableModel {
  if (!read.ok && read.reason === "noTables") throw new CliError(read.problems.map((p) => formatProblemBoth(p)).join("\n"));
  if (!read.ok) throw new CliError(`${file} is not a table-level model:\n${read.problems.map((p) => formatProblemBoth(p, "  ")).join("\n")}`);
  for (const f of read.readingErrors) process.stderr.write(`${file}: ${readingErrorText(f, "zh")}\n`);
  return read.model;
}

/** The built-in pack a table-level model was read by (its pack id), for writing it back as tables. */
function packOfModel(model: TableModel): TemplatePack {
  const pack = builtInPackById(model.pack.id);
  if (!pack) throw new CliError(`the tables were read by the pack "${model.pack.id}", which is not built in: give it with --pack pack.json`);
  return pack;
}

function year(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1990 || n > 2100) throw new CliError(`--year must be a year such as 2024, not "${text}"`);
  return n;
}

function notRecoverable(): string {
  const lines = NOT_RECOVERABLE.zh.map((zh, i) => `  - ${zh}\n    ${NOT_RECOVERABLE.en[i]}`);
  return `表中无法还原 / not recoverable from tables alone:\n${lines.join("\n")}\n`;
}
