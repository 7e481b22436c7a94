/**
 * One message template per rule, in Chinese and English. A finding is data (rule, place,
 * figures, and the parameters below); its message is rendered here from that data, so that
 * every report, the task pane and the inline notes say the same thing in the same words.
 * Identity rules (T3.hierarchy, X.T3-T12.project, and those a pack defines) share the identity
 * templates, chosen by the verdict.
 */
import { NARRATIVE_MESSAGES } from "../narrative/messages";
import type { Message, Params } from "../reading/problems";

type Template = (p: Params) => Message;

const s = (p: Params, key: string): string => String(p[key] ?? "");
/** "（同一单位下同名项目）" when the repeat is a project. */
const projectNote = (p: Params, zh: string, en: string) => (p.project ? { zh, en } : { zh: "", en: "" });

const READING: Record<string, Template> = {
  "table.missing": (p) => ({
    zh: `工作簿中找不到${s(p, "table")}（${s(p, "title")}）：既没有名为“${s(p, "sheetName")}”的工作表，也没有这个标题`,
    en: `${s(p, "table")} (${s(p, "title")}) is missing: no sheet named ${s(p, "sheetName")} and no sheet with its title`,
  }),
  "table.duplicate": (p) => ({
    zh: `${s(p, "table")} 在工作表“${s(p, "sheet")}”${s(p, "at")} 处再次出现，只检查“${s(p, "first")}”中的那一张`,
    en: `${s(p, "table")} appears again in sheet ${s(p, "sheet")} at ${s(p, "at")}; only the one in ${s(p, "first")} is checked`,
  }),
  "read.header": (p) => ({
    zh: `${s(p, "table")} 从 ${s(p, "at")} 起找不到表头（应有 ${s(p, "columns")} 等列）`,
    en: `${s(p, "table")}: no header row found from ${s(p, "at")} (expected columns such as ${s(p, "columns")})`,
  }),
  "read.tableNumber": (p) => ({
    zh: `${s(p, "at")} 写的是${s(p, "printed")}，但下面的标题是${s(p, "table")}的“${s(p, "title")}”，按${s(p, "table")}读取`,
    en: `${s(p, "at")} says ${s(p, "printed")} but the title below is ${s(p, "table")}'s; read as ${s(p, "table")}`,
  }),
  "read.title": (p) => ({
    zh: `${s(p, "table")} 的标题应为“${s(p, "title")}”，${s(p, "at")} 处为“${s(p, "text")}”，按工作表名或表号读取`,
    en: `${s(p, "table")}'s title should be ${s(p, "title")}; ${s(p, "at")} holds "${s(p, "text")}"; read by sheet name or table number`,
  }),
  "read.column": (p) => {
    const one = p.first === p.last;
    return {
      zh: `${s(p, "table")} 表头（第 ${one ? s(p, "first") : `${s(p, "first")}–${s(p, "last")}`} 行）中找不到“${s(p, "column")}”列`,
      en: `${s(p, "table")}: column ${s(p, "column")} not found in the header (${one ? `row ${s(p, "first")}` : `rows ${s(p, "first")}–${s(p, "last")}`})`,
    };
  },
  "read.columnSums": (p) => ({
    zh: `${s(p, "table")} “${s(p, "column")}”列有 ${s(p, "failing")} 行与同行各列之和不符（如：${s(p, "example")}）；PDF 中的表头多半未读对，这些行的列间勾稽未核对`,
    en: `${s(p, "table")}: column ${s(p, "column")} disagrees with its parts on ${s(p, "failing")} rows (e.g. ${s(p, "exampleEn")}); the PDF's header was most likely misread, so those sums were not checked`,
  }),
  "read.unit": (p) => ({
    zh: `${s(p, "table")} 表头以上没有“单位：万元”之类的说明，按${s(p, "unit")}读取`,
    en: `${s(p, "table")}: no display unit stated above the header; read as ${s(p, "unit")}`,
  }),
  "read.row": (p) =>
    p.problem === "orphan"
      ? { zh: `${s(p, "table")} ${s(p, "at")} “${s(p, "text")}”缩进为下级行，但其上没有单位行`, en: `${s(p, "table")} ${s(p, "at")}: "${s(p, "text")}" is indented as a child row but no unit row precedes it` }
      : {
          zh: `${s(p, "table")} ${s(p, "at")} 无法识别这一行“${s(p, "text")}”：既不是本表应有的行，也读不出科目编码`,
          en: `${s(p, "table")} ${s(p, "at")}: cannot identify the row "${s(p, "text")}": not one of the table's rows and no code found`,
        },
  "code.malformed": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 科目编码“${s(p, "text")}”格式不对（应为 3、5 或 7 位数字：类、款、项，经济分类的款可细分到 7 位）`,
    en: `${s(p, "table")} ${s(p, "at")}: malformed code "${s(p, "text")}" (codes have 3, 5 or 7 digits: 类, 款, 项, or an economic 款 subdivided)`,
  }),
  "row.duplicate": (p) => repeat(p),
  "row.duplicateProject": (p) => repeat(p),
  "amount.invalid": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 应为金额，实为“${s(p, "text")}”`,
    en: `${s(p, "table")} ${s(p, "at")}: expected an amount, found "${s(p, "text")}"`,
  }),
  "amount.decimals": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 存的是 ${s(p, "stored")}，显示为两位小数，合计时按显示值计`,
    en: `${s(p, "table")} ${s(p, "at")} stores ${s(p, "stored")} behind a two-decimal display; checked as shown`,
  }),
  "amount.negative": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 金额为负数 ${s(p, "stored")}`,
    en: `${s(p, "table")} ${s(p, "at")}: negative amount ${s(p, "stored")}`,
  }),
  "amount.asText": (p) => ({
    zh: `${s(p, "table")} 有 ${s(p, "count")} 个金额以文本形式存储（如 ${s(p, "at")}），已按数值读取；Excel 的求和公式会忽略它们`,
    en: `${s(p, "table")}: ${s(p, "count")} amount(s) stored as text (e.g. ${s(p, "at")}), read as numbers; Excel's SUM ignores them`,
  }),
};

function repeat(p: Params): Message {
  const note = projectNote(p, "（同一单位下同名项目）", " (same project name under one unit)");
  return {
    zh: `${s(p, "table")} ${s(p, "at")} “${s(p, "name")}”与 ${s(p, "first")} 重复${note.zh}`,
    en: `${s(p, "table")} ${s(p, "at")}: "${s(p, "name")}" repeats ${s(p, "first")}${note.en}`,
  };
}

const CHECKS: Record<string, Template> = {
  "layout.unrecognised": (p) => ({
    zh: `工作簿的表格与任何内置模板包都不够吻合（最接近：${s(p, "closest")}），未按模板包核对，只按各地通用的勾稽关系核对了按标题识别出的 ${s(p, "tables")} 张表；如确属某一版式，请用 --pack 或在任务窗格中指定模板包`,
    en: `the workbook's tables match no built-in template pack well (closest: ${s(p, "closest")}); no pack's checks ran, only the checks every layout shares, on the ${s(p, "tables")} table(s) recognised by their titles. If it follows one of the packs, choose it (--pack, or in the task pane)`,
  }),
  "table.emptyNote": (p) => ({
    zh: `${s(p, "table")} 没有发生额，但${p.note === undefined ? "没有注" : `注（${s(p, "at")}）为“${s(p, "note")}”`}，应注明“注：本表本年无发生额。”`,
    en: `${s(p, "table")} has no figures but ${p.note === undefined ? "no note" : `its note (${s(p, "at")}) reads "${s(p, "note")}"`}; it should say 注：本表本年无发生额。`,
  }),
  "code.unknown": (p) => ({
    zh: `科目 ${s(p, "code")} ${s(p, "name")} 不在科目目录中，名称未核对`,
    en: `code ${s(p, "code")} ${s(p, "name")} is not in the catalogue; its name is not checked`,
  }),
  "code.catalogName": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 科目 ${s(p, "code")} 名为“${s(p, "name")}”，科目目录中为“${s(p, "known")}”`,
    en: `${s(p, "table")} ${s(p, "at")}: code ${s(p, "code")} is named "${s(p, "name")}"; the catalogue says "${s(p, "known")}"`,
  }),
  "code.historicalName": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 科目 ${s(p, "code")} 名为“${s(p, "name")}”，这是 ${s(p, "until")} 年及以前的名称，现为“${s(p, "known")}”`,
    en: `${s(p, "table")} ${s(p, "at")}: code ${s(p, "code")} is named "${s(p, "name")}", its name until ${s(p, "until")}; it is now "${s(p, "known")}"`,
  }),
  "code.inconsistentName": (p) => ({
    zh: `${s(p, "table")} ${s(p, "at")} 科目 ${s(p, "code")} 名为“${s(p, "name")}”，而${s(p, "firstTable")} ${s(p, "firstAt")} 为“${s(p, "firstName")}”`,
    en: `${s(p, "table")} ${s(p, "at")}: code ${s(p, "code")} is named "${s(p, "name")}" but "${s(p, "firstName")}" in ${s(p, "firstTable")} ${s(p, "firstAt")}`,
  }),
  "code.parent": (p) =>
    p.parentAt
      ? {
          zh: `${s(p, "table")} ${s(p, "at")} 科目 ${s(p, "code")} 应列在 ${s(p, "parent")}（${s(p, "parentAt")}）之下，却列在 ${s(p, "above")} 之下`,
          en: `${s(p, "table")} ${s(p, "at")}: code ${s(p, "code")} belongs under ${s(p, "parent")} (${s(p, "parentAt")}) but sits under ${s(p, "above")}`,
        }
      : {
          zh: `${s(p, "table")} ${s(p, "at")} 科目 ${s(p, "code")} 的上级科目 ${s(p, "parent")} 没有列出`,
          en: `${s(p, "table")} ${s(p, "at")}: the parent ${s(p, "parent")} of code ${s(p, "code")} is not listed`,
        },
};

/**
 * Identity findings, by verdict. Parameters: where (table, cell, label), actual and expected
 * (formatted), diff, tol, parts (listed, zh and en), relation (zh and en), and for
 * inconsistencies the two intervals and whether the identity is an at-most one.
 */
export const IDENTITY_MESSAGES = {
  rounding: (p: Params): Message => ({
    zh: `${s(p, "where")} 为 ${s(p, "actual")}，与${s(p, "relationZh")} ${s(p, "expected")}（${s(p, "partsZh")}）相差 ${s(p, "diff")}，在四舍五入容许 ${s(p, "tol")} 之内（尾差）`,
    en: `${s(p, "where")} is ${s(p, "actual")}, ${s(p, "diff")} off ${s(p, "relationEn")} ${s(p, "expected")} (${s(p, "partsEn")}), within the rounding tolerance ${s(p, "tol")}`,
  }),
  inconsistent: (p: Params): Message => ({
    zh: `${s(p, "where")} ${p.atMost ? "不应超过" : "应等于"}${s(p, "relationZh")} ${s(p, "expected")}（${s(p, "partsZh")}），实为 ${s(p, "actual")}，差 ${s(p, "diff")}，超出四舍五入容许 ${s(p, "tol")}：${s(p, "actual")} 代表 ${s(p, "totalInterval")}，各项之和代表 ${s(p, "partsInterval")}，两区间不相交`,
    en: `${s(p, "where")} ${p.atMost ? "should not exceed" : "should equal"} ${s(p, "relationEn")} ${s(p, "expected")} (${s(p, "partsEn")}) but is ${s(p, "actual")}: difference ${s(p, "diff")}, beyond the rounding tolerance ${s(p, "tol")}; ${s(p, "actual")} stands for ${s(p, "totalInterval")} and the sum for ${s(p, "partsInterval")}, which do not meet`,
  }),
  notCheckable: (p: Params): Message => ({
    zh: `${s(p, "where")} 与${s(p, "relationZh")}无法核对：${s(p, "reasonZh")}`,
    en: `${s(p, "where")} cannot be checked against ${s(p, "relationEn")}: ${s(p, "reasonEn")}`,
  }),
};

/** A 部门 against its 单位: rows on one side only, units that cannot be added up. */
const UNITS: Record<string, Template> = {
  "units.row": (p) =>
    p.side === "department"
      ? {
          zh: `部门${s(p, "table")} ${s(p, "at")} “${s(p, "name")}”为 ${s(p, "actual")}，但没有一个单位的${s(p, "table")}列示这一行`,
          en: `the 部门's ${s(p, "table")} ${s(p, "at")} "${s(p, "name")}" is ${s(p, "actual")} but no unit's ${s(p, "table")} lists the row`,
        }
      : {
          zh: `单位“${s(p, "unit")}”${s(p, "table")} ${s(p, "at")} “${s(p, "name")}”为 ${s(p, "expected")}，但部门的${s(p, "table")}没有这一行`,
          en: `unit ${s(p, "unit")}'s ${s(p, "table")} ${s(p, "at")} "${s(p, "name")}" is ${s(p, "expected")} but the 部门's ${s(p, "table")} has no such row`,
        },
  "units.unreadable": (p) => ({
    zh: `单位工作簿 ${s(p, "file")} 无法读取（${s(p, "reason")}），它参与的各表合计无法核对`,
    en: `the unit workbook ${s(p, "file")} cannot be read (${s(p, "reasonEn")}); the sums it feeds are not checkable`,
  }),
  "units.layout": (p) => ({
    zh: `单位“${s(p, "unit")}”的表格是${s(p, "pack")}，与部门的${s(p, "departmentPack")}版式不同，无法逐表相加`,
    en: `unit ${s(p, "unit")}'s tables follow ${s(p, "pack")}, not the 部门's ${s(p, "departmentPack")}; they cannot be added up table by table`,
  }),
};

const TEMPLATES: Record<string, Template> = { ...READING, ...CHECKS, ...UNITS, ...NARRATIVE_MESSAGES };

/** The message of a generic rule's finding; every generic rule has exactly one template (test/validation/rules.test.ts). */
export function renderMessage(rule: string, params: Params): Message {
  const template = TEMPLATES[rule];
  if (!template) throw new Error(`no message template for rule ${rule}`);
  return template(params);
}

export const templatedRules = (): string[] => Object.keys(TEMPLATES);
