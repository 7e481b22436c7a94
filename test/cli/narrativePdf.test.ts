/**
 * `narrative check` and `validate --with-narrative` on a real disclosure PDF (普陀区财政局 2025),
 * its tables and its narrative read from the one file by the project's PDF reader; the narrative
 * of a PDF against a workbook's tables (--narrative x.pdf); last year's tables from a PDF.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { corpusWorkbooks } from "../corpus/buildWorkbook";
import { run } from "./run";

const PDF = path.join(__dirname, "../corpus/putuo-czj-2025/putuo-czj-2025.pdf");
const json = (stdout: string) => JSON.parse(stdout) as { summary: { errors: number; warnings: number; notChecked: number }; findings: Array<{ rule: string; severity: string; sheet: string; cell: string; quote?: string }> };
const errorsAt = (stdout: string) => json(stdout).findings.filter((f) => f.severity === "error").map((f) => [f.rule, f.sheet, f.cell]);
const TRUTH = [
  ["narrative.amount", "putuo-czj-2025.pdf", "第7页第11句"],
  ["narrative.amount", "putuo-czj-2025.pdf", "第8页第1句"],
];

describe("the narrative of a PDF", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-narrative-pdf-"));
    fs.writeFileSync(file("putuo.xlsx"), await corpusWorkbooks().find((w) => w.name === "putuo-czj-2025")!.buffer);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("narrative check book.pdf: tables and text from the one PDF, 887.36万元 found at its page and sentence", async () => {
    const checked = await run("narrative", "check", PDF);
    expect([checked.code, checked.stderr]).toEqual([1, ""]);
    expect(checked.stdout).toMatch(/narrative\.amount +putuo-czj-2025\.pdf!第7页第11句 .*887\.36万元，表5 第 \d+ 页 2080506/);
    expect(checked.stdout).toMatch(/第7页第11句 .*\n +“[^”\n]*机关事业单位职业年金缴费支出（项）”887\.36万元/);
    expect(checked.stdout).toMatch(/错误 2，警告 2/);
    const asJson = await run("narrative", "check", PDF, "--format", "json");
    expect(errorsAt(asJson.stdout)).toEqual(TRUTH);
    expect(json(asJson.stdout).findings.find((f) => f.severity === "error")?.quote).toContain("887.36万元");
  });

  test("--narrative x.pdf against a workbook's tables: the same errors at the same sentences", async () => {
    const checked = await run("narrative", "check", file("putuo.xlsx"), "--narrative", PDF, "--format", "json");
    expect(checked.code).toBe(1);
    expect(errorsAt(checked.stdout)).toEqual(TRUTH);
  });

  test("--last-year y.pdf: last year's tables read from a PDF, so the changes the text cites are checked", async () => {
    const alone = json((await run("narrative", "check", PDF, "--format", "json")).stdout).summary;
    const withLast = json((await run("narrative", "check", PDF, "--last-year", PDF, "--format", "json")).stdout).summary;
    expect(withLast.notChecked).toBeLessThan(alone.notChecked);
  });

  test("validate book.pdf --with-narrative: the narrative's findings in validate's report, under 说明", async () => {
    const checked = await run("validate", PDF, "--with-narrative");
    expect(checked.code).toBe(1);
    const group = checked.stdout.split("\n说明\n")[1];
    expect(group).toMatch(/^ +错误 error +narrative\.amount +putuo-czj-2025\.pdf!第7页第11句 /m);
  });

  test("--mark on a PDF: exit 2, a PDF has no cells to mark", async () => {
    const r = await run("narrative", "check", PDF, "--mark", file("marked.xlsx"));
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("no cells to mark")]);
    expect(fs.existsSync(file("marked.xlsx"))).toBe(false);
  });
});
