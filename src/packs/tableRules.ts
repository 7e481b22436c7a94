/**
 * The within-table rules of a pack whose tables state nothing beyond their definitions: each
 * table's hierarchy, total rows and total columns, described from the table's title.
 */
import { rule } from "../tables/declare";
import type { RuleSetting, TableDef } from "../tables/types";
import { WithinTableKind, withinTableKinds, withinTableRule } from "../validation/withinTable";

const DESCRIPTIONS: Record<WithinTableKind, readonly [string, string]> = {
  hierarchy: ["上级行等于其下级行之和", "each parent or total row equals the sum of the rows under it"],
  totals: ["合计、总计行等于其所含各行之和", "each total row equals the rows it adds up"],
  columns: ["合计列等于其所含各列之和", "each total column equals the columns it adds up"],
};

export function withinTableRules(tables: readonly TableDef[]): Record<string, RuleSetting> {
  const entries = tables.flatMap((t) =>
    withinTableKinds(t).map((k): [string, RuleSetting] => {
      const [zh, en] = DESCRIPTIONS[k];
      return [withinTableRule(t.id, k), rule("error", `${t.id}：${zh}`, `${t.id}: ${en}`)];
    }),
  );
  return Object.fromEntries(entries);
}
