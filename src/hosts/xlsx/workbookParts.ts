/**
 * The workbook-wide parts a sheet needs: the sheets' names and parts in order (xl/workbook.xml
 * and its relationships), each cell style's number format (xl/styles.xml) and the shared
 * strings (xl/sharedStrings.xml), read as ExcelJS reads them.
 */
import { count, MAX_CELLS, MAX_SHEETS, WorkbookRefused } from "./limits";
import { parseXmlPart } from "./xmlPart";
import type { ZipParts } from "./zipParts";

export interface SheetPart {
  name: string;
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetPart[];
  /** Serial day numbers count from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
}

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

/** An .xlsx holds its workbook at xl/workbook.xml (where ExcelJS looks too); a zip without it is something else. */
export function isExcelWorkbook(parts: ZipParts): boolean {
  return parts.has(WORKBOOK) && parts.has(WORKBOOK_RELS);
}

export async function readWorkbookInfo(parts: ZipParts, file: string): Promise<WorkbookInfo> {
  const targets = new Map<string, string>();
  await parseXmlPart(parts, WORKBOOK_RELS, file, {
    open(name, a) {
      if (name === "Relationship" && /\/worksheet$/.test(a.get("Type") ?? "")) targets.set(a.get("Id") ?? "", partPath(a.get("Target") ?? ""));
    },
  });
  const sheets: SheetPart[] = [];
  let date1904 = false;
  await parseXmlPart(parts, WORKBOOK, file, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.get("date1904") === "1" || a.get("date1904") === "true";
      if (name !== "sheet") return;
      // The r:id attribute, whatever prefix the file gives the relationships namespace.
      const part = targets.get(a.prefixed("id") ?? "");
      if (part && parts.has(part)) sheets.push({ name: a.get("name") ?? "", part });
      if (sheets.length > MAX_SHEETS) throw new WorkbookRefused({ file }, `工作表超过 ${count(MAX_SHEETS)} 张`, `more than ${count(MAX_SHEETS)} worksheets`);
    },
  });
  return { sheets, date1904 };
}

/** A relationship target from xl/ ("worksheets/sheet1.xml") or from the root ("/xl/worksheets/sheet1.xml"). */
function partPath(target: string): string {
  const segments: string[] = target.startsWith("/") ? [] : ["xl"];
  for (const s of target.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "" && s !== ".") segments.push(s);
  }
  return segments.join("/");
}

/** Each cell style's number format, by style index (the `s` of a cell); undefined for General. */
export interface CellFormats {
  numberFormat: Array<string | undefined>;
  isDate: boolean[];
}

export async function readCellFormats(parts: ZipParts, file: string): Promise<CellFormats> {
  const formats: CellFormats = { numberFormat: [], isDate: [] };
  if (!parts.has("xl/styles.xml")) return formats;
  const custom = new Map<string, string>();
  let inCellXfs = false;
  await parseXmlPart(parts, "xl/styles.xml", file, {
    open(name, a) {
      if (name === "numFmt") custom.set(a.get("numFmtId") ?? "", a.get("formatCode") ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = a.get("numFmtId") ?? "0";
        const code = custom.get(id) ?? BUILT_IN_FORMATS[Number(id)];
        formats.numberFormat.push(code === "General" ? undefined : code);
        formats.isDate.push(isDateFormat(code));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}

/** Excel's built-in number formats that ExcelJS knows (ECMA-376 §18.8.30), by id. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** As ExcelJS decides it: date or time letters outside quotes and brackets. */
function isDateFormat(code: string | undefined): boolean {
  return !!code && /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The shared strings, rich text as its plain text; phonetic guides (rPh) left out. */
export async function readSharedStrings(parts: ZipParts, file: string): Promise<string[]> {
  const strings: string[] = [];
  if (!parts.has("xl/sharedStrings.xml")) return strings;
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  await parseXmlPart(parts, "xl/sharedStrings.xml", file, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") inPhonetic = true;
      else if (name === "t") inText = !inPhonetic;
    },
    text(text) {
      if (inText && current !== undefined) current += text;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
      else if (name === "si" && current !== undefined) {
        // More strings than cells could ever show only cost memory (millions of tiny ones fit within the byte limits).
        if (strings.push(unescapeText(current)) > MAX_CELLS) {
          throw new WorkbookRefused({ file }, `共享字符串超过 ${count(MAX_CELLS)} 个（单元格上限）`, `more than ${count(MAX_CELLS)} shared strings (the cell limit)`);
        }
      }
    },
  });
  return strings;
}

/** Characters XML cannot hold are stored as _xHHHH_ (ECMA-376 §22.9.2.19); ExcelJS decodes them too. */
export function unescapeText(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
