/** The Node PDF host's worker: a read that overruns its time limit is stopped, and the next read gets a fresh worker. */
import fs from "node:fs";
import path from "node:path";
import { extractPdfText, PdfExtractError } from "../../src/hosts/pdf/extractText";

const PDF = new Uint8Array(fs.readFileSync(path.join(__dirname, "../corpus/fuliyuan-2024/fuliyuan-2024.pdf")));

test("over the time limit: stopped with reason 'time'; then a read succeeds", async () => {
  await expect(extractPdfText(PDF.slice(), 1)).rejects.toEqual(expect.objectContaining({ reason: "time" }));
  await expect(extractPdfText(PDF.slice(), 1)).rejects.toBeInstanceOf(PdfExtractError);
  const pages = await extractPdfText(PDF.slice());
  expect(pages).toHaveLength(16);
  expect(pages[6].items.map((i) => i.text)).toContain("2024年预算单位财务收支预算总表");
});

test("a page printed with /Rotate 90 (江苏 人大 2019) is read as shown: its lines level, the title above the 公开表一 label, left to right", async () => {
  const rotated = new Uint8Array(fs.readFileSync(path.join(__dirname, "../generic-corpus/jiangsu-rendachangweihui-2019/jiangsu-rendachangweihui-2019.pdf")));
  const [page] = await extractPdfText(rotated);
  const item = (text: string) => page.items.find((i) => i.text === text)!;
  expect(item("收支预算总表").y).toBeGreaterThan(item("公开表一").y);
  expect(item("部门：").y).toBeCloseTo(item("单位：万元").y, 0);
  expect(item("单位：万元").x).toBeGreaterThan(item("部门：").x + 500);
  expect(item("公开表一").size).toBeCloseTo(9.84, 1);
});
