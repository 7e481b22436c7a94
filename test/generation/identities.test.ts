/**
 * Tables computed from one model cannot disagree: in exact 分, every parent equals its children,
 * every total column its parts, and the cross-table identities of the spec hold, for any model.
 */
import fc from "fast-check";
import { computeAllFigures } from "../../src/generation/generate";
import type { FigureRow, TableFigures } from "../../src/generation/figures";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import { syntheticModel } from "../../bench/syntheticModel";

const figuresOf = (items: number, seed: number) => new Map(computeAllFigures(syntheticModel(items, seed), GUANGZHOU_PACK).map((f) => [f.def.id as string, f]));
const column = (f: TableFigures, key: string) => f.amountColumns.findIndex((c) => c.key === key);
const value = (f: TableFigures, row: string, col: string) => f.rows.find((r) => r.key === row)!.values[column(f, col)];

function hierarchyHolds(f: TableFigures): void {
  const children = new Map<string, FigureRow[]>();
  for (const r of f.rows) if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  for (const [parent, kids] of children) {
    const row = f.rows.find((r) => r.key === parent)!;
    row.values.forEach((v, i) => expect(kids.reduce((s, k) => s + k.values[i], 0)).toBe(v));
  }
}

function totalColumnsHold(f: TableFigures): void {
  f.amountColumns.forEach((c, i) => {
    if (!c.sumOf) return;
    for (const r of f.rows) expect(c.sumOf.reduce((s, k) => s + r.values[column(f, k)], 0)).toBe(r.values[i]);
  });
}

describe("identities hold exactly for any model", () => {
  test("within tables and across them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 1e6 }), (items, seed) => {
        const t = figuresOf(items, seed);
        for (const f of t.values()) {
          hierarchyHolds(f);
          totalColumnsHold(f);
        }
        expect(value(t.get("表1")!, "收入总计", "income")).toBe(value(t.get("表1")!, "支出总计", "expenditure"));
        const belowTheLine = ["上级补助收入", "附属单位上缴收入", "用事业基金弥补收支差额"].reduce((s, c) => s + value(t.get("表2")!, "合计", c), 0);
        expect(value(t.get("表1")!, "本年收入合计", "income")).toBe(value(t.get("表2")!, "合计", "合计") - belowTheLine);
        expect(value(t.get("表1")!, "收入总计", "income")).toBe(value(t.get("表2")!, "合计", "合计"));
        expect(value(t.get("表5")!, "合计", "基本支出")).toBe(value(t.get("表6")!, "合计", "预算"));
        expect(value(t.get("表5")!, "合计", "项目支出")).toBe(value(t.get("表7")!, "合计", "预算"));
        expect(value(t.get("表3")!, "合计", "基本支出")).toBe(value(t.get("表11")!, "合计", "总计"));
        expect(value(t.get("表3")!, "合计", "项目支出")).toBe(value(t.get("表12")!, "合计", "总计"));
        expect(value(t.get("表4")!, "一般公共预算", "income")).toBe(value(t.get("表2")!, "合计", "一般公共预算"));
        expect(value(t.get("表4")!, "收入总计", "income")).toBe(value(t.get("表4")!, "支出总计", "expenditure"));
      }),
      { numRuns: 40 },
    );
  });
});
