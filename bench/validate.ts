/**
 * Validation benchmark. Workbooks of about 1k, 10k and 100k table rows (mostly 表12 project
 * rows), and the hostile files of bench/hostileFiles.ts.
 *
 * - Time, in one child process per workbook: rounds of ExcelJS's load alone (the baseline) and
 *   of the CLI's reading (streamWorkbook.ts) + validation in turn; warm-up rounds, then timed
 *   rounds; medians, and the median over rounds of (read + validate) ÷ load in the same round.
 * - Peak memory, each in a fresh child doing the work once: the maximum resident set of the
 *   whole process (process.resourceUsage().maxRSS, Node itself included), reading by streaming
 *   and, for comparison, through ExcelJS's object model (the task pane's way, and the CLI's
 *   before streaming).
 * - Each hostile file, in a fresh child: time to refusal and the process's peak.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { ECONOMIC_NAMES } from "../src/catalog/economic";
import { generateGrids } from "../src/generation/generate";
import { workbookToSheets } from "../src/hosts/xlsx/readWorkbook";
import { readXlsxFile } from "../src/hosts/xlsx/streamWorkbook";
import { gridsToXlsxBuffer } from "../src/hosts/xlsx/writeWorkbook";
import type { BudgetModel, ExpenditureItem } from "../src/model/types";
import { GUANGZHOU_PACK } from "../src/packs/guangzhou";
import type { SheetCells } from "../src/reading/sheetCells";
import { validateSheets } from "../src/validation/validate";
import { runInChild } from "./child";
import { hostileFiles } from "./hostileFiles";

export interface ValidateBenchRow {
  /** Body rows across the twelve tables. */
  rows: number;
  rounds: number;
  /** Medians, ms. */
  exceljsLoadMs: number;
  readMs: number;
  validateMs: number;
  /** Median over rounds of (read + validate) ÷ ExcelJS load. */
  ratio: number;
  /** Process max RSS, MB: streaming read + validate; ExcelJS object model + validate. */
  peakStreamMB: number;
  peakObjectModelMB: number;
}

export interface HostileBenchRow {
  name: string;
  zipKB: number;
  ms: number;
  peakMB: number;
  /** The refusal's English line (the file called book.xlsx), or "read" if the file was not refused. */
  outcome: string;
}

export async function benchValidate(sizes: number[]): Promise<ValidateBenchRow[]> {
  const rows: ValidateBenchRow[] = [];
  for (const size of sizes) rows.push(await benchSize(size));
  return rows;
}

export async function benchHostile(): Promise<HostileBenchRow[]> {
  const rows: HostileBenchRow[] = [];
  for (const { name, data } of hostileFiles()) {
    const file = tempFile("hostile");
    fs.writeFileSync(file, data);
    try {
      const r = await runInChild<Omit<HostileBenchRow, "name" | "zipKB">>(__filename, ["--hostile", file]);
      rows.push({ name, zipKB: data.length / 1024, ...r });
    } finally {
      fs.rmSync(file, { force: true });
    }
  }
  return rows;
}

export function formatValidateBench(rows: ValidateBenchRow[]): string {
  const lines = [
    "Validation of 表1–表12 from .xlsx: the CLI's streaming read + validation vs ExcelJS's load alone (medians of warm rounds, same process);",
    "peak = max RSS of a fresh process doing it once (Node included), streaming vs through ExcelJS's object model",
    "table rows | rounds | ExcelJS load ms | read ms | validate ms | (read+validate) ÷ load | µs per row | peak MB streaming | peak MB object model",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.rows.toLocaleString("en-US"),
        r.rounds,
        r.exceljsLoadMs.toFixed(0),
        r.readMs.toFixed(0),
        r.validateMs.toFixed(0),
        `${r.ratio.toFixed(2)}×`,
        (((r.readMs + r.validateMs) * 1000) / r.rows).toFixed(1),
        r.peakStreamMB.toFixed(0),
        r.peakObjectModelMB.toFixed(0),
      ].join(" | "),
    );
  }
  return lines.join("\n");
}

export function formatHostileBench(rows: HostileBenchRow[]): string {
  const lines = ["Hostile files, each read once by the CLI's reader in a fresh process", "file | zip KB | ms | peak MB | outcome"];
  for (const r of rows) lines.push([r.name, r.zipKB.toFixed(0), r.ms.toFixed(0), r.peakMB.toFixed(0), r.outcome].join(" | "));
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
const tempFile = (what: string) => path.join(os.tmpdir(), `budget-tables-bench-${what}-${process.pid}-${Math.random().toString(36).slice(2)}.xlsx`);

/** In the parent: the workbook file for a size, and its number of table body rows. */
async function writeBenchWorkbook(size: number): Promise<{ file: string; rows: number }> {
  const grids = generateGrids(benchModel(size), GUANGZHOU_PACK);
  const rows = grids.reduce((n, g) => n + g.bodyRows.last - g.bodyRows.first + 1, 0);
  const file = tempFile(`validate-${size}`);
  fs.writeFileSync(file, await gridsToXlsxBuffer(grids));
  return { file, rows };
}

async function benchSize(size: number): Promise<ValidateBenchRow> {
  const { file, rows } = await writeBenchWorkbook(size);
  try {
    const times = await runInChild<Pick<ValidateBenchRow, "rounds" | "exceljsLoadMs" | "readMs" | "validateMs" | "ratio">>(__filename, ["--time", file]);
    const peakStreamMB = await runInChild<number>(__filename, ["--peak", "stream", file]);
    const peakObjectModelMB = await runInChild<number>(__filename, ["--peak", "objectModel", file]);
    return { rows, ...times, peakStreamMB, peakObjectModelMB };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

async function loadWithExcelJS(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Warm-up rounds (at least 2 and 1 s), then timed rounds (at least 3 and 2 s): a 100k-row round alone takes seconds. */
const WARM_UP = { rounds: 2, ms: 1000 };
const TIMED = { rounds: 3, ms: 2000 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

interface Round {
  load: number;
  read: number;
  validate: number;
}

/** In a child: ExcelJS's load, then reading + validation, in turn, round after round. */
async function time(file: string) {
  const round = async (): Promise<Round> => {
    const t0 = performance.now();
    await loadWithExcelJS(file);
    const t1 = performance.now();
    const sheets: SheetCells[] = await readXlsxFile(file);
    const t2 = performance.now();
    validateSheets(sheets);
    return { load: t1 - t0, read: t2 - t1, validate: performance.now() - t2 };
  };
  const run = async (limits: { rounds: number; ms: number }) => {
    const out: Round[] = [];
    for (let spent = 0; out.length < limits.rounds || spent < limits.ms; ) {
      const r = await round();
      out.push(r);
      spent += r.load + r.read + r.validate;
    }
    return out;
  };
  await run(WARM_UP);
  const timed = await run(TIMED);
  const of = (k: keyof Round) => median(timed.map((r) => r[k]));
  return { rounds: timed.length, exceljsLoadMs: of("load"), readMs: of("read"), validateMs: of("validate"), ratio: median(timed.map((r) => (r.read + r.validate) / r.load)) };
}

/** In a fresh child: read and validate once; the process's peak resident set. */
async function peak(how: string, file: string): Promise<number> {
  const sheets = how === "stream" ? await readXlsxFile(file) : workbookToSheets(await loadWithExcelJS(file));
  validateSheets(sheets);
  return maxRssMB();
}

/** In a fresh child: read a hostile file; how long until it is refused, and the peak. */
async function hostile(file: string) {
  const t0 = performance.now();
  const outcome = await readXlsxFile(file).then(
    () => "read",
    (e: Error) => e.message.split("\n").pop()!.split(file).join("book.xlsx"),
  );
  return { ms: performance.now() - t0, peakMB: maxRssMB(), outcome };
}

if (require.main === module) {
  const [mode, a, b] = process.argv.slice(2);
  const work = mode === "--time" ? time(a) : mode === "--peak" ? peak(a, b) : hostile(a);
  work.then((r) => process.send!(r));
}
