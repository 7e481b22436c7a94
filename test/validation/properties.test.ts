/**
 * Property tests: models with random amounts in 元, generated and rounded to 万元, never produce
 * an error; one amount changed by more than any identity's rounding tolerance always produces
 * an error naming that cell or a total it feeds.
 */
import fc from "fast-check";
import { generateGrids } from "../../src/generation/generate";
import { cellAddress, TableGrid } from "../../src/generation/grid";
import { GUANGZHOU_PACK } from "../../src/packs/guangzhou";
import type { Finding } from "../../src/validation/findings";
import { validateSheets } from "../../src/validation/validate";
import { randomModel } from "../fixtures/validation/randomModels";
import { roundTrip } from "../fixtures/validation/workbooks";

/** FC_RUNS=200 for a longer search. */
const RUNS = Number(process.env.FC_RUNS ?? 25);

const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error");

test("generated workbooks never have an error", async () => {
  await fc.assert(
    fc.asyncProperty(randomModel, async (model) => {
      const { findings } = validateSheets(await roundTrip(generateGrids(model, GUANGZHOU_PACK)));
      expect(errors(findings).map((f) => f.message.zh)).toEqual([]);
    }),
    { numRuns: RUNS },
  );
});

/** Every figure cell of the grids, as [grid, row, column]. */
function figureCells(grids: TableGrid[]): Array<[TableGrid, number, number]> {
  return grids.flatMap((g) => g.cells.flatMap((row, r) => row.flatMap((c, col) => (typeof c?.value === "number" ? [[g, r, col] as [TableGrid, number, number]] : []))));
}

const names = (f: Finding, sheet: string, address: string) =>
  (f.sheet === sheet && (f.cell === address || f.related.includes(address))) || f.related.includes(`${sheet}!${address}`);

test("one amount changed beyond every tolerance is an error naming it or a total it feeds", async () => {
  await fc.assert(
    fc.asyncProperty(randomModel, fc.nat(), fc.integer({ min: 100, max: 1_000_000 }), fc.boolean(), async (model, pick, deltaCents, down) => {
      const grids = generateGrids(model, GUANGZHOU_PACK);
      const cells = figureCells(grids);
      const [grid, r, c] = cells[pick % cells.length];
      const cell = grid.cells[r][c]!;
      const delta = (down && (cell.value as number) * 100 >= deltaCents ? -deltaCents : deltaCents) / 100;
      cell.value = Math.round(((cell.value as number) + delta) * 100) / 100;
      const { findings } = validateSheets(await roundTrip(grids));
      const address = cellAddress(r, c);
      expect(errors(findings).some((f) => names(f, grid.sheetName, address))).toBe(true);
    }),
    { numRuns: RUNS },
  );
});
