/** The hand-checked truth of the three real documents' narratives (fixtures/truth.json; see fixtures/README.md). */
import { readFileSync } from "fs";
import { join } from "path";

export interface DocTruth {
  errors: Array<{ rule: string; at: string; cited: string }>;
  warnings: Array<{ rule: string; at: string }>;
  truncated: Array<{ at: string; cited: string }>;
}
export const truth = JSON.parse(readFileSync(join(__dirname, "fixtures", "truth.json"), "utf8")).documents as Record<string, DocTruth>;
export const DOCS = Object.keys(truth);
