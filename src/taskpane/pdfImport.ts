/**
 * 从 PDF 导入表格: a PDF's tables written into new sheets laid out as printed, as the CLI's
 * `import book.pdf -o tables.xlsx` lays them out, for the officer to edit and validate like any
 * workbook. Nothing the workbook holds is replaced (a sheet of the same name gets 名称 (2)
 * beside it) and the user's active sheet stays in front.
 */
import type { OfficeFeatures } from "../hosts/office/features";
import { writeGrids } from "../hosts/office/writeGrids";
import { printedWorkbook } from "../io/printedGrids";
import type { TemplatePack } from "../tables/types";
import type { Strings } from "./i18n";
import { UserError } from "./modelSource";
import type { Work } from "./work";

export interface PdfImported {
  sheetNames: string[];
  figures: number;
}

/** `pack` names the tables; without one, the built-in pack the PDF's titles match best. */
export async function importPdfTables(file: File | undefined, pack: TemplatePack | undefined, features: OfficeFeatures, work: Work, t: Strings, lang: "zh" | "en"): Promise<PdfImported> {
  if (!file) throw new UserError(t.pickPdf);
  await work.step(t.readingPdf(file.name), 0.1);
  const { pdfFileSheets } = await import("./pdfFile");
  const { grids, figures } = printedWorkbook(await pdfFileSheets(file, lang), pack);
  await work.step(t.writing, 0.5);
  work.wrote = true;
  const written = await Excel.run((context) =>
    writeGrids(context, grids, { features, existing: "beside", keepActiveSheet: true, onProgress: (done, total) => work.report(t.writing, 0.5 + (0.5 * done) / total) }),
  );
  return { sheetNames: written.sheetNames, figures };
}
