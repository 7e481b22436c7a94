/**
 * The built command as a user runs it (bin/budget-tables.js over dist-cli/): a reader that
 * closes the pipe early, an unexpected error, and what `--help` loads.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin/budget-tables.js");
let dir: string;
const file = (name: string) => path.join(dir, name);

/** Runs the command through bash with node's `--require` hooks, its stdout going to `then` (a pipe or a redirection). */
function shell(args: string[], options: { then?: string; hooks?: string[] } = {}) {
  const node = ["node", ...(options.hooks ?? []).flatMap((h) => ["--require", h]), bin, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `${node} ${options.then ?? ""}; exit "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Writes to probe.txt, when the process ends, how many files under node_modules/exceljs it loaded. */
const EXCELJS_PROBE = `process.on("exit", () => {
  const n = Object.keys(require.cache).filter((m) => /node_modules[\\\\/]exceljs[\\\\/]/.test(m)).length;
  require("fs").writeFileSync("probe.txt", String(n));
});`;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json")], { cwd: root });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-process-"));
  fs.writeFileSync(file("probe.js"), EXCELJS_PROBE);
  fs.writeFileSync(file("throw-later.js"), 'setImmediate(() => { throw new RangeError("boom"); });');
  expect(shell(["demo", "-o", "demo.xlsx"]).code).toBe(0);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  ["text", ["validate", "demo.xlsx"]],
  ["JSON", ["validate", "demo.xlsx", "--format", "json"]],
  ["help", ["--help"]],
])("a reader that stops early (%s | true): no message, the command's own exit code", (_, args) => {
  const r = shell(args, { then: "| true" });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
});

test("stdout on a full disk: one line and exit 2", () => {
  const r = shell(["validate", "demo.xlsx", "--format", "json"], { then: "> /dev/full" });
  expect(r.stderr).toBe("budget-tables: cannot write to stdout: ENOSPC\n");
  expect(r.code).toBe(2);
});

test("an unexpected error is one line, no stack trace, exit 2", () => {
  const r = shell(["validate", "demo.xlsx"], { hooks: [file("throw-later.js")] });
  expect(r.stderr).toBe("budget-tables: 内部错误 internal error: boom\n");
  expect(r.code).toBe(2);
});

test("--help, usage errors and reading a workbook (streamed) do not load ExcelJS; writing one does", () => {
  const loaded = (args: string[]) => {
    shell(args, { hooks: [file("probe.js")] });
    return Number(fs.readFileSync(file("probe.txt"), "utf8"));
  };
  expect(loaded(["--help"])).toBe(0);
  expect(loaded(["validate"])).toBe(0);
  expect(loaded(["generate", "--bogus"])).toBe(0);
  expect(loaded(["import", "none.xlsx"])).toBe(0);
  expect(loaded(["validate", "demo.xlsx"])).toBe(0);
  expect(loaded(["template", "-o", "blank.xlsx", "--force"])).toBeGreaterThan(0);
});
