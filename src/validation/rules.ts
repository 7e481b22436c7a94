/**
 * The generic rules, which any template pack's tables are checked by: codes, rows, amounts,
 * tables and reading. Each has a stable id, a severity and a description in Chinese and
 * English. The identities (within and across tables) and their rules belong to the template
 * pack (src/packs/guangzhouRules.ts for the built-in one), which may also override a generic
 * rule's severity. See docs/validation.md and docs/packs.md. An identity rule's severity
 * applies when rounding cannot explain the difference; a difference rounding can explain is
 * always info (尾差).
 */
import type { TemplatePack } from "../tables/types";
import type { Severity } from "./findings";

export interface RuleDef {
  severity: Severity;
  zh: string;
  en: string;
  /** Identity rules: the largest difference in 元 taken as a rounding tail, instead of what rounding allows. */
  tolerance?: number;
}

const rule = (severity: Severity, zh: string, en: string): RuleDef => ({ severity, zh, en });

export const GENERIC_RULES = {
  // Codes and names
  "code.malformed": rule("error", "科目编码格式不对（3/5/7 位）", "malformed classification code (3, 5 or 7 digits)"),
  "code.parent": rule("error", "科目挂在错误的上级之下，或缺少其上级科目行", "code sits under the wrong parent, or its parent row is missing"),
  "code.catalogName": rule("warning", "科目名称与科目目录不符", "code name differs from the catalogue"),
  "code.historicalName": rule("warning", "科目名称为旧称", "code carries a former name"),
  "code.inconsistentName": rule("warning", "同一科目在不同表中名称不同", "the same code carries different names in different tables"),
  "code.unknown": rule("info", "科目目录中没有此编码", "code not in the catalogue"),

  // Rows and cells
  "row.duplicate": rule("error", "同一科目或行在表中重复出现", "the same code or row appears twice in a table"),
  "row.duplicateProject": rule("warning", "同一单位下项目名称重复", "the same project name appears twice under one unit"),
  "amount.negative": rule("warning", "金额为负数", "negative amount"),
  "amount.decimals": rule("warning", "金额存有超过显示位数（两位）的小数", "amount stores more decimals than the two it shows"),
  "amount.asText": rule("info", "金额以文本形式存储（Excel 求和会忽略它）", "amount stored as text (Excel's SUM ignores it)"),
  "amount.invalid": rule("error", "金额单元格中是无法识别为金额的内容", "text where an amount belongs"),

  // Tables and layout
  "table.missing": rule("error", "工作簿中找不到此表", "the table is missing from the workbook"),
  "table.duplicate": rule("warning", "同一张表出现多次，只检查第一张", "the table appears more than once; only the first is checked"),
  "table.emptyNote": rule("warning", "空表没有“本表本年无发生额”的注", "an empty table lacks the note 本表本年无发生额"),
  "read.title": rule("warning", "表名与标准表名不符", "the title differs from the standard title"),
  "read.tableNumber": rule("warning", "表号与表名不一致", "the table number disagrees with the title"),
  "read.header": rule("error", "找不到表头", "header rows not found"),
  "read.column": rule("error", "表头中找不到应有的列", "an expected column is missing from the header"),
  "read.row": rule("error", "无法识别的行", "a row the reader cannot identify"),
  "read.columnSums": rule("warning", "PDF 中某合计列在多数行与其各部分不符：表头多半未读对，这些列间勾稽未核对", "a PDF table's total column disagrees with its parts on most rows: its header was most likely misread, so those sums were not checked"),
  "read.unit": rule("info", "未注明金额单位，按万元处理", "no display unit stated; 万元 assumed"),
  "layout.unrecognised": rule("warning", "工作簿与任何模板包都不够吻合，只按通用勾稽关系核对", "the workbook matches no template pack well; only the checks every layout shares ran"),

  // A 部门 against its 单位 (budget-tables units)
  "units.sum": rule("error", "部门表中的数应等于各单位表中相应数之和", "a 部门 figure should equal the sum of its units' figures"),
  "units.row": rule("error", "某行只在部门表或只在单位表中列示，且金额不为零", "a row with figures appears in the 部门 table but in no unit's, or in a unit's but not the 部门's"),
  "units.unreadable": rule("warning", "单位的工作簿无法读取或版式无法识别，它参与的合计无法核对", "a unit's workbook cannot be read or its layout recognised; the sums it feeds are not checkable"),
  "units.layout": rule("warning", "单位与部门的表格版式不同，无法逐表相加", "a unit's tables follow another layout than the 部门's and cannot be added up table by table"),

  // The narrative (说明), checked against the tables: src/narrative, docs/narrative.md
  "narrative.amount": rule("error", "说明中的金额与表中不符", "an amount the narrative cites differs from the tables"),
  "narrative.truncated": rule("info", "说明中的金额由表中金额截尾而来，而非四舍五入（差不足末位一个单位）", "an amount the narrative cites was cut off from the tables' figure rather than rounded (less than one unit of its last digit)"),
  "narrative.change": rule("error", "说明中与上年比较的增减额或持平与本年、上年的表不符", "a change against last year the narrative cites differs from this year's and last year's tables"),
  "narrative.percent": rule("error", "说明中的增减百分比与所依据的金额不符", "a percentage change the narrative cites does not follow from its amounts"),
  "narrative.contradiction": rule("error", "说明前后矛盾（如金额为 0 却比上年增加）", "the narrative contradicts itself (e.g. an amount of 0 said to have grown)"),
  "narrative.statement": rule("error", "说明称“无”某项支出，表中却有", "the narrative says there is none of something the tables show"),
  "narrative.emptyTableNote": rule("warning", "空表的注说的是另一张表或另一类资金", "an empty table's note names another table or fund"),
  "narrative.repeated": rule("warning", "说明中有一段文字逐字重复出现", "a passage of the narrative is printed twice"),
  "narrative.notChecked": rule("info", "说明中的数无法对应到表中，未核对", "a figure of the narrative that could not be attributed or checked"),

  // Identities
  "identity.notCheckable": rule("info", "所依据的行或金额无法识别，此项勾稽无法核对", "an identity depends on a row or figure that could not be read, so it was not checked"),
} satisfies Record<string, RuleDef>;

export type GenericRuleId = keyof typeof GENERIC_RULES;
/** A generic rule id, or one a template pack defines (T1.totals, X.T1-T2.income …). */
export type RuleId = string;

export const isGenericRule = (id: string): id is GenericRuleId => Object.prototype.hasOwnProperty.call(GENERIC_RULES, id);

/** Looks a rule up as a pack sets it: the pack's own rules, generic rules with the pack's overrides. */
export type RuleLookup = (id: RuleId) => RuleDef;

export function ruleLookup(pack?: Pick<TemplatePack, "rules">): RuleLookup {
  // Each rule is made once: evaluating a large workbook looks rules up hundreds of thousands of times.
  const made = new Map<RuleId, RuleDef>();
  return (id) => {
    let found = made.get(id);
    if (!found) made.set(id, (found = lookUp(pack, id)));
    return found;
  };
}

function lookUp(pack: Pick<TemplatePack, "rules"> | undefined, id: RuleId): RuleDef {
  const setting = pack?.rules[id];
  const generic = isGenericRule(id) ? GENERIC_RULES[id] : undefined;
  const base = generic ?? { severity: "error" as const, zh: id, en: id };
  return setting ? { ...base, ...setting } : base;
}
