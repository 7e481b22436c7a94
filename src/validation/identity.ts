/**
 * An identity instance: one total, its signed parts, and the words that explain the relation.
 * Evaluating it yields nothing (equal), an info finding (a rounding tail) or a finding at the
 * rule's severity, with a message that shows the numbers.
 */
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import type { Figure } from "../reading/tableView";
import { centsToNumber, formatCents, formatThousandths, formatThousandthsGrouped, thousandthsToNumber } from "./amountText";
import { Finding, Findings, Message, qualified, qualifiedInFile } from "./findings";
import { compare, Comparison } from "./interval";
import { IDENTITY_MESSAGES } from "./messages";
import type { RuleId } from "./rules";

export interface Operand {
  figure: Figure;
  /** The workbook, when the identity spans several (a 部门 against its 单位). */
  file?: string;
  table: TableId;
  sheet: string;
  /** The figure's row and column keys in its table. */
  row: string;
  column: string;
  /** How a message names it ("30201 办公费", "合计·一般公共预算"); computed only for findings. */
  label: () => string;
  sign?: -1;
}

export interface Identity {
  rule: RuleId;
  total: Operand;
  parts: Operand[];
  /** "其下各款之和" / "the sum of its 款 rows". */
  relation: Message;
  /** The display unit the figures are compared in. */
  unit: DisplayUnit;
  /** total ≤ Σ parts rather than = (a figure that is only part of the other). */
  atMost?: boolean;
  /** Why the identity cannot be checked (a part the reader could not place or read); it is then reported, not evaluated. */
  notCheckable?: Message;
}

/** Lists parts in a message: all of them when few, else the first and last. */
const MAX_LISTED = 3;

/** What evaluating an identity came to: checked (with or without a finding) or not checkable. */
export type Outcome = "checked" | "notCheckable";

export function evaluate(identity: Identity, findings: Findings): Outcome {
  const { total, parts } = identity;
  if (identity.notCheckable) return "notCheckable";
  const rule = findings.rules(identity.rule);
  const override = rule.tolerance === undefined ? undefined : packTolerance(rule.tolerance, identity.unit);
  const c = compare(total.figure, parts, override?.thousandths);
  // At most: a total below its parts is no finding, unless rounding alone could explain the gap (then the figures may be meant equal: a tail).
  if (c.verdict === "equal" || (identity.atMost && c.verdict === "inconsistent" && c.difference < 0)) return "checked";
  const spans = sideIntervals(identity, c);
  const extra: Partial<Finding> = {
    related: parts.map((p) => relatedAddress(total, p)),
    expected: centsToNumber(c.expected),
    actual: centsToNumber(c.actual),
    difference: centsToNumber(c.difference),
    tolerance: override ? Number(override.text) : thousandthsToNumber(c.tolerance),
    intervals: { total: spans.total.map(thousandthsToNumber) as [number, number], parts: spans.parts.map(thousandthsToNumber) as [number, number] },
  };
  if (c.verdict === "rounding") extra.severity = "info";
  else extra.severity = rule.severity;
  findings.addMessage(identity.rule, placeOf(total), message(identity, c, spans, override?.text), extra);
  return "checked";
}

const placeOf = (o: Operand) => ({ ...(o.file !== undefined ? { file: o.file } : {}), table: o.table, sheet: o.sheet, cell: o.figure.address, row: o.row, column: o.column });

/** A part's cell as the total's finding lists it: C8 in the same sheet, 表2!C6 in another, [单位A.xlsx]表2!C6 in another workbook. */
function relatedAddress(total: Operand, p: Operand): string {
  if (p.file !== total.file) return qualifiedInFile(p.file ?? "", p.sheet, p.figure.address);
  return p.sheet === total.sheet ? p.figure.address : qualified(p.sheet, p.figure.address);
}

/** Each side's interval, in thousandths of the display unit: a figure ± its half-width, the parts' half-widths added up. */
function sideIntervals(identity: Identity, c: Comparison): { total: [number, number]; parts: [number, number] } {
  const around = (cents: number, half: number): [number, number] => [cents * 10 - half, cents * 10 + half];
  const partsHalf = identity.parts.reduce((sum, p) => sum + p.figure.halfWidth, 0);
  return { total: around(c.actual, identity.total.figure.halfWidth), parts: around(c.expected, partsHalf) };
}

/**
 * Identities that could not be checked, one finding per total row and rule (its columns are
 * listed as related cells), so that one unreadable row is reported once per sum it belongs to.
 */
export class NotCheckable {
  private readonly seen = new Map<string, Finding>();

  constructor(private readonly findings: Findings) {}

  add(identity: Identity): void {
    const { total } = identity;
    const key = `${identity.rule}|${total.file ?? ""}|${total.table}|${total.row}`;
    const known = this.seen.get(key);
    if (known) {
      if (known.cell !== total.figure.address && !known.related.includes(total.figure.address)) known.related.push(total.figure.address);
      return;
    }
    const reason = identity.notCheckable!;
    const params = { where: whereOf(total), relationZh: identity.relation.zh, relationEn: identity.relation.en, reasonZh: reason.zh, reasonEn: reason.en };
    this.seen.set(key, this.findings.addMessage("identity.notCheckable", placeOf(total), IDENTITY_MESSAGES.notCheckable(params), { identityRule: identity.rule }));
  }
}

/**
 * A pack's tolerance, in 元 with at most 2 decimals (as packs are checked), in the display unit,
 * in integers: whole thousandths rounded down for comparing, which decides exactly as the
 * tolerance itself since a difference is whole hundredths (0.5 元 in 万元 is 0.05 thousandths: 0),
 * and its exact decimal text for messages ("0.00005").
 */
export function packTolerance(yuan: number, unit: DisplayUnit): { thousandths: number; text: string } {
  const fen = Math.round(yuan * 100);
  const perUnit = DISPLAY_UNITS[unit];
  const decimals = String(perUnit).length - 1;
  const fraction = String(fen % perUnit).padStart(decimals, "0").replace(/(\d\d\d*?)0+$/, "$1");
  const whole = (n: number) => (n - (n % perUnit)) / perUnit;
  return { thousandths: whole(fen * 1000), text: `${whole(fen)}.${fraction}` };
}

const whereOf = (total: Operand) => `${total.table} ${total.figure.address} ${total.label()}`;

/** The identity template of the verdict, filled with the comparison's figures. */
function message(identity: Identity, c: Comparison, spans: ReturnType<typeof sideIntervals>, toleranceText?: string): Message {
  const { total, relation, parts } = identity;
  const params = {
    where: whereOf(total),
    actual: formatCents(c.actual),
    expected: formatCents(c.expected),
    diff: formatCents(Math.abs(c.difference)),
    tol: toleranceText ?? formatThousandths(c.tolerance),
    relationZh: relation.zh,
    relationEn: relation.en,
    partsZh: listParts(total, parts, "zh"),
    partsEn: listParts(total, parts, "en"),
    atMost: !!identity.atMost,
    totalInterval: interval(spans.total),
    partsInterval: interval(spans.parts),
  };
  return c.verdict === "rounding" ? IDENTITY_MESSAGES.rounding(params) : IDENTITY_MESSAGES.inconsistent(params);
}

/** An interval as printed: both ends to the thousandth. */
const interval = ([low, high]: [number, number]): string => `[${formatThousandthsGrouped(low)}, ${formatThousandthsGrouped(high)}]`;

/** Parts from another table are named with their table and cell: "表3 E6 合计·项目支出". */
function listParts(total: Operand, parts: Operand[], lang: "zh" | "en"): string {
  const name = (p: Operand) => (p.table === total.table ? p.label() : `${p.table} ${p.figure.address} ${p.label()}`);
  const text = (p: Operand, i: number) => `${i === 0 ? (p.sign ? "−" : "") : p.sign ? " − " : " + "}${name(p)} ${formatCents(p.figure.cents)}`;
  if (parts.length <= MAX_LISTED) return parts.map(text).join("");
  const ends = `${name(parts[0])} … ${name(parts[parts.length - 1])}`;
  return lang === "zh" ? `${ends}，共 ${parts.length} 项` : `${ends}, ${parts.length} in all`;
}
