/**
 * Claims held against the tables: an amount against its cell (any of the cells that print it for a
 * function code), a change against this year's and last year's tables, or, without last year's,
 * against what the text itself says; a percentage against its base. What cannot be attributed or
 * has nothing to be checked against is one info finding, never a guessed error.
 */
import { Findings, qualified } from "../validation/findings";
import type { Claim, Target } from "./claims";
import { citedInterval, exactText, exactZero, truncation, inUnit, Interval, meets, minus, percentChange, percentFits } from "./exact";
import type { Fact, TableFacts } from "./facts";
import { placeLabel, sentencePlace } from "./places";
import type { DisplayUnit } from "../model/money";
import type { Citation } from "./citations";
import type { Sentence } from "./sentences";

export interface Tables {
  current: TableFacts;
  last?: TableFacts;
}

export function checkClaim(claim: Claim, tables: Tables, findings: Findings): "checked" | "notChecked" | "none" {
  switch (claim.type) {
    case "amount":
      return checkAmount(claim, tables.current, findings);
    case "change":
      return checkChange(claim, tables, findings);
    case "nil":
      return checkNil(claim, tables.current, findings);
    default:
      notChecked(claim.sentence, claim.citation, claim.reason === "execution" ? EXECUTION : NO_SUBJECT, findings);
      return "notChecked";
  }
}

/** 持平 as a text in 万元 says it: a change that prints as 0.00万元. */
const LEVEL = citedInterval({ digits: 0n, decimals: 2 }, "万元")!;

const NO_SUBJECT = { reasonZh: "看不出指的是表中哪一个数", reasonEn: "what it refers to in the tables is not clear" };
const EXECUTION = { reasonZh: "上年预算执行数，表中没有", reasonEn: "last year's execution, which no table shows" };
const NO_TABLE = { reasonZh: "表中找不到该项", reasonEn: "the tables do not show it" };
const NO_LAST_YEAR = { reasonZh: "没有上年的表", reasonEn: "last year's tables were not given" };
const ZERO_BASE = { reasonZh: "比较基数为零或不明", reasonEn: "the base is zero or not given" };

function notChecked(sentence: Sentence, citation: Citation, reason: { reasonZh: string; reasonEn: string }, findings: Findings): void {
  findings.add("narrative.notChecked", sentencePlace(sentence), { at: placeLabel(sentence), cited: citation.text, ...reason }, { quote: sentence.text });
}

/** The cells a target's figure stands in. */
function factsOf(target: Target, facts: TableFacts): Fact[] {
  if (target.kind === "subject") return [facts.subject(target.key)].filter((f): f is Fact => f !== undefined);
  return target.code ? facts.code(target.code) : [];
}

function checkAmount(claim: Extract<Claim, { type: "amount" }>, facts: TableFacts, findings: Findings): "checked" | "notChecked" {
  const { citation, sentence, target } = claim;
  const candidates = factsOf(target, facts);
  if (candidates.length === 0) {
    notChecked(sentence, citation, NO_TABLE, findings);
    return "notChecked";
  }
  const cited = citation.interval!;
  if (candidates.some((f) => meets(f.interval, cited))) return "checked";
  const truncated = candidates.find((f) => meets(f.interval, truncation(cited)));
  const fact = truncated ?? candidates[0];
  disagreement(truncated ? "narrative.truncated" : "narrative.amount", sentence, target, citation, fact.interval, `${fact.table} ${fact.address}`, findings, [qualified(fact.sheet, fact.address)]);
  return "checked";
}

function checkChange(claim: Extract<Claim, { type: "change" }>, tables: Tables, findings: Findings): "checked" | "notChecked" | "none" {
  const { citation, sentence, target, change } = claim;
  if (change.base === "execution") return citation ? checkAgainstText(claim, findings) : "none";
  const now = factsOf(target, tables.current)[0];
  const last = tables.last ? factsOf(target, tables.last)[0] : undefined;
  if (!now || !last) {
    if (!citation) return "none";
    if (contradiction(claim, findings)) return "checked";
    notChecked(sentence, citation, tables.last ? NO_TABLE : NO_LAST_YEAR, findings);
    return "notChecked";
  }
  const actual = minus(now.interval, last.interval);
  const source = `${now.table} ${now.address}`;
  if (!citation) {
    if (!meets(actual, LEVEL)) {
      const diff = exactText(actual.mid, "万元");
      const related = [qualified(now.sheet, now.address)];
      const params = { at: placeLabel(sentence), subject: target.label, cited: "持平", source, expected: diff, diff, tol: exactText(actual.half + LEVEL.half, "万元") };
      findings.add("narrative.change", sentencePlace(sentence), params, { quote: sentence.text, related, expected: inUnit(actual.mid, "万元"), actual: 0, difference: -inUnit(actual.mid, "万元"), tolerance: inUnit(actual.half + LEVEL.half, "万元") });
    }
    return "checked";
  }
  if (citation.kind === "percent") {
    if (percentFits(now.interval, last.interval, citation.value, change.sign as 1 | -1) === false)
      findings.add("narrative.percent", sentencePlace(sentence), { at: placeLabel(sentence), subject: target.label, cited: citation.text, source: `本年${source}与上年的表`, expected: percentChange(now.interval, last.interval).toFixed(2) }, { quote: sentence.text });
    return "checked";
  }
  const claimed: Interval = { mid: BigInt(change.sign) * citation.interval!.mid, half: citation.interval!.half };
  if (!meets(claimed, actual)) disagreement("narrative.change", sentence, target, citation, actual, source, findings, [qualified(now.sheet, now.address)], change.sign);
  return "checked";
}

/** 比上年预算执行数增长Z%: only the text gives the base, so the text is held to itself. */
function checkAgainstText(claim: Extract<Claim, { type: "change" }>, findings: Findings): "checked" | "notChecked" {
  const { citation, sentence, target, statedAmount, statedBase, change } = claim;
  const fits = statedAmount && statedBase && citation!.kind === "percent" ? percentFits(statedAmount, statedBase, citation!.value, change.sign as 1 | -1) : undefined;
  if (fits === undefined) {
    notChecked(sentence, citation!, ZERO_BASE, findings);
    return "notChecked";
  }
  if (!fits)
    findings.add("narrative.percent", sentencePlace(sentence), { at: placeLabel(sentence), subject: target.label, cited: citation!.text, source: "文中的本年预算和上年执行数", expected: percentChange(statedAmount!, statedBase!).toFixed(2) }, { quote: sentence.text });
  return "checked";
}

/** X万元，比上年增加Y万元 with Y beyond X: last year's budget would be negative. */
function contradiction(claim: Extract<Claim, { type: "change" }>, findings: Findings): boolean {
  const { citation, statedAmount, change, sentence, target } = claim;
  if (!citation || citation.kind !== "amount" || change.sign !== 1 || !statedAmount) return false;
  const lastYear = minus(statedAmount, citation.interval!);
  if (lastYear.mid + lastYear.half >= 0n) return false;
  const unit = citation.unit!;
  findings.add("narrative.contradiction", sentencePlace(sentence), { at: placeLabel(sentence), subject: target.label, stated: exactText(statedAmount.mid, unit), cited: citation.text, expected: exactText(lastYear.mid, unit) }, { quote: sentence.text });
  return true;
}

function checkNil(claim: Extract<Claim, { type: "nil" }>, facts: TableFacts, findings: Findings): "checked" | "none" {
  const { target, sentence } = claim;
  if (target.kind === "fund") {
    const empty = facts.fundEmpty(target.fund);
    if (empty === false) statement(sentence, `无${target.fund}`, `${target.fund}的表`, "有金额", findings);
    return empty === undefined ? "none" : "checked";
  }
  const fact = factsOf(target, facts)[0];
  if (!fact) return "none";
  if (!meets(fact.interval, exactZero)) statement(sentence, `无${target.label}`, `${fact.table} ${fact.address}`, exactText(fact.interval.mid, "万元"), findings);
  return "checked";
}

function statement(sentence: Sentence, claimText: string, source: string, expected: string, findings: Findings): void {
  findings.add("narrative.statement", sentencePlace(sentence), { at: placeLabel(sentence), claim: claimText, source, expected }, { quote: sentence.text });
}

function disagreement(rule: string, sentence: Sentence, target: Target, citation: Citation, expected: Interval, source: string, findings: Findings, related: string[], sign: number = 1): void {
  const unit: DisplayUnit = citation.unit!;
  const cited = citation.interval!;
  const signed: Interval = { mid: BigInt(sign) * cited.mid, half: cited.half };
  const diff = signed.mid - expected.mid;
  const tol = signed.half + expected.half;
  findings.add(
    rule,
    sentencePlace(sentence),
    { at: placeLabel(sentence), subject: target.label, cited: citation.text, source, expected: exactText(expected.mid, unit), diff: exactText(diff, unit), tol: exactText(tol, unit) },
    { quote: sentence.text, related, expected: inUnit(expected.mid, unit), actual: inUnit(signed.mid, unit), difference: inUnit(diff, unit), tolerance: inUnit(tol, unit) },
  );
}
