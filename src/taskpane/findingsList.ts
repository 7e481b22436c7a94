/**
 * The findings list: grouped by table, then severity, with counts; a click selects the cell.
 * Info findings are labelled by their rule: an identity's difference within rounding is a
 * 尾差 (rounding tail), a generic rule's (a code not in the catalogue …) a 提示 (note).
 */
import type { Finding, Severity } from "../validation/findings";
import { isGenericRule } from "../validation/rules";
import type { Strings } from "./i18n";

const ORDER: Severity[] = ["error", "warning", "info"];

export function renderFindings(root: HTMLElement, findings: readonly Finding[], t: Strings, lang: "zh" | "en", onSelect: (f: Finding) => void): void {
  root.replaceChildren();
  if (findings.length === 0) {
    root.append(paragraph(t.noFindings));
    return;
  }
  const byTable = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.table ?? f.sheet;
    byTable.set(key, [...(byTable.get(key) ?? []), f]);
  }
  for (const [table, list] of byTable) {
    const group = document.createElement("details");
    group.open = list.some((f) => f.severity !== "info");
    const summary = document.createElement("summary");
    const counts = ORDER.map((s) => [s, list.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    summary.textContent = t.groupCounts(table, counts.map(([s, n]) => `${t[s]} ${n}`).join(" · "));
    group.append(summary);
    for (const severity of ORDER) for (const f of list.filter((x) => x.severity === severity)) group.append(item(f, t, lang, onSelect));
    root.append(group);
  }
  rovingFocus(root);
}

/**
 * One Tab stop per table (its first finding, after its summary); arrow keys, Home and End move
 * between the findings in view, so a long list does not stand between the user and what follows.
 */
function rovingFocus(root: HTMLElement): void {
  root.querySelectorAll("details").forEach((group) => group.querySelectorAll<HTMLButtonElement>("button.finding").forEach((b, i) => (b.tabIndex = i === 0 ? 0 : -1)));
  root.onkeydown = (e) => {
    const list = Array.from(root.querySelectorAll<HTMLButtonElement>("button.finding")).filter((b) => b.offsetParent !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const to = at < 0 ? undefined : { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to === undefined || to < 0 || to >= list.length) return;
    e.preventDefault();
    list[to].focus();
  };
}

function item(f: Finding, t: Strings, lang: "zh" | "en", onSelect: (f: Finding) => void): HTMLElement {
  const button = document.createElement("button");
  button.className = `finding ${f.severity}`;
  button.type = "button";
  const where = f.cell ? t.cellLink(f.sheet, f.cell) : f.sheet;
  const kind = kindLabel(f, t);
  // Spaces between the parts, so that the words a user sees are the words of the button's name.
  button.append(span("where", where), " ", span("severity", kind), " ", span("text", f.message[lang]));
  button.setAttribute("aria-label", t.findingLabel(where, kind, f.message[lang]));
  button.setAttribute("aria-disabled", String(!f.cell));
  if (f.cell) button.addEventListener("click", () => onSelect(f));
  return button;
}

export function kindLabel(f: Finding, t: Strings): string {
  return f.severity === "info" && !isGenericRule(f.rule) ? t.roundingTail : t[f.severity];
}

function span(cls: string, text: string): HTMLElement {
  const s = document.createElement("span");
  s.className = cls;
  s.textContent = text;
  return s;
}

function paragraph(text: string): HTMLElement {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}
