import { readXlsxData } from "../../src/hosts/xlsx/readWorkbook";
import { cellAddress } from "../../src/generation/grid";
import { qualified } from "../../src/validation/findings";
import { validateSheets } from "../../src/validation/validate";
import { corpusWorkbooks } from "./buildWorkbook";
test("exhaustive", async () => {
  const missed: string[] = [];
  for (const doc of corpusWorkbooks()) {
    const b = await doc.buffer;
    const sheets = await readXlsxData(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, doc.name);
    sheets.forEach((sheet, s) => sheet.rows.forEach((row, r) => row?.forEach((v, c) => {
      if (typeof v !== "number" || r < 3) return;
      const address = cellAddress(r, c);
      const rows = [...sheet.rows]; rows[r] = [...(rows[r] ?? [])]; rows[r]![c] = v + 1000;
      const changed = sheets.map((x, i) => (i === s ? { ...x, rows } : x));
      const errors = validateSheets(changed).findings.filter((f) => f.severity === "error");
      const ok = errors.some((f) => (f.sheet === sheet.name && (f.cell === address || f.related.includes(address))) || f.related.includes(qualified(sheet.name, address)));
      if (!ok) missed.push(`${doc.name} ${sheet.name}!${address}`);
    })));
  }
  expect(missed).toEqual([]);
}, 600000);
