/**
 * Builds the task pane once per Jest run (globalSetup), only when the run includes browser
 * tests: the production webpack build with the office.js stand-in beside it, in one compile.
 * The browser tests find it through PANE_BUILD_DIR; globalTeardown removes it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "@jest/types";
import webpack, { Configuration } from "webpack";

const ROOT = path.join(__dirname, "..", "..");
export const BUILD_DIR_ENV = "PANE_BUILD_DIR";

function browserTestsSelected(globalConfig: Config.GlobalConfig): boolean {
  const patterns = globalConfig.testPathPatterns.toExecutor({ rootDir: ROOT });
  if (!patterns.isSet()) return true;
  return fs.readdirSync(__dirname).some((f) => f.endsWith(".test.ts") && patterns.isMatch(path.join(__dirname, f)));
}

async function configs(dir: string): Promise<Configuration[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pane: Configuration = await require("../../webpack.config.js")({ addinOrigin: "https://addin.test" }, { mode: "production" });
  const stub: Configuration = {
    mode: "production",
    context: ROOT,
    entry: { officeStub: "./test/browser/officeStub.ts" },
    output: { path: path.join(dir, "stub"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
  };
  return [{ ...pane, context: ROOT, output: { ...pane.output, path: path.join(dir, "pane") } }, stub];
}

export default async function buildPane(globalConfig: Config.GlobalConfig): Promise<void> {
  if (!browserTestsSelected(globalConfig)) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-pane-"));
  const list = await configs(dir);
  const started = Date.now();
  process.stdout.write("\nBuilding the task pane once for the browser tests…\n");
  await new Promise<void>((resolve, reject) =>
    webpack(list, (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats!.toString("errors-only"))) : resolve())),
  );
  process.stdout.write(`Task pane built in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  process.env[BUILD_DIR_ENV] = dir;
}
