/**
 * `budget-tables narrative check|draft`: the 说明 checked against the workbook's tables, or drafted
 * from them. Exit codes as validate: 0 no error, 1 errors in the narrative, 2 unreadable input or
 * wrong usage.
 */
import path from "node:path";
import { narrativeSheets, paragraphBlocks, sheetBlocks, TextBlock, textBlocks } from "../narrative/blocks";
import { checkNarrative } from "../narrative/checkNarrative";
import { draftNarrative, DraftParagraph } from "../narrative/draft";
import { draftGrid, draftSheetName } from "../narrative/draftGrid";
import { narrativeTables } from "../narrative/facts";
import type { SheetCells } from "../reading/sheetCells";
import { findingsToMark } from "../report/marks";
import { narrativeJsonReport, narrativeTextReport } from "../report/narrativeReport";
import { validateSheets } from "../validation/validate";
import { CliError, EXIT_FINDINGS, EXIT_OK } from "./errors";
import { outputFile, parseOptions, readBytes, readText, withExitCode } from "./io";
import { givenPack } from "./packCommand";
import { fromPdf, markWriting, readBookFile, readWorkbookFile, xlsxWriting } from "./workbooks";

export const NARRATIVE_USAGE = `  budget-tables narrative check book.xlsx|book.pdf [--narrative 说明.docx|说明.pdf|说明.txt|说明.xlsx] [--last-year last.xlsx|last.pdf] [--format text|json] [-o report] [--mark marked.xlsx [--mark-info]] [--pack name|pack.json] [--force]
      核对说明中引用的每个数（收支总额、各类资金、功能分类、基本/项目支出、“三公”经费、机关运行经费、与上年比较）
      与工作簿中的表是否一致 / check every figure the narrative cites against the workbook's tables;
      不给 --narrative 时核对工作簿中名称含“说明”的工作表，或 PDF 中表以外的文字；.txt 为 PDF 的文字（pdftotext -layout，分页符分页）/
      without --narrative, the workbook's sheets named …说明, or a PDF's text outside its tables; a .txt is a PDF's text with form feeds between pages;
      --last-year 上年的表，用于核对“比上年增加/减少” / last year's tables, for the changes the text cites
  budget-tables narrative draft book.xlsx -o 说明.docx|说明.txt|book-with-draft.xlsx [--last-year last.xlsx] [--pack name|pack.json] [--force]
      按表起草标准说明，原因处留【请填写原因】；-o 为 .xlsx 时另存一份工作簿并新增“${"说明（草稿）"}”工作表（原有工作表不动）/
      draft the standard 说明 from the tables (reasons left as 【请填写原因】); an .xlsx output is a copy of
      the workbook with a new sheet 说明（草稿）, every existing sheet kept`;

export function narrativeCommand(args: string[]): Promise<number> {
  return withExitCode(() => {
    const [sub, ...rest] = args;
    if (sub === "check") return check(rest);
    if (sub === "draft") return draft(rest);
    throw new CliError(`narrative needs check or draft\n${NARRATIVE_USAGE}`);
  });
}

const COMMON = { "last-year": { type: "string" }, pack: { type: "string" }, force: { type: "boolean", default: false }, output: { type: "string", short: "o" } } as const;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, { ...COMMON, narrative: { type: "string" }, format: { type: "string", default: "text" }, mark: { type: "string" }, "mark-info": { type: "boolean", default: false } }, NARRATIVE_USAGE);
  const book = onlyBook(positionals, "check");
  const { output, mark, narrative, format } = values as { output?: string; mark?: string; narrative?: string; format: string };
  if (format !== "text" && format !== "json") throw new CliError(`--format must be text or json, not "${format}"`);
  if (mark !== undefined && !/\.xlsx$/i.test(mark)) throw new CliError(`--mark writes a workbook: give it an .xlsx name, not "${mark}"`);
  const inputs = [book, narrative, values["last-year"]];
  const out = output === undefined ? undefined : outputFile(output, !!values.force, inputs);
  const marked = mark === undefined ? undefined : outputFile(mark, !!values.force, [...inputs, output]);
  const { sheets, narrative: printed } = await readBookFile(book);
  if (marked && fromPdf(sheets)) throw new CliError(`${book}：PDF 没有单元格可标注，不能 --mark | ${book} is a PDF, which has no cells to mark`);
  const blocks = narrative === undefined ? (printed ?? sheetBlocks(narrativeSheets(sheets))) : await narrativeFile(narrative);
  if (blocks.length === 0) throw new CliError(`${narrative ?? book}: no narrative text found${narrative ? "" : printed ? " outside its tables" : " (no sheet named …说明); give it with --narrative 说明.docx|.pdf|.txt"}`);
  const { views, lastYear } = await tables(sheets, values.pack as string | undefined, values["last-year"] as string | undefined);
  const { findings, summary } = checkNarrative({ blocks, views, sheets, ...(lastYear ? { lastYear } : {}) });
  const report = format === "json" || /\.json$/i.test(output ?? "") ? narrativeJsonReport(summary, findings, book, narrative ?? book) : narrativeTextReport(summary, findings, book, narrative ?? book);
  if (out) out.write(report);
  else process.stdout.write(report);
  if (marked) marked.write(await (await markWriting()).markedWorkbookBuffer(readBytes(book), findingsToMark(findings, { includeInfo: !!values["mark-info"] })));
  return summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

async function draft(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(args, COMMON, NARRATIVE_USAGE);
  const book = onlyBook(positionals, "draft");
  const output = values.output as string | undefined;
  const form = /\.(docx|txt|xlsx)$/i.exec(output ?? "")?.[1].toLowerCase();
  if (!output || !form) throw new CliError(`narrative draft needs -o 说明.docx, 说明.txt or book.xlsx\n${NARRATIVE_USAGE}`);
  const out = outputFile(output, !!values.force, [book, values["last-year"] as string | undefined]);
  const sheets = await readWorkbookFile(book);
  const { views, lastYear } = await tables(sheets, values.pack as string | undefined, values["last-year"] as string | undefined);
  const paragraphs = draftNarrative({ views, sheets, ...(lastYear ? { lastYear } : {}) });
  out.write(await draftBytes(form, paragraphs, book, sheets));
  process.stdout.write(`已起草说明 drafted: ${path.resolve(output)}\n`);
  return EXIT_OK;
}

async function draftBytes(form: string, paragraphs: DraftParagraph[], book: string, sheets: readonly SheetCells[]): Promise<string | Uint8Array> {
  if (form === "txt") return `${paragraphs.map((p) => p.text).join("\n")}\n`;
  if (form === "docx") return (await import("../narrative/docx")).docxBuffer(paragraphs);
  const grid = draftGrid(paragraphs, draftSheetName(sheets.map((s) => s.name)));
  return (await xlsxWriting()).workbookWithGrids(readBytes(book), [grid]);
}

function onlyBook(positionals: string[], sub: string): string {
  if (positionals.length !== 1) throw new CliError(`narrative ${sub} needs exactly one workbook\n${NARRATIVE_USAGE}`);
  return positionals[0];
}

/** This year's tables (the pack given or detected) and last year's, when given. */
async function tables(sheets: SheetCells[], packName: string | undefined, lastYearBook: string | undefined) {
  const pack = givenPack(packName);
  const { views, summary } = validateSheets(sheets, { pack });
  if (narrativeTables(views).size === 0)
    throw new CliError(`说明按上海的表（财务收支预算总表、“三公”经费和机关运行经费预算表……）核对和起草，工作簿中没有这些表（版式：${summary.pack.name}）| the narrative is checked and drafted against the Shanghai tables; the workbook has none of them (layout: ${summary.pack.name})`);
  const lastYear = lastYearBook ? validateSheets(await readWorkbookFile(lastYearBook), { pack }).views : undefined;
  return { views, ...(lastYear ? { lastYear } : {}) };
}

/** A narrative file: .docx paragraphs, a PDF's text outside its tables, its text as pdftotext writes it (.txt, pages at form feeds), or an .xlsx's …说明 sheets. */
async function narrativeFile(file: string): Promise<TextBlock[]> {
  const name = path.basename(file);
  if (/\.pdf$/i.test(file)) return (await readBookFile(file)).narrative ?? [];
  if (/\.docx$/i.test(file)) {
    const { readDocxParagraphs } = await import("../narrative/docx");
    return paragraphBlocks(await readDocxParagraphs(readBytes(file), name).catch((e: Error) => Promise.reject(new CliError(e.message))), name);
  }
  if (/\.xlsx$/i.test(file)) return sheetBlocks(narrativeSheets(await readWorkbookFile(file)));
  if (/\.txt$/i.test(file)) return textBlocks(readText(file), name);
  throw new CliError(`--narrative takes a .docx, a .pdf, a .txt (a PDF's text) or an .xlsx, not "${file}"`);
}
