/**
 * Reads a 说明 into claims: each cited figure is given to the subject or item named right before
 * it (收入预算3,121.42万元, “…（项）”887.36万元), a change (比2024年预算增加107.62万元) to the
 * subject last given an amount, 预算安排 to the item in hand and 预算执行数 is remembered as that
 * item's base. A figure with nothing named right before it is unattributed, never guessed.
 */
import type { ViewRow } from "../reading/tableView";
import type { TextBlock } from "./blocks";
import { Citation, citations } from "./citations";
import type { Change, Claim, Target } from "./claims";
import type { Interval } from "./exact";
import { FUND_TABLES, FundName, SubjectKey } from "./facts";
import { itemMatches } from "./items";
import { Sentence, sentences } from "./sentences";
import { subjectMatches, withoutContained } from "./subjects";

type Token = { start: number; end: number; target?: Target; marker?: "预算安排" | "执行数" };

/** What the text has said so far in a block: the target in hand, its stated amount and base. */
interface State {
  current?: Target;
  item?: Target;
  amount?: Interval;
  base?: Interval;
}

const CHANGE = /(?:比|较|与)[^。；！？]{0,30}?(增加|增长|提高|上升|减少|下降|降低)\s*$/;
const LEVEL = /(?:比|较|与)[^，。；！？元%]{0,20}?(持平|一致|相同)/g;
const NIL_FUND = /无(一般公共预算|政府性基金预算|国有资本经营预算)/g;
/** What may stand between a subject and its figure: 预算数为, 为, a closing quote; after 预算安排 or 执行数 at most 为. */
const GAP = /^[^，。；,;！？\d比较与增减]{0,10}$/;
const MARKER_GAP = /^[为是：:]?$/;

export function claimsOf(blocks: readonly TextBlock[], rows: readonly ViewRow[]): Claim[] {
  const claims: Claim[] = [];
  for (const block of blocks) {
    const state: State = {};
    for (const sentence of sentences(block)) claims.push(...sentenceClaims(sentence, rows, state));
  }
  return claims;
}

function sentenceClaims(sentence: Sentence, rows: readonly ViewRow[], state: State): Claim[] {
  const text = sentence.text;
  const tokens = tokensOf(text, rows);
  const claims: Claim[] = [...nilClaims(sentence, tokens)];
  const levels = [...text.matchAll(LEVEL)];
  /** 持平 between `from` and `to` is a claim about the target in hand at that point. */
  const levelled = (from: number, to: number) =>
    levels.filter((l) => l.index! >= from && l.index! < to && state.current).forEach((l) => claims.push(levelClaim(sentence, state, /执行/.test(l[0]) ? "execution" : "budget")));
  let from = 0;
  for (const figure of citations(text)) {
    levelled(from, figure.start);
    const before = tokens.filter((t) => t.start >= from && t.end <= figure.start);
    claims.push(figureClaim(sentence, figure, text.slice(from, figure.start), before[before.length - 1], state));
    from = figure.end;
  }
  levelled(from, text.length);
  return claims;
}

function figureClaim(sentence: Sentence, figure: Citation, before: string, token: Token | undefined, state: State): Claim {
  const change = CHANGE.exec(before);
  if (change) {
    if (!state.current) return { type: "unattributed", sentence, citation: figure, reason: "change" };
    const c: Change = { sign: /增|提高|上升/.test(change[1]) ? 1 : -1, base: /执行/.test(change[0]) ? "execution" : "budget" };
    return { type: "change", sentence, target: state.current, change: c, citation: figure, ...stated(state) };
  }
  const gap = token ? sentence.text.slice(token.end, figure.start) : "";
  if (!token || figure.kind !== "amount" || !(token.marker ? MARKER_GAP : GAP).test(gap)) return { type: "unattributed", sentence, citation: figure, reason: "subject" };
  if (token.marker === "执行数") {
    state.base = figure.interval;
    return { type: "unattributed", sentence, citation: figure, reason: "execution" };
  }
  const target = token.marker === "预算安排" ? state.item : token.target;
  if (!target) return { type: "unattributed", sentence, citation: figure, reason: "subject" };
  if (token.target?.kind === "item") {
    state.item = target;
    state.base = undefined;
  }
  state.current = target;
  state.amount = figure.interval;
  return { type: "amount", sentence, target, citation: figure };
}

const stated = (state: State) => ({ ...(state.amount ? { statedAmount: state.amount } : {}), ...(state.base ? { statedBase: state.base } : {}) });

function levelClaim(sentence: Sentence, state: State, base: Change["base"]): Claim {
  return { type: "change", sentence, target: state.current!, change: { sign: 0, base }, ...stated(state) };
}

/**
 * 无机关运行经费, 无政府性基金预算…: the tables must show nothing there. Not within quotation
 * marks: a template's （若无，则写“本部门无机关运行经费”） quotes wording, it states nothing.
 */
function nilClaims(sentence: Sentence, tokens: Token[]): Claim[] {
  const text = sentence.text;
  const quoted = [...text.matchAll(/“[^”]*”/g)].map((m) => [m.index!, m.index! + m[0].length]);
  const stated = (at: number) => !quoted.some(([from, to]) => at > from && at < to);
  const claims: Claim[] = tokens.filter((t) => t.target && text[t.start - 1] === "无" && stated(t.start)).map((t) => ({ type: "nil", sentence, target: t.target! }));
  for (const m of [...text.matchAll(NIL_FUND)].filter((m) => stated(m.index!))) {
    const fund = m[1] as FundName;
    if (FUND_TABLES[fund]) claims.push({ type: "nil", sentence, target: { kind: "fund", fund, label: fund } });
  }
  return claims;
}

function tokensOf(text: string, rows: readonly ViewRow[]): Token[] {
  const subjects: Token[] = subjectMatches(text).map((m) =>
    m.key === "预算安排" || m.key === "执行数" ? { start: m.start, end: m.end, marker: m.key } : { start: m.start, end: m.end, target: { kind: "subject", key: m.key as SubjectKey, label: m.text } },
  );
  const items: Token[] = itemMatches(text, rows).map((m) => ({ start: m.start, end: m.end, target: { kind: "item", label: m.label, ...(m.code ? { code: m.code } : {}) } }));
  return withoutContained([...subjects, ...items]);
}
