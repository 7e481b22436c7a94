/**
 * The narrative of the three real disclosures read from the PDFs themselves (test/corpus/<doc>/<doc>.pdf)
 * with the project's PDF reader, tables and text from the one file: exactly the disagreements of
 * the hand-checked truth (test/narrative/fixtures/truth.json, places by page and sentence), no other
 * error or warning. The empty 国有资本经营预算 table's 注 is part of its table here, not prose, so
 * it is found on the table, at its page.
 */
import { join } from "path";
import { readPdfDocument } from "../../src/hosts/pdf/readPdf";
import { checkNarrative, NarrativeResult } from "../../src/narrative/checkNarrative";
import { pdfBlocks } from "../../src/narrative/pdfBlocks";
import { validateSheets } from "../../src/validation/validate";
import { CORPUS_DIR } from "../corpus/buildWorkbook";
import { DOCS, truth } from "./truth";

/** The truth's 注 of an empty table, at its page: read from the PDF it is the table's, not a sentence. */
const TABLE_NOTE = "narrative.emptyTableNote";

const checked = new Map<string, Promise<NarrativeResult>>();
function checkPdf(name: string): Promise<NarrativeResult> {
  if (!checked.has(name))
    checked.set(
      name,
      readPdfDocument(join(CORPUS_DIR, name, `${name}.pdf`)).then(({ sheets, rest }) => checkNarrative({ blocks: pdfBlocks(rest, `${name}.pdf`), views: validateSheets(sheets).views, sheets })),
    );
  return checked.get(name)!;
}

describe.each(DOCS)("%s.pdf", (name) => {
  test("errors and warnings are exactly the hand-checked disagreements, at their page and sentence", async () => {
    const { findings } = await checkPdf(name);
    const at = (severity: string) => findings.filter((f) => f.severity === severity && f.rule !== TABLE_NOTE).map((f) => [f.rule, f.sheet, f.cell]);
    expect(at("error")).toEqual(truth[name].errors.map((e) => [e.rule, `${name}.pdf`, e.at]));
    expect(at("warning")).toEqual(truth[name].warnings.filter((w) => w.rule !== TABLE_NOTE).map((w) => [w.rule, `${name}.pdf`, w.at]));
    for (const e of truth[name].errors) expect(findings.find((f) => f.cell === e.at && f.rule === e.rule)?.quote).toContain(e.cited);
  });

  test("an empty table's 注 naming another fund is found on its table, at the truth's page", async () => {
    const { findings } = await checkPdf(name);
    const notes = findings.filter((f) => f.rule === TABLE_NOTE);
    const pages = truth[name].warnings.filter((w) => w.rule === TABLE_NOTE).map((w) => Number(/^第(\d+)页/.exec(w.at)![1]));
    expect(notes.map((f) => [f.table, f.severity, f.origin?.page])).toEqual(pages.map((page) => ["表7", "warning", page]));
  });

  test("figures cut off rather than rounded are info, each at its sentence", async () => {
    const { findings } = await checkPdf(name);
    const truncated = findings.filter((f) => f.rule === "narrative.truncated");
    expect(truncated.map((f) => [f.cell, f.severity])).toEqual(truth[name].truncated.map((t) => [t.at, "info"]));
    truncated.forEach((f, i) => expect(f.quote).toContain(truth[name].truncated[i].cited));
  });
});

test("putuo-czj-2025.pdf: 887.36万元 against 873,617.00 元, the table's figure named where it is printed", async () => {
  const { findings } = await checkPdf("putuo-czj-2025");
  const f = findings.find((x) => x.rule === "narrative.amount" && x.cell === "第7页第11句")!;
  expect(f.quote).toContain("机关事业单位职业年金缴费支出（项）”887.36万元");
  expect([f.expected, f.actual, f.difference]).toEqual([87.3617, 887.36, 799.9983]);
  expect(f.message.zh).toMatch(/^putuo-czj-2025\.pdf 第7页第11句：.*写作 887\.36万元，表5 第 \d+ 页 2080506 机关事业单位职业年金缴费支出 · [^ ]+ 为 87\.3617万元/);
});

test("wanli-2023.pdf: 0万元 yet 比2022年预算增加1421.25万元 is a contradiction", async () => {
  const { findings } = await checkPdf("wanli-2023");
  const f = findings.find((x) => x.rule === "narrative.contradiction")!;
  expect(f.quote).toContain("政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元");
});
