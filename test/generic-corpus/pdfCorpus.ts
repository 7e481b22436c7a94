/**
 * The published PDFs of the corpus, read without --pack (pdfCorpus.test.ts): the tables each is
 * read into (sheet names: the printed titles without their year), the layout it is checked as,
 * the inconsistencies it really prints (from ../shared/real/README.md and the corpus READMEs) as
 * `severity rule table row` (a prefix of it: `warning code.historicalName 收支总表`), and how many
 * identities its reading checks at least (a reading that places fewer figures checks fewer).
 */

export interface PdfDocument {
  name: string;
  /** test/corpus (the Shanghai documents, with their figure lists) or test/generic-corpus. */
  corpus: "corpus" | "generic";
  tables: string[];
  pack: string;
  real: string[];
  /** Tables (transcription numbers) whose every transcribed figure the PDF reading holds (江苏 公开表十二 政府采购 is not read). */
  compared?: number[];
  /** Identities checked, as many as when the document was last read right: fewer means figures lost. */
  checked: number;
}

export const PDF_CORPUS: PdfDocument[] = [
  { name: "changchun-xinfang-2026", corpus: "generic", checked: 469, pack: "generic",
    tables: ["收支总表（预算表1）", "收入总表(预算表2)", "支出总表（预算表3）", "财政拨款收支总表(预算表4)", "本年一般公共预算支出表（预算表5）", "本年一般公共预算基本支出表(预算表6)", "本年一般公共预算“三公”经费支出表(预算表7)", "本年政府性基金预算支出表(预算表8)", "项目支出表(预算表9)", "国有资本经营预算支出明细表(预算表10)"],
    compared: [1, 3, 4, 5, 6, 7],
    real: ["error 支出总表.hierarchy 支出总表 f:20140", "error 支出总表.columns 支出总表 f:2014002", "error 支出总表.columns 支出总表 f:2014099", "error 一般公共预算基本支出表.hierarchy 一般公共预算基本支出表 e:301", "error 一般公共预算基本支出表.hierarchy 一般公共预算基本支出表 e:302", "error row.duplicate 一般公共预算基本支出表 e:30208"] },
  { name: "chongqing-zhengfubangongting-2026", corpus: "generic", checked: 457, pack: "generic",
    tables: ["部门收支总体情况表", "部门收入总体情况表", "部门支出总体情况表", "财政拨款收支总体情况表", "一般公共预算支出情况表", "一般公共预算基本支出情况表", "政府性基金预算支出情况表", "财政拨款“三公”经费支出情况表", "政府采购预算明细表", "部门整体绩效目标表", "市级重点专项资金绩效目标表（一级项目）", "市级一般性项目绩效目标表（一级项目）"],
    compared: [1, 3, 4, 5],
    real: [] },
  { name: "fuliyuan-2024", corpus: "corpus", checked: 236, pack: "shanghai-district-unit-9",
    tables: ["预算单位财务收支预算总表", "预算单位收入预算总表", "预算单位支出预算总表", "预算单位财政拨款收支预算总表", "预算单位一般公共预算支出功能分类预算表", "预算单位政府性基金预算支出功能分类预算表", "预算单位国有资本经营预算支出功能分类预算表", "预算单位一般公共预算基本支出部门预算经济分类预算表", "单位“三公”经费和机关运行经费预算表"],
    real: ["error code.malformed 表3", "error code.malformed 表5"], },
  { name: "guojia-xinfangju-2026", corpus: "generic", checked: 213, pack: "generic",
    tables: ["部门收支总表", "部门收入总表", "部门支出总表", "财政拨款收支总表", "一般公共预算支出表", "一般公共预算基本支出表", "政府性基金预算支出表", "国有资本经营预算支出表", "财政拨款预算“三公”经费支出表"],
    compared: [1, 3, 4, 6, 9],
    real: [] },
  { name: "jiangsu-rendachangweihui-2019", corpus: "generic", checked: 53, pack: "jiangsu-department-11",
    tables: ["收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "财政拨款支出预算表（功能科目）", "财政拨款基本支出预算表（经济科目）", "一般公共预算支出预算表（功能科目）", "一般公共预算基本支出预算表（经济科目）", "“三公”经费、会议费、培训费支出预算表", "财政拨款政府性基金支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购预算表"],
    real: [] },
  { name: "jiangsu-shengweibangongting-2019", corpus: "generic", checked: 53, pack: "jiangsu-department-11",
    tables: ["收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "财政拨款支出预算表（功能科目）", "财政拨款基本支出预算表（经济科目）", "一般公共预算支出预算表（功能科目）", "一般公共预算基本支出预算表（经济科目）", "“三公”经费、会议费、培训费支出预算表", "财政拨款政府性基金支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购预算表"],
    real: [] },
  { name: "jiangsu-zhengxie-2019", corpus: "generic", checked: 52, pack: "jiangsu-department-11",
    tables: ["收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "财政拨款支出预算表（功能科目）", "财政拨款基本支出预算表（经济科目）", "一般公共预算支出预算表（功能科目）", "一般公共预算基本支出预算表（经济科目）", "“三公”经费、会议费、培训费支出预算表", "财政拨款政府性基金支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购预算表"],
    compared: [1, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    real: ["warning code.historicalName 表5", "warning code.historicalName 表7"] },
  { name: "putuo-czj-2025", corpus: "corpus", checked: 256, pack: "shanghai-district-department-9",
    tables: ["部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "部门财政拨款收支预算总表", "部门一般公共预算支出功能分类预算表", "部门政府性基金预算支出功能分类预算表", "部门国有资本经营预算支出功能分类预算表", "部门一般公共预算基本支出部门预算经济分类预算表", "部门“三公”经费和机关运行经费预算表"],
    real: [], },
  { name: "shenzhen-fagai-2026", corpus: "generic", checked: 555, pack: "shenzhen-department-11",
    tables: ["收支总表", "收入总表", "支出总表", "基本支出总表", "项目支出总表", "财政拨款收支总表", "一般公共预算支出表（按功能分类）", "一般公共预算支出表（按经济分类）", "财政拨款“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表"],
    real: [] },
  { name: "shenzhen-jiaotong-2026", corpus: "generic", checked: 599, pack: "shenzhen-department-11",
    tables: ["收支总表", "收入总表", "支出总表", "基本支出总表", "项目支出总表", "财政拨款收支总表", "一般公共预算支出表（按功能分类）", "一般公共预算支出表（按经济分类）", "财政拨款“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表"],
    real: [] },
  { name: "shenzhen-xinfang-2026", corpus: "generic", checked: 400, pack: "shenzhen-department-11",
    tables: ["收支总表", "收入总表", "支出总表", "基本支出总表", "项目支出总表", "财政拨款收支总表", "一般公共预算支出表（按功能分类）", "一般公共预算支出表（按经济分类）", "财政拨款“三公”经费支出表", "政府性基金预算支出表", "国有资本经营预算支出表"],
    compared: [1, 3, 6, 7, 8, 10],
    real: [] },
  { name: "suzhou-jiaotong-2026", corpus: "generic", checked: 461, pack: "generic",
    tables: ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表（功能科目）", "财政拨款基本支出表（经济科目）", "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费、会议费、培训费支出表", "政府性基金预算支出表", "国有资本经营预算支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出表"],
    real: [] },
  { name: "suzhou-shenji-2026", corpus: "generic", checked: 327, pack: "generic",
    tables: ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表（功能科目）", "财政拨款基本支出表（经济科目）", "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费、会议费、培训费支出表", "政府性基金预算支出表", "国有资本经营预算支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出表"],
    compared: [1, 2, 3],
    real: [] },
  { name: "wanli-2023", corpus: "corpus", checked: 679, pack: "shanghai-district-department-9",
    tables: ["部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "部门财政拨款收支预算总表", "部门一般公共预算支出功能分类预算表", "部门政府性基金预算支出功能分类预算表", "部门国有资本经营预算支出功能分类预算表", "部门一般公共预算基本支出部门预算经济分类预算表", "部门“三公”经费和机关运行经费预算表"],
    real: [], },
  { name: "wuxi-fagai-2025", corpus: "generic", checked: 516, pack: "generic",
    tables: ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表（功能科目）", "财政拨款基本支出表（经济科目）", "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费、会议费、培训费支出表", "政府性基金预算支出表", "国有资本经营预算支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出表"],
    compared: [3, 7, 8, 9],
    real: ["error row.duplicate 支出总表 f:21999", "error row.duplicate 财政拨款支出表 f:21999", "error row.duplicate 一般公共预算支出表 f:21999"] },
  { name: "wuxi-renshe-2026", corpus: "generic", checked: 667, pack: "generic",
    tables: ["收支总表", "收入总表", "支出总表", "财政拨款收支总表", "财政拨款支出表（功能科目）", "财政拨款基本支出表（经济科目）", "一般公共预算支出表", "一般公共预算基本支出表", "一般公共预算“三公”经费、会议费、培训费支出表", "政府性基金预算支出表", "国有资本经营预算支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出表"],
    compared: [1, 3, 4, 7, 8, 9],
    real: ["error 财政拨款收支总表.totals 财政拨款收支总表 支出总计", "info 一般公共预算基本支出表.hierarchy 一般公共预算基本支出表 合计"] },
];
