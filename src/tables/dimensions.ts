/** Which line-item dimensions a table definition looks at, read off its filters and row structure. */
import { conditions } from "./filter";
import type { ItemFilter, TableDef } from "./types";

export const DIMENSIONS = ["stream", "unit", "unitKind", "function", "economic", "kind", "fund", "source", "project"] as const;
/** Dimensions read from the items, plus the 类 of the economic and of the function code. */
export type Dimension = (typeof DIMENSIONS)[number] | "economicClass" | "functionClass";

function filterDimensions(filter: ItemFilter | undefined, into: Set<Dimension>): void {
  for (const c of conditions(filter ?? {})) into.add(c.dimension);
}

const known = new WeakMap<TableDef, readonly Dimension[]>();

/** The dimensions a table's figures depend on; items that agree on them can be added up first (worked out once per definition). */
export function dimensionsOf(def: TableDef): readonly Dimension[] {
  let dims = known.get(def);
  if (!dims) known.set(def, (dims = readDimensions(def)));
  return dims;
}

function readDimensions(def: TableDef): Dimension[] {
  const dims = new Set<Dimension>(["stream"]);
  filterDimensions(def.filter, dims);
  def.columns.forEach((c) => filterDimensions(c.filter, dims));
  const rows = def.rows;
  switch (rows.type) {
    case "codeHierarchy":
      dims.add(rows.dimension);
      break;
    case "unitBreakdown":
      dims.add("unit").add(rows.children === "project" ? "project" : "economicClass");
      break;
    case "fixed":
      rows.rows.forEach((r) => filterDimensions(r.filter, dims));
      break;
    case "twoSided":
      for (const s of rows.sections) {
        for (const r of [...s.left, ...s.right]) {
          filterDimensions(r.filter, dims);
          if (r.functionClasses) dims.add("functionClass");
        }
      }
  }
  return [...dims].sort();
}
