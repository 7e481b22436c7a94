/**
 * An identity instance: one total, its signed parts, and the words that explain the relation.
 * Evaluating it yields nothing (equal), an info finding (a rounding tail) or a finding at the
 * rule's severity, with a message that shows the numbers.
 */
import { DISPLAY_UNITS, DisplayUnit } from "../model/money";
import type { TableId } from "../model/types";
import type { Figure } from "../reading/tableView";
import { centsToNumber, formatCents, formatThousandths, thousandthsToNumber } from "./amountText";
import { Finding, Findings, Message, qualified } from "./findings";
import { compare, Comparison } from "./interval";
import type { RuleId } from "./rules";

export interface Operand {
  figure: Figure;
  table: TableId;
  sheet: string;
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
}

/** Lists parts in a message: all of them when few, else the first and last. */
const MAX_LISTED = 3;

export function evaluate(identity: Identity, findings: Findings): void {
  const { total, parts } = identity;
  const rule = findings.rules(identity.rule);
  const override = rule.tolerance === undefined ? undefined : packTolerance(rule.tolerance, identity.unit);
  const c = compare(
    total.figure,
    parts.map((p) => ({ figure: p.figure, sign: p.sign ?? 1 })),
    override?.thousandths,
  );
  if (c.verdict === "equal") return;
  const extra: Partial<Finding> = {
    related: parts.map((p) => (p.sheet === total.sheet ? p.figure.address : qualified(p.sheet, p.figure.address))),
    expected: centsToNumber(c.expected),
    actual: centsToNumber(c.actual),
    difference: centsToNumber(c.difference),
    tolerance: override ? Number(override.text) : thousandthsToNumber(c.tolerance),
  };
  if (c.verdict === "rounding") extra.severity = "info";
  else extra.severity = rule.severity;
  findings.add(identity.rule, { table: total.table, sheet: total.sheet, cell: total.figure.address }, message(identity, c, override?.text), extra);
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

function message(identity: Identity, c: Comparison, toleranceText?: string): Message {
  const { total, relation } = identity;
  const where = `${total.table} ${total.figure.address} ${total.label()}`;
  const expected = formatCents(c.expected);
  const diff = formatCents(Math.abs(c.difference));
  const tol = toleranceText ?? formatThousandths(c.tolerance);
  if (c.verdict === "rounding") {
    return {
      zh: `${where} 为 ${formatCents(c.actual)}，与${relation.zh} ${expected}（${listParts(total, identity.parts, "zh")}）相差 ${diff}，在四舍五入容许 ${tol} 之内（尾差）`,
      en: `${where} is ${formatCents(c.actual)}, ${diff} off ${relation.en} ${expected} (${listParts(total, identity.parts, "en")}), within the rounding tolerance ${tol}`,
    };
  }
  return {
    zh: `${where} 应等于${relation.zh} ${expected}（${listParts(total, identity.parts, "zh")}），实为 ${formatCents(c.actual)}，差 ${diff}，超出四舍五入容许 ${tol}`,
    en: `${where} should equal ${relation.en} ${expected} (${listParts(total, identity.parts, "en")}) but is ${formatCents(c.actual)}: difference ${diff}, beyond the rounding tolerance ${tol}`,
  };
}

/** Parts from another table are named with their table and cell: "表3 E6 合计·项目支出". */
function listParts(total: Operand, parts: Operand[], lang: "zh" | "en"): string {
  const name = (p: Operand) => (p.table === total.table ? p.label() : `${p.table} ${p.figure.address} ${p.label()}`);
  const text = (p: Operand, i: number) => `${i === 0 ? (p.sign ? "−" : "") : p.sign ? " − " : " + "}${name(p)} ${formatCents(p.figure.cents)}`;
  if (parts.length <= MAX_LISTED) return parts.map(text).join("");
  const ends = `${name(parts[0])} … ${name(parts[parts.length - 1])}`;
  return lang === "zh" ? `${ends}，共 ${parts.length} 项` : `${ends}, ${parts.length} in all`;
}
