/** `budget-tables pack export|check` and --pack on generate and validate. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { problemShown, run } from "../cli/run";

describe("budget-tables pack", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-pack-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("exports the built-in pack, which checks clean", async () => {
    expect((await run("pack", "export", "-o", file("pack.json"))).code).toBe(0);
    const checked = await run("pack", "check", file("pack.json"));
    expect([checked.code, checked.stdout]).toEqual([0, expect.stringContaining("12 tables")]);
  });

  test("refuses a broken pack with exit 2 and each place", async () => {
    const pack = JSON.parse(fs.readFileSync(file("pack.json"), "utf8"));
    pack.rules["T1.totals"].severity = "fatal";
    pack.tables[4].columns[1].sumOf[1] = "基本支出x";
    fs.writeFileSync(file("broken.json"), JSON.stringify(pack));
    for (const argv of [["pack", "check", file("broken.json")], ["validate", file("none.xlsx"), "--pack", file("broken.json")]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(problemShown("tables[4].columns[1].sumOf[1]", '"基本支出x" is not a column of 表5'));
      expect(r.stderr).toMatch(problemShown('rules["T1.totals"].severity', '"fatal" is not one of error, warning, info'));
    }
  });

  test("generates the Shanghai example by the pack's name, and the workbook validates with it", async () => {
    const generated = await run("generate", "--pack", "shanghai", "-o", file("sh.xlsx"));
    expect([generated.code, generated.stdout]).toEqual([0, expect.stringContaining("上海市财政局 2025年 表1–表9")]);
    const checked = await run("validate", file("sh.xlsx"), "--pack", "shanghai", "--format", "json");
    const report = JSON.parse(checked.stdout);
    expect([checked.code, report.summary.tablesFound, report.summary.errors, report.summary.warnings]).toEqual([0, 9, 0, 0]);
  });

  test.each([
    ["jiangsu", "jiangsu-department-11"],
    ["shenzhen", "shenzhen-department-11"],
  ])("generates the example in the %s layout, which validates clean without --pack", async (name, id) => {
    const generated = await run("generate", "--pack", name, "-o", file(`${name}.xlsx`));
    expect([generated.code, generated.stdout]).toEqual([0, expect.stringContaining("表1–表11")]);
    const checked = await run("validate", file(`${name}.xlsx`), "--format", "json");
    const report = JSON.parse(checked.stdout);
    expect([checked.code, report.summary.pack.id, report.summary.tablesFound, report.summary.errors, report.summary.warnings]).toEqual([0, id, 11, 0, 0]);
  });
});
