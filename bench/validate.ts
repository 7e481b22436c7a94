/**
 * Validation benchmark: workbooks of about 1k, 10k and 100k table rows (mostly 表12 project
 * rows), each timed for ExcelJS's load alone and for reading + validation on top of it, in the
 * same child process so that peak memory (growth of max RSS) is the measurement's own.
 * Target: reading + validation adds at most half of ExcelJS's load time, growing linearly.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ECONOMIC_NAMES } from "../src/catalog/economic";
import { generateGrids } from "../src/generation/generate";
import { workbookToSheets } from "../src/hosts/xlsx/readWorkbook";
import { gridsToXlsxBuffer } from "../src/hosts/xlsx/writeWorkbook";
import type { BudgetModel, ExpenditureItem } from "../src/model/types";
import { GUANGZHOU_PACK } from "../src/packs/guangzhou";
import { validateSheets } from "../src/validation/validate";
import { runInChild } from "./child";

export interface ValidateBenchRow {
  /** Body rows across the twelve tables. */
  rows: number;
  exceljsLoadMs: number;
  /** SheetCells from the loaded workbook, locating, reading and every rule. */
  readValidateMs: number;
  /** Max RSS growth over load + read + validate. */
  peakMemoryMB: number;
  /** Of which beyond ExcelJS's own peak. */
  readValidateExtraMB: number;
  findings: number;
}

export async function benchValidate(sizes: number[]): Promise<ValidateBenchRow[]> {
  const rows: ValidateBenchRow[] = [];
  for (const size of sizes) rows.push(await inChild(size));
  return rows;
}

export function formatValidateBench(rows: ValidateBenchRow[]): string {
  const lines = [
    "Validation of 表1–表12 from .xlsx vs ExcelJS load alone (same file, same process)",
    "table rows | ExcelJS load ms | read+validate ms | ratio | read+validate µs/row | peak MB (load+validate) | of which read+validate MB",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.rows.toLocaleString("en-US"),
        r.exceljsLoadMs.toFixed(0),
        r.readValidateMs.toFixed(0),
        `${(r.readValidateMs / r.exceljsLoadMs).toFixed(2)}×`,
        ((r.readValidateMs * 1000) / r.rows).toFixed(1),
        r.peakMemoryMB.toFixed(0),
        r.readValidateExtraMB.toFixed(0),
      ].join(" | "),
    );
  }
  return lines.join("\n");
}

/** A balanced model whose tables hold about `rows` body rows: one project (and 表12 row) per item. */
function benchModel(rows: number): BudgetModel {
  const unitCount = Math.max(2, Math.round(rows / 1000));
  const economics = Object.keys(ECONOMIC_NAMES).filter((c) => c.length === 5);
  const functions = ["2010301", "2010302", "2010350", "2060503", "2080505", "2210201"];
  const units = Array.from({ length: unitCount }, (_, i) => ({ id: `u${i}`, name: `示例单位${i}`, kind: i % 3 === 0 ? ("行政" as const) : ("事业" as const) }));
  const projects = Array.from({ length: rows }, (_, i) => ({ id: `p${i}`, unit: `u${i % unitCount}`, name: `示例项目${i}`, performanceGoal: `完成示例项目${i}的年度绩效目标。` }));
  const expenditures: ExpenditureItem[] = projects.map((p, i) => ({
    unit: p.unit,
    function: functions[i % functions.length],
    economic: economics[(i * 7) % economics.length],
    kind: "项目支出",
    fund: "一般公共预算",
    project: p.id,
    amount: ((i * 7919) % 50_000_000) + 1,
  }));
  return {
    department: "示例局",
    fiscalYear: 2024,
    displayUnit: "万元",
    units,
    projects,
    expenditures,
    revenues: expenditures.map((e) => ({ unit: e.unit, source: "一般公共预算", function: e.function, amount: e.amount })),
    notes: {},
    codeNames: {
      function: { "20103": "政府办公厅（室）及相关机构事务", "2010301": "行政运行", "2010302": "一般行政管理事务", "2010350": "事业运行", "20605": "科技条件与服务", "2060503": "科技条件专项", "20805": "行政事业单位养老支出", "2080505": "机关事业单位基本养老保险缴费支出", "22102": "住房改革支出", "2210201": "住房公积金" },
      economic: {},
    },
  };
}

const maxRssMB = () => process.resourceUsage().maxRSS / 1024;

/** In the parent: the workbook file for a size, and its number of table body rows. */
async function writeBenchWorkbook(size: number): Promise<{ file: string; rows: number }> {
  const grids = generateGrids(benchModel(size), GUANGZHOU_PACK);
  const rows = grids.reduce((n, g) => n + g.bodyRows.last - g.bodyRows.first + 1, 0);
  const file = path.join(os.tmpdir(), `budget-tables-bench-validate-${size}-${process.pid}.xlsx`);
  fs.writeFileSync(file, await gridsToXlsxBuffer(grids));
  return { file, rows };
}

/** In the child: load the file with ExcelJS, then read and validate it, once each. */
async function measure(file: string, rows: number): Promise<ValidateBenchRow> {
  const buffer = fs.readFileSync(file);
  global.gc?.();
  const before = maxRssMB();
  const t0 = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const t1 = performance.now();
  const afterLoad = maxRssMB();
  const result = validateSheets(workbookToSheets(workbook));
  const t2 = performance.now();
  const end = maxRssMB();
  return { rows, exceljsLoadMs: t1 - t0, readValidateMs: t2 - t1, peakMemoryMB: end - before, readValidateExtraMB: end - afterLoad, findings: result.findings.length };
}

async function inChild(size: number): Promise<ValidateBenchRow> {
  const { file, rows } = await writeBenchWorkbook(size);
  try {
    return await runInChild<ValidateBenchRow>(__filename, ["--validate-child", file, String(rows)]);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

if (require.main === module && process.argv[2] === "--validate-child") {
  measure(process.argv[3], Number(process.argv[4])).then((row) => process.send!(row));
}
