/**
 * The Shenzhen pack reading the 深圳市信访局 2026 PDF (test/generic-corpus/shenzhen-xinfang-2026):
 * what its layout needs beyond the generic reader — the department's row as each table's total,
 * 表4's economic rows printed by name alone, 表5's projects right under the department, 表9's rows
 * by year, and the columns the model leaves empty read as printed.
 */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/workbooks";
import { SHENZHEN_PACK } from "../../src/packs/shenzhen";
import { readTables } from "../../src/reading/readTables";
import type { TableView } from "../../src/reading/tableView";

const PDF = join(__dirname, "../generic-corpus/shenzhen-xinfang-2026/shenzhen-xinfang-2026.pdf");

describe("the 深圳市信访局 2026 PDF read by the Shenzhen pack", () => {
  let views: Map<string, TableView>;
  let problems: string[];
  beforeAll(async () => {
    const read = readTables(await readWorkbookFile(PDF), SHENZHEN_PACK);
    views = read.views;
    problems = read.problems.map((p) => `${p.rule} ${p.place.table}`);
  });
  const figure = (table: string, row: string, column: string) => views.get(table)!.byKey.get(row)?.figures[column]?.cents;

  test("finds all eleven tables, every row placed", () => {
    expect([...views.keys()]).toEqual(SHENZHEN_PACK.tables.map((t) => t.id));
    expect(problems).toEqual([]);
  });

  test("the department's row is each table's total", () => {
    expect(figure("表2", "合计", "收入总计")).toBe(468430);
    expect(figure("表2", "合计", "上年结余、结转")).toBe(734);
    expect(figure("表3", "合计", "支出总计")).toBe(468430);
    expect(figure("表3", "合计", "政府采购")).toBe(110030);
    expect(figure("表4", "合计", "总计")).toBe(307201);
    expect(figure("表7", "合计", "项目支出")).toBe(161229);
  });

  test("表4's rows, printed by name alone, are placed by their economic codes", () => {
    const t4 = views.get("表4")!;
    expect(t4.rows.slice(0, 4).map((r) => [r.key, r.parent])).toEqual([
      ["合计", undefined],
      ["e:301", "合计"],
      ["e:30101", "e:301"],
      ["e:30102", "e:301"],
    ]);
    expect(figure("表4", "e:30231", "一般公共预算")).toBe(260);
  });

  test("表5's projects stand right under the department's total", () => {
    const t5 = views.get("表5")!;
    expect(figure("表5", "合计", "总计")).toBe(161229);
    expect(t5.rows.filter((r) => r.parent === "合计").map((r) => r.name)).toContain("信访大厅运行");
    expect(figure("表5", "p:信访大厅运行", "上年结余、结转")).toBe(690);
  });

  test("表9's rows are last year, this year and the change, by the years printed", () => {
    expect(views.get("表9")!.rows.map((r) => r.key)).toEqual(["上年", "本年", "增减变化金额"]);
    expect(figure("表9", "本年", "公务接待:一般公共预算")).toBe(298);
    expect(figure("表9", "本年", "公务用车:一般公共预算")).toBe(260);
  });
});

describe("the 深圳市发展和改革委员会 2026 PDF: 表9's 增减变化金额 falls", () => {
  const FAGAI = join(__dirname, "../generic-corpus/shenzhen-fagai-2026/shenzhen-fagai-2026.pdf");
  let read: ReturnType<typeof readTables>;
  beforeAll(async () => {
    read = readTables(await readWorkbookFile(FAGAI), SHENZHEN_PACK);
  });

  test("the change is read negative, and a change may be: no amount.negative warning", () => {
    const change = read.views.get("表9")!.byKey.get("增减变化金额")!;
    expect(Object.values(change.figures).some((f) => f.cents < 0)).toBe(true);
    expect(read.problems.filter((p) => p.rule === "amount.negative")).toEqual([]);
  });
});
