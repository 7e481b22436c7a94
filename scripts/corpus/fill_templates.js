#!/usr/bin/env node
/**
 * Fills the Putuo district's blank 2026 template workbooks with the figures of a transcribed real
 * document, as an officer would: the department template with putuo-czj-2025, the unit template
 * with fuliyuan-2024 (as printed, its defects included). Titles, sheet names, header rows, the
 * income-side labels of 表1/表4 and all formatting stay the template's; the 编制 line, the
 * expenditure-side names, codes, names and amounts come from the transcription; the placeholder
 * rows (205 教育支出 …) are cleared; when a table has more rows than the template leaves room for,
 * its 合计 row moves down, keeping its style and merge.
 *
 *     node scripts/corpus/fill_templates.js [directory holding the blank templates]
 *
 * (default test/corpus/templates, the blank templates as published). Writes test/corpus/<name>.xlsx, and beside it <name>/placement.json
 * (the row each transcription row went to) and <name>/truth.json (the source's truth: the same
 * figures, codes and names, so the same defects and rounding tails, in the template's sheets).
 */
const ExcelJS = require("exceljs");
const fs = require("fs");
const path = require("path");

const CORPUS = path.join(__dirname, "..", "..", "test", "corpus");
const FILLS = [
  { name: "putuo-2026-department-filled", template: "putuo-2026-department-template.xlsx", source: "putuo-czj-2025" },
  { name: "putuo-2026-unit-filled", template: "putuo-2026-unit-template.xlsx", source: "fuliyuan-2024" },
];
const FIRST_TABLE_SHEET = 6; // 封面 目录 职能 机构设置 名词解释 编制说明, then the nine tables

/** JSON with each object or array of plain values on one line, so the files stay short to review. */
const compact = (obj) =>
  JSON.stringify(obj, null, 1).replace(/([[{])\n\s+([^[\]{}]*?)\n\s+([\]}])/g, (_, open, body, close) => open + body.replace(/,\n\s+/g, ", ") + close) + "\n";
const text = (v) => (v && v.richText ? v.richText.map((r) => r.text).join("") : v == null ? "" : String(v));
const rowText = (ws, r) => text(ws.getCell(r, 1).value);

/** The template's first body row (after its header, which ends with 类/项目, or 合计 in 表9) and its
 * 合计/收入总计 row (none in 表9). */
function frame(ws) {
  let header = 0;
  let total = 0;
  for (let r = 1; r <= 30; r++) {
    const a = rowText(ws, r);
    if (r < 12 && ["类", "项目", "合计"].includes(a)) header = r;
    else if (r >= 12 && !total && ["合计", "收入总计"].includes(a)) total = r;
  }
  return { body: header + 1, total };
}

const clone = (style) => JSON.parse(JSON.stringify(style));

/** Moves the 合计 row down to `to` with its labels, style and merge; the rows it leaves take the
 * first body row's style. */
function moveTotal(ws, from, to, body, width) {
  const merge = (ws.model.merges || []).find((m) => m.replace(/[A-Z]+/g, "").split(":").every((r) => Number(r) === from));
  if (merge) ws.unMergeCells(merge);
  for (let c = 1; c <= width; c++) {
    const [old, moved] = [ws.getCell(from, c), ws.getCell(to, c)];
    moved.value = old.value;
    moved.style = clone(old.style);
    old.value = null;
  }
  for (let r = from; r < to; r++) for (let c = 1; c <= width; c++) ws.getCell(r, c).style = clone(ws.getCell(body, c).style);
  if (merge) ws.mergeCells(merge.replace(new RegExp(String(from), "g"), String(to)));
}

function amountFormat(printed, templateFormat) {
  if (!printed.includes(".")) return templateFormat || "#,##0";
  const decimals = printed.length - printed.indexOf(".") - 1;
  return `#,##0.${"0".repeat(decimals)}_ `;
}

/** Writes one table into its sheet; returns the sheet row of each transcription row written. */
function fillTable(ws, t) {
  const width = t.columns.length;
  const { body, total } = frame(ws);
  const sided = t.columns[0] === "收入项目"; // 表1/表4: the template keeps its own income labels
  const isTotal = (row) => row.includes("合计") || row.includes("收入总计");
  const bodyRows = t.rows.map((row, i) => [row, i]).filter(([row]) => row.some((c) => c) && !isTotal(row));
  let totalRow = total;
  if (total && body + bodyRows.length > total) {
    totalRow = body + bodyRows.length;
    moveTotal(ws, total, totalRow, body, width);
  }
  for (let r = body; r < (totalRow || body + bodyRows.length); r++) {
    for (let c = sided ? 2 : 1; c <= width; c++) ws.getCell(r, c).value = null;
  }
  const write = (r, row) =>
    row.forEach((printed, c) => {
      if ((sided && c === 0) || (isTotal(row) && t.kinds[c] !== "amount")) return;
      const cell = ws.getCell(r, c + 1);
      if (!printed) cell.value = null;
      else if (t.kinds[c] !== "amount") cell.value = printed;
      else {
        cell.value = Number(printed.replace(/,/g, ""));
        // Cells read from a file share style objects: a number format goes on this cell's own copy.
        cell.style = { ...clone(cell.style), numFmt: amountFormat(printed, cell.numFmt) };
      }
    });
  const placed = {};
  bodyRows.forEach(([row, i], k) => {
    write(body + k, row);
    placed[i] = body + k;
  });
  t.rows.forEach((row, i) => {
    if (!isTotal(row)) return;
    write(totalRow, row);
    placed[i] = totalRow;
  });
  return placed;
}

async function fill({ name, template, source }, templates) {
  const doc = JSON.parse(fs.readFileSync(path.join(CORPUS, source, "transcription.json"), "utf8"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(templates, template));
  const placement = { source, template, templateSheets: wb.worksheets.map((ws) => ws.name), tables: [] };
  const layout = [];
  doc.tables.forEach((t, i) => {
    const ws = wb.worksheets[FIRST_TABLE_SHEET + i];
    const title = text(ws.getCell(2, 1).value);
    if (!title.endsWith(t.title.replace(/^\d{4}年/, ""))) throw new Error(`${ws.name}: title ${title} is not ${t.title}`);
    const preparerRow = t.number === 9 ? 3 : 4;
    ws.getCell(preparerRow, 1).value = t.preparer;
    placement.tables.push({ number: t.number, sheet: ws.name, rows: fillTable(ws, t) });
    layout.push({ number: t.number, title, sheet: ws.name });
  });
  fs.mkdirSync(path.join(CORPUS, name), { recursive: true });
  await wb.xlsx.writeFile(path.join(CORPUS, `${name}.xlsx`));
  fs.writeFileSync(path.join(CORPUS, name, "placement.json"), compact(placement));
  const truth = JSON.parse(fs.readFileSync(path.join(CORPUS, source, "truth.json"), "utf8"));
  truth.document = name;
  truth.source = source;
  truth.layout.tables = layout;
  fs.writeFileSync(path.join(CORPUS, name, "truth.json"), compact(truth));
}

(async () => {
  const templates = process.argv[2] || path.join(__dirname, "../../test/corpus/templates");
  for (const f of FILLS) await fill(f, templates);
})().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
