/** The task pane: model → 生成表格; 校验当前工作簿 → findings, flags, report; clear flags. */
import { fluentButton, fluentCheckbox, fluentProgress, fluentRadio, fluentRadioGroup, provideFluentDesignSystem } from "@fluentui/web-components";
import { detectFeatures, OfficeFeatures } from "../hosts/office/features";
import { ExistingSheetChoice, SheetsExistError } from "../hosts/office/writeGrids";
import type { LoadResult } from "../model/load";
import { formatProblem } from "../model/types";
import type { Finding } from "../validation/findings";
import { renderFindings } from "./findingsList";
import { stringsFor, Strings } from "./i18n";
import { exampleModel, fileModel, mingxiModel, ModelSource, UserError } from "./modelSource";
import css from "./taskpane.css";
import { clearAllFlags, generateTables, selectCell, validateWorkbook, watchTableSheets } from "./workbook";

/** Edits within this many milliseconds of each other re-validate once. */
const REVALIDATE_DELAY_MS = 1500;

provideFluentDesignSystem().register(fluentButton(), fluentCheckbox(), fluentProgress(), fluentRadio(), fluentRadioGroup());

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

class TaskPane {
  private busy = false;
  private pendingRevalidate?: ReturnType<typeof setTimeout>;
  private readonly watched = new Set<string>();

  constructor(private readonly t: Strings, private readonly lang: "zh" | "en", private readonly features: OfficeFeatures) {}

  start(): void {
    document.documentElement.lang = this.lang === "zh" ? "zh-CN" : "en-US";
    document.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = this.t[el.dataset.t as keyof Strings] as string));
    $("choose-file").addEventListener("click", () => $<HTMLInputElement>("file").click());
    $<HTMLInputElement>("file").addEventListener("change", () => this.fileChosen());
    $("generate").addEventListener("click", () => this.generate());
    $("replace").addEventListener("click", () => this.generate("replace"));
    $("beside").addEventListener("click", () => this.generate("beside"));
    $("cancel").addEventListener("click", () => ($("conflict").hidden = true));
    $("validate").addEventListener("click", () => this.validate());
    $("clear").addEventListener("click", () => this.clear());
    if (!this.features.changeEvents) $("auto").hidden = true;
  }

  private fileChosen(): void {
    const file = $<HTMLInputElement>("file").files?.[0];
    $("file-name").textContent = file?.name ?? this.t.noFile;
    if (file) ($("source") as HTMLElement & { value: string }).value = "file";
  }

  private async loadModel(): Promise<LoadResult> {
    const source = ($("source") as HTMLElement & { value: string }).value as ModelSource;
    if (source === "file") return fileModel($<HTMLInputElement>("file").files?.[0], this.t.pickFile);
    if (source === "mingxi") return Excel.run((context) => mingxiModel(context, this.features, this.t.noMingxi));
    return exampleModel();
  }

  private generate(existing?: ExistingSheetChoice): Promise<void> {
    $("conflict").hidden = true;
    return this.task(async () => {
      const loaded = await this.loadModel();
      if (!loaded.ok) throw new UserError(`${this.t.badModel(loaded.problems.length)}\n${loaded.problems.slice(0, 20).map(formatProblem).join("\n")}`);
      try {
        const result = await generateTables(loaded.model, this.features, existing, (l, f) => this.progress(l, f), this.t);
        this.say(this.t.generated(result.sheetNames.length, result.sheetNames.join("、")));
      } catch (e) {
        if (!(e instanceof SheetsExistError)) throw e;
        $("conflict-text").textContent = this.t.exists(e.names.join("、"));
        $("conflict").hidden = false;
      }
    });
  }

  private validate(): Promise<void> {
    return this.task(async () => {
      const result = await validateWorkbook(this.features, this.lang, (l, f) => this.progress(l, f), this.t);
      const { errors, warnings, infos } = result.summary;
      $("counts").textContent = this.t.counts(errors, warnings, infos);
      $("counts").hidden = false;
      renderFindings($("findings"), result.findings, this.t, this.lang, (f) => this.select(f));
      this.say(this.t.validated(result.findings.length));
      if (this.features.changeEvents) await watchTableSheets(this.watched, [...result.views.values()].map((v) => v.sheet), () => this.edited());
    });
  }

  private clear(): Promise<void> {
    return this.task(async () => {
      await clearAllFlags(this.features);
      $("findings").replaceChildren();
      $("counts").hidden = true;
      this.say(this.t.cleared);
    });
  }

  private select(f: Finding): void {
    selectCell(f.sheet, f.cell).catch((e) => this.fail(e));
  }

  /** A table sheet changed: re-validate once the user pauses, unless we are the ones writing. */
  private edited(): void {
    if (this.busy || !($("auto") as HTMLElement & { checked: boolean }).checked) return;
    clearTimeout(this.pendingRevalidate);
    this.pendingRevalidate = setTimeout(() => void this.validate(), REVALIDATE_DELAY_MS);
  }

  private async task(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    $("message").hidden = true;
    document.querySelectorAll<HTMLButtonElement>("fluent-button").forEach((b) => (b.disabled = true));
    try {
      await work();
    } catch (e) {
      this.fail(e);
    } finally {
      $("progress-box").hidden = true;
      document.querySelectorAll<HTMLButtonElement>("fluent-button").forEach((b) => (b.disabled = false));
      this.busy = false;
    }
  }

  private progress(label: string, fraction: number): void {
    $("progress-box").hidden = false;
    $("progress-label").textContent = label;
    $("progress").setAttribute("value", String(Math.round(fraction * 100)));
  }

  private say(text: string, error = false): void {
    const box = $("message");
    box.textContent = text;
    box.className = error ? "message error" : "message";
    box.hidden = false;
  }

  private fail(e: unknown): void {
    if (e instanceof UserError) return this.say(e.message, true);
    const code = (e as { code?: string }).code;
    const text = code === "RequestPayloadSizeLimitExceeded" ? this.t.tooBig : code === "ApiNotFound" ? this.t.unsupported : `${this.t.failed}${(e as Error).message}\n${this.t.retry}`;
    console.error(e);
    this.say(text, true);
  }
}

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) return;
  const { t, lang } = stringsFor(Office.context.displayLanguage);
  new TaskPane(t, lang, detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version))).start();
});
