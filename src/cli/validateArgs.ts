/** `budget-tables validate`'s usage and options, for one workbook and for many files. */
import os from "node:os";
import { formatProblemBoth } from "../model/types";
import { CliError } from "./errors";
import { parseOptions, readBytes } from "./io";

export const VALIDATE_USAGE = `  budget-tables validate book.xlsx|book.pdf [--format text|json] [-o report[.xlsx|.csv|.json]] [--mark marked.xlsx [--mark-info]] [--force] [--catalog codes.csv] [--pack name|pack.json | --generic] [--progress]
      核对工作簿或公开 PDF 中 表1–表12 的勾稽关系 / check 表1–表12 of a workbook or a published
      PDF against every identity (PDF findings name the page and the printed row and column);
      不给 --pack 时自动识别版式 / without --pack the layout is detected;
      --generic 不用模板包，按标题识别各表、按各地通用的勾稽关系核对（版式被误认为某模板包时）/
      check the tables found by their titles by what every layout shares, whatever pack matches;
      --mark 另存一份标出问题单元格的副本（默认只标错误和警告，--mark-info 连尾差和提示一起标）/
      --mark writes a copy with the cells marked (errors and warnings; --mark-info adds tails and notes);
      -o 按扩展名写 .xlsx、.csv（UTF-8 BOM）或 .json，其他扩展名按 --format / the report file's
      form follows its extension (.xlsx, .csv with a UTF-8 BOM, .json), else --format;
      --with-narrative 连同工作簿中的说明工作表（PDF 则为表以外的文字）一起核对（见 narrative check）/
      the workbook's 说明 sheets (a PDF's text outside its tables) checked too;
      exit 0 no error, 1 errors found, 2 unreadable input
  budget-tables validate DIR|FILES… [--jobs N] [--format text|json] [-o summary[.xlsx|.csv|.json]] [--force] [--catalog codes.csv] [--pack name|pack.json | --generic] [--progress]
      逐个核对文件夹（含子文件夹）中的 .xlsx 和 .pdf 或所列文件，每个文件一行汇总 / check every .xlsx
      and .pdf in the folders (sub-folders too) or the files given, one summary row a file;
      --jobs 同时核对的文件数（默认 CPU 核数）/ files checked at once (default: the cores);
      -o summary.xlsx 每行链接到该文件的问题明细 / each row links to the file's findings;
      exit 0 no error, 1 a file has errors or cannot be read, 2 no file could be read`;

export type ValidateArgs = ReturnType<typeof parseValidateArgs>;

export function parseValidateArgs(args: string[]) {
  const parsed = parseOptions(
    args,
    {
      format: { type: "string", default: "text" },
      output: { type: "string", short: "o" },
      catalog: { type: "string" },
      progress: { type: "boolean", default: false },
      pack: { type: "string" },
      generic: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      mark: { type: "string" },
      "mark-info": { type: "boolean", default: false },
      "with-narrative": { type: "boolean", default: false },
      jobs: { type: "string" },
    },
    VALIDATE_USAGE,
  );
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new CliError(`validate needs a workbook, a folder or files\n${VALIDATE_USAGE}`);
  if (values.format !== "text" && values.format !== "json") throw new CliError(`--format must be text or json, not "${values.format}"`);
  const mark = values.mark as string | undefined;
  if (mark !== undefined && !/\.xlsx$/i.test(mark)) throw new CliError(`--mark writes a workbook: give it an .xlsx name, not "${mark}"`);
  if (values.generic && values.pack !== undefined) throw new CliError(`--generic checks without a pack: give --pack or --generic, not both\n${VALIDATE_USAGE}`);
  if (values["mark-info"] && mark === undefined) throw new CliError(`--mark-info goes with --mark marked.xlsx\n${VALIDATE_USAGE}`);
  return {
    paths: positionals,
    format: values.format as "text" | "json",
    output: values.output,
    catalogFile: values.catalog,
    progress: !!values.progress,
    pack: values.pack,
    generic: !!values.generic,
    force: !!values.force,
    mark,
    markInfo: !!values["mark-info"],
    withNarrative: !!values["with-narrative"],
    jobs: jobCount(values.jobs),
  };
}

/** Default: one job a core. */
function jobCount(value: string | undefined): number {
  if (value === undefined) return os.availableParallelism();
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new CliError(`--jobs must be a whole number from 1 to 9999, not "${value}"`);
  return Number(value);
}

/** The CSV parser is loaded only for a catalogue. */
export async function readCatalog(file: string | undefined): Promise<Map<string, string> | undefined> {
  if (file === undefined) return undefined;
  const { readCodeCatalog } = await import("../catalog/csvCatalog");
  const result = readCodeCatalog(readBytes(file), file);
  if (!result.ok) throw new CliError(`${file}: the catalogue has ${result.problems.length} problem(s):\n${result.problems.map((p) => formatProblemBoth(p, "  ")).join("\n")}`);
  return result.names;
}
