/** The blank template as an .xlsx workbook: a pack's tables without figures, and the blank 明细 sheet with its data validation. */
import type ExcelJS from "exceljs";
import { blankGrids } from "../../generation/blankTables";
import { mingxiTemplate } from "../../model/mingxiTemplate";
import type { TemplatePack } from "../../tables/types";
import { addMingxiSheet } from "./mingxiSheet";
import { addValidations } from "./validations";
import { addGridsToWorkbook, newWorkbook } from "./writeWorkbook";

export function templateWorkbook(pack: TemplatePack): ExcelJS.Workbook {
  const workbook = newWorkbook();
  addGridsToWorkbook(workbook, blankGrids(pack));
  const template = mingxiTemplate();
  addValidations(addMingxiSheet(workbook, template.rows), template.validations);
  return workbook;
}
