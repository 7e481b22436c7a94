/** The blank template as an .xlsx workbook: a pack's tables without figures, and the blank 明细 sheet (with its data validation, as every 明细 sheet has). */
import type ExcelJS from "exceljs";
import { blankGrids } from "../../generation/blankTables";
import { mingxiTemplate } from "../../model/mingxiTemplate";
import type { TemplatePack } from "../../tables/types";
import { addMingxiSheet } from "./mingxiSheet";
import { addGridsToWorkbook, newWorkbook } from "./writeWorkbook";

export function templateWorkbook(pack: TemplatePack): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addGridsToWorkbook(workbook, blankGrids(pack));
  addMingxiSheet(workbook, mingxiTemplate().rows);
  return workbook;
}
