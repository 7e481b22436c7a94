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
