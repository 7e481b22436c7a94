/**
 * The .xlsx host as the CLI reaches it: loaded only when a command touches a workbook, since
 * ExcelJS alone takes about half a second to load and `--help` or a usage error needs none of it.
 */
import type { SheetCells } from "../reading/sheetCells";
import { CliError } from "./errors";

/** A workbook's sheets; a file that is not a readable workbook is a CliError saying so. */
export async function readWorkbookFile(file: string): Promise<SheetCells[]> {
  const { readXlsxFile } = await import("../hosts/xlsx/streamWorkbook");
  return readXlsxFile(file).catch((e: Error) => {
    throw new CliError(e.message);
  });
}

/** The modules that write workbooks, each of which loads ExcelJS. */
export const xlsxWriting = () => import("../hosts/xlsx/writeWorkbook");
export const mingxiWriting = () => import("../hosts/xlsx/mingxiSheet");
export const templateWriting = () => import("../hosts/xlsx/templateWorkbook");
export const reportWriting = () => import("../hosts/xlsx/reportWorkbook");
export const markWriting = () => import("../hosts/xlsx/markWorkbook");
/** The comparison's file forms, .xlsx among them. */
export const comparisonWriting = () => import("../io/comparisonFile");
