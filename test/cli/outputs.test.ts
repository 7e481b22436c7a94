/** Nothing lost: outputs are written atomically, never over an existing file without --force, never over the input. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { smallModelJson } from "../fixtures/smallModel";
import { run } from "./run";

describe("outputs", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const bytes = (name: string) => fs.readFileSync(file(name));
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-tables-outputs-"));
    fs.writeFileSync(file("m.json"), JSON.stringify(smallModelJson()));
    expect((await run("demo", "-o", file("book.xlsx"))).code).toBe(0);
    expect((await run("convert", file("m.json"), "-o", file("m.xlsx"))).code).toBe(0);
    expect((await run("import", file("book.xlsx"), "-o", file("t.json"))).code).toBe(0);
    fs.writeFileSync(file("codes.csv"), "2010301,行政运行\n");
    fs.symlinkSync(file("book.xlsx"), file("link.xlsx"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  /** Every file in the folder, so that a leftover temporary file shows. */
  const listing = () => fs.readdirSync(dir).sort();

  test.each([
    ["validate", "report.xlsx", (o: string) => ["validate", file("book.xlsx"), "-o", o]],
    ["demo", "demo.xlsx", (o: string) => ["demo", "-o", o]],
    ["generate", "out.xlsx", (o: string) => ["generate", "-o", o]],
    ["convert", "model.json", (o: string) => ["convert", file("m.json"), "-o", o]],
    ["template", "blank.xlsx", (o: string) => ["template", "-o", o]],
    ["import", "tables.json", (o: string) => ["import", file("book.xlsx"), "-o", o]],
    ["compare", "compare.csv", (o: string) => ["compare", file("book.xlsx"), file("t.json"), "-o", o]],
    ["pack export", "pack.json", (o: string) => ["pack", "export", "-o", o]],
  ])("%s keeps an existing %s unless --force", async (_, name, args) => {
    const target = file(name);
    fs.writeFileSync(target, "precious");
    const r = await run(...args(target));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("already exists; choose another name or add --force to replace it");
    expect(fs.readFileSync(target, "utf8")).toBe("precious");
    expect((await run(...args(target), "--force")).code).toBeLessThan(2);
    expect(fs.readFileSync(target, "utf8")).not.toBe("precious");
  });

  test.each([
    ["validate book.xlsx -o book.xlsx", () => ["validate", file("book.xlsx"), "-o", file("book.xlsx")], "book.xlsx"],
    ["validate book.xlsx -o link.xlsx (a symbolic link to it)", () => ["validate", file("book.xlsx"), "-o", file("link.xlsx")], "book.xlsx"],
    ["validate -o ../dir/book.xlsx (another spelling)", () => ["validate", file("book.xlsx"), "-o", path.join(dir, "..", path.basename(dir), "book.xlsx")], "book.xlsx"],
    ["validate --catalog codes.csv -o codes.csv", () => ["validate", file("book.xlsx"), "--catalog", file("codes.csv"), "-o", file("codes.csv")], "codes.csv"],
    ["convert m.json -o m.json", () => ["convert", file("m.json"), "-o", file("m.json")], "m.json"],
    ["generate m.xlsx -o m.xlsx", () => ["generate", file("m.xlsx"), "-o", file("m.xlsx")], "m.xlsx"],
    ["import t.json -o t.json", () => ["import", file("t.json"), "-o", file("t.json")], "t.json"],
    ["compare book.xlsx t.json -o t.json", () => ["compare", file("book.xlsx"), file("t.json"), "-o", file("t.json")], "t.json"],
  ])("%s: the input is never replaced, even with --force", async (_, args, input) => {
    const before = bytes(input);
    const r = await run(...args(), "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is this command's input .*; write the output to another file/);
    expect(bytes(input).equals(before)).toBe(true);
  });

  test("a failed write (disk full) leaves the old file whole and no partial file behind", async () => {
    fs.writeFileSync(file("old.xlsx"), "precious");
    const before = listing();
    const write = fs.writeSync;
    // The disk fills after the first 100 bytes of the new file.
    jest.spyOn(fs, "writeSync").mockImplementation(((fd: number, data: Uint8Array, offset: number, length: number) => {
      write(fd, data, offset, Math.min(length, 100));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    }) as unknown as typeof fs.writeSync);
    const r = await run("generate", "-o", file("old.xlsx"), "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`budget-tables: cannot write ${file("old.xlsx")}: ENOSPC; the existing file is unchanged\n`);
    expect(fs.readFileSync(file("old.xlsx"), "utf8")).toBe("precious");
    expect(listing()).toEqual(before);
    // Nor does a failed first write leave a file that would block the next run.
    const fresh = await run("generate", "-o", file("new.xlsx"));
    expect(fresh.stderr).toContain("ENOSPC");
    expect(listing()).toEqual(before);
  });

  test("a file that appears while the output is written is kept, without --force", async () => {
    const write = fs.writeSync;
    jest.spyOn(fs, "writeSync").mockImplementation(((...args: Parameters<typeof write>) => {
      if (!fs.existsSync(file("late.json"))) fs.writeFileSync(file("late.json"), "someone else's");
      return write(...args);
    }) as unknown as typeof fs.writeSync);
    const before = [...listing(), "late.json"].sort();
    const r = await run("convert", file("m.json"), "-o", file("late.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("late.json was created meanwhile; it is left as it is (add --force to replace it)");
    expect(fs.readFileSync(file("late.json"), "utf8")).toBe("someone else's");
    expect(listing()).toEqual(before);
  });

  test("a replaced file keeps its permissions, and nothing but the output is left in the folder", async () => {
    await run("generate", "-o", file("mode.xlsx"));
    fs.chmodSync(file("mode.xlsx"), 0o600);
    const before = listing();
    expect((await run("generate", "-o", file("mode.xlsx"), "--force")).code).toBe(0);
    expect(fs.statSync(file("mode.xlsx")).mode & 0o777).toBe(0o600);
    expect(listing()).toEqual(before);
  });

  test.each([
    ["a folder", () => (fs.mkdirSync(file("folder")), file("folder")), "is a folder; give a file name for the output"],
    ["a device", () => "/dev/null", "is not a regular file; give a file name for the output"],
    ["a folder's name (no such folder yet)", () => `${file("new-folder")}/`, "-o needs a file name, not"],
    ["an empty name", () => "", '-o needs a file name, not ""'],
  ])("%s as the output is refused by name, even with --force", async (_, target, message) => {
    const output = target();
    const before = listing();
    const r = await run("validate", file("book.xlsx"), "-o", output, "--force");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(listing()).toEqual(before);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
  });
});
