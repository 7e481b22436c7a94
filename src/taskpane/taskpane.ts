/**
 * The task pane: model → 生成表格 (from the 明细 sheet: unusable rows flagged); 插入空白模板;
 * 校验当前工作簿 → findings, flags, report; clear flags; 核对说明 (the 说明 sheets with the tables) and
 * 起草说明 (a new sheet); downloads of the model and the findings;
 * the workbook's tables as table-level data and compared with last year's (tableActions.ts);
 * a published PDF's tables written into sheets (pdfImport.ts);
 * the template pack all of these follow (built in, or imported and checked).
 */
import { fluentButton, fluentCheckbox, fluentProgress, fluentRadio, fluentRadioGroup, provideFluentDesignSystem } from "@fluentui/web-components";
import { detectFeatures, OfficeFeatures } from "../hosts/office/features";
import { ExistingSheetChoice, SheetsExistError } from "../hosts/office/writeGrids";
import { MINGXI_SHEET, MingxiRead } from "../model/mingxi";
import { formatProblem } from "../model/types";
import type { FindingsForm } from "./dataActions";
import { canDownload, download, OutFile } from "./download";
import type { Finding } from "../validation/findings";
import type { ValidationResult } from "../validation/validate";
import { renderFindings } from "./findingsList";
import { NO_OFFICE, stringsFor, Strings } from "./i18n";
import { exampleModel, fileModel, mingxiModel, ModelSource, UserError } from "./modelSource";
import { IMPORTED, PackChoice } from "./packPanel";
import { importPdfTables } from "./pdfImport";
import { comparisonDownload, openWorkbookTables, packOfTables, pickedTables, readingErrorLines, tablesFile, tablesSummary, writeComparisonSheet } from "./tableActions";
import { Comparison, compareYears } from "../io/comparisonTable";
import type { ComparisonForm } from "../io/comparisonFile";
import css from "./taskpane.css";
import { Check, clearAllFlags, generateTables, readWorkbookSheets, selectCell, showSheet, validateWorkbook, watchTableSheets, writeDraftSheet } from "./workbook";
import { validateSheets } from "../validation/validate";
import type { NarrativeSummary } from "../narrative/checkNarrative";
import { Cancelled, Work } from "./work";
import { writeReport } from "../hosts/office/reportSheet";

/** The 说明 check and draft, loaded when their buttons are first used: the start-up script stays small. */
const narrativeModule = () => import("../narrative/workbookNarrative");
/** Templates, the 明细 sheet, model and findings files: loaded when first used. */
const dataActions = () => import("./dataActions");

/** Edits within this many milliseconds of each other re-validate once. */
const REVALIDATE_DELAY_MS = 1500;

provideFluentDesignSystem().register(fluentButton(), fluentCheckbox(), fluentProgress(), fluentRadio(), fluentRadioGroup());

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** What a conflict's 替换 / 另存为新表 buttons continue. */
type Pending = (existing: ExistingSheetChoice) => Promise<void>;

class TaskPane {
  private busy = false;
  private work?: Work;
  private reportSheet?: string;
  private returnFocus?: HTMLElement | null;
  private pendingRevalidate?: ReturnType<typeof setTimeout>;
  private readonly watched = new Set<string>();
  private pending?: Pending;
  private lastValidation?: ValidationResult;
  private lastComparison?: Comparison;
  private readonly packs = new PackChoice();

  constructor(
    private readonly t: Strings,
    private readonly lang: "zh" | "en",
    private readonly features: OfficeFeatures,
    private readonly platform: string | undefined,
  ) {}

  start(): void {
    document.documentElement.lang = this.lang === "zh" ? "zh-CN" : "en-US";
    document.querySelectorAll<HTMLElement>("[data-t]").forEach((el) => (el.textContent = this.t[el.dataset.t as keyof Strings] as string));
    $("choose-file").addEventListener("click", () => $<HTMLInputElement>("file").click());
    $<HTMLInputElement>("file").addEventListener("change", () => this.fileChosen());
    $("generate").addEventListener("click", () => this.generate());
    $("template").addEventListener("click", () => this.insertTemplate());
    $("replace").addEventListener("click", () => this.resume("replace"));
    $("beside").addEventListener("click", () => this.resume("beside"));
    $("export-model").addEventListener("click", () => this.exportModel());
    for (const form of ["xlsx", "csv", "json"] as const) $(`export-${form}`).addEventListener("click", () => this.exportFindings(form));
    $("cancel").addEventListener("click", () => {
      this.closeConflict();
      this.pending = undefined;
    });
    $("validate").addEventListener("click", () => this.validate());
    $("check-narrative").addEventListener("click", () => this.checkNarrative());
    $("draft-narrative").addEventListener("click", () => this.draftNarrative());
    $("stop").addEventListener("click", () => this.work?.cancel());
    $("show-report").addEventListener("click", () => this.reportSheet && showSheet(this.reportSheet).catch((e) => this.fail(e)));
    $("clear").addEventListener("click", () => this.clear());
    $("pack").addEventListener("change", () => this.packChosen());
    $("import-pack").addEventListener("click", () => $<HTMLInputElement>("pack-file").click());
    $<HTMLInputElement>("pack-file").addEventListener("change", () => this.importPack());
    $("export-pack").addEventListener("click", () => this.exportPack());
    $("export-tables").addEventListener("click", () => this.exportTables());
    $("compare").addEventListener("click", () => $<HTMLInputElement>("previous-file").click());
    $<HTMLInputElement>("previous-file").addEventListener("change", () => this.compare());
    $("import-pdf").addEventListener("click", () => $<HTMLInputElement>("pdf-file").click());
    $<HTMLInputElement>("pdf-file").addEventListener("change", () => this.importPdf());
    for (const form of ["csv", "json"] as const) $(`compare-${form}`).addEventListener("click", () => this.exportComparison(form));
    // Where downloads do not work the comparison goes into a sheet, so only its .xlsx form is offered.
    $("comparison-forms").hidden = !canDownload(this.platform);
    this.showPack();
    if (!this.features.changeEvents) $("auto").hidden = true;
  }

  private fileChosen(): void {
    const file = $<HTMLInputElement>("file").files?.[0];
    $("file-name").textContent = file?.name ?? this.t.noFile;
    if (file) ($("source") as HTMLElement & { value: string }).value = "file";
  }

  /** The chosen model; from the 明细 sheet, rows that cannot be used are flagged there and left out. */
  private async loadModel(): Promise<MingxiRead> {
    const source = ($("source") as HTMLElement & { value: string }).value as ModelSource;
    const loaded = source === "file" ? await fileModel($<HTMLInputElement>("file").files?.[0], this.t.pickFile) : source === "mingxi" ? await Excel.run((context) => mingxiModel(context, this.features, this.t.noMingxi)) : await exampleModel(this.packs.current);
    if (!loaded.ok) {
      if (source === "mingxi") await (await dataActions()).flagProblems(loaded.problems, this.features, this.lang);
      throw new UserError(`${this.t.badModel(loaded.problems.length)}\n${loaded.problems.slice(0, 20).map((p) => formatProblem(p, this.lang)).join("\n")}`);
    }
    return "badRows" in loaded ? (loaded as MingxiRead) : { ok: true, model: loaded.model, badRows: [] };
  }

  private generate(existing?: ExistingSheetChoice): Promise<void> {
    return this.task(async () => {
      const loaded = await this.loadModel();
      if (!loaded.ok) return;
      const flagged = loaded.badRows.length > 0 ? await (await dataActions()).flagProblems(loaded.badRows, this.features, this.lang) : 0;
      const result = await this.writing((choice) => this.generate(choice), existing, () => generateTables(loaded.model, this.packs.current, this.features, existing, this.work!, this.t));
      if (!result) return;
      await this.watch(result.sheetNames);
      const generated = this.t.generated(result.sheetNames.length, result.sheetNames.join("、"));
      this.say(flagged ? `${generated}\n${this.t.badRows(loaded.badRows.length, MINGXI_SHEET)}` : generated, flagged > 0);
    });
  }

  private insertTemplate(existing?: ExistingSheetChoice): Promise<void> {
    return this.task(async () => {
      const result = await this.writing((choice) => this.insertTemplate(choice), existing, async () => (await dataActions()).insertTemplate(this.packs.current, this.features, existing, (l, f) => this.work!.report(l, f), this.t.writing));
      if (result) this.say(`${this.t.templateInserted(result.sheetNames.join("、"))}${result.validated ? "" : `\n${this.t.noValidation}`}`);
    });
  }

  /** Runs a write; when sheets exist, asks replace or beside and returns nothing until the user chooses. */
  private async writing<T>(again: Pending, existing: ExistingSheetChoice | undefined, write: () => Promise<T>): Promise<T | undefined> {
    try {
      return await write();
    } catch (e) {
      if (!(e instanceof SheetsExistError) || existing) throw e;
      this.pending = again;
      $("conflict-text").textContent = this.t.exists(e.names.join("、"));
      $("conflict").hidden = false;
      return undefined;
    }
  }

  private closeConflict(): void {
    $("conflict").hidden = true;
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  private resume(choice: ExistingSheetChoice): void {
    this.closeConflict();
    const again = this.pending;
    this.pending = undefined;
    void again?.(choice);
  }

  /** The model as JSON; where downloads do not work, as a 明细 sheet written beside any existing one. */
  private exportModel(): Promise<void> {
    return this.task(async () => {
      const loaded = await this.loadModel();
      if (!loaded.ok) return;
      const { modelFile, writeModelSheet } = await dataActions();
      await this.deliver(modelFile(loaded.model), async () => (await writeModelSheet(loaded.model, this.features)).sheetNames[0]);
    });
  }

  /** The last validation's findings; where downloads do not work, the 校验报告 sheet. */
  private exportFindings(form: FindingsForm): Promise<void> {
    return this.task(async () => {
      const result = this.lastValidation;
      if (!result) throw new UserError(this.t.validateFirst);
      const rows = result.findings.map((f) => ({ ...f, message: f.message[this.lang] }));
      const summary = this.t.counts(result.summary.errors, result.summary.warnings, result.summary.infos);
      await this.deliver(await (await dataActions()).findingsFile(result, form, this.t.thisWorkbook), () => Excel.run((context) => writeReport(context, rows, summary, this.features, true)));
    });
  }

  /** Excel for Mac and iPad ignore download links (see download.ts), so there the fallback writes a sheet. */
  private async deliver(file: OutFile, intoSheet: () => Promise<string>, before = ""): Promise<void> {
    if (canDownload(this.platform)) {
      download(file);
      this.say(`${before}${this.t.downloaded(file.name)}`);
    } else this.say(`${before}${this.t.wroteInstead(await intoSheet())}`);
  }

  /** The open workbook's tables as the JSON `budget-tables import` writes, and what they cannot give back. */
  private exportTables(): Promise<void> {
    return this.task(async () => {
      // Unlike the findings, the tables are in the workbook already: without downloads there is nothing to write.
      if (!canDownload(this.platform)) throw new UserError(this.t.noTablesDownload);
      await this.work!.step(this.t.reading, 0.1);
      const read = await openWorkbookTables(this.packs.forValidation, this.features, this.t, this.lang);
      const file = tablesFile(read.model);
      download(file);
      this.say(`${this.t.downloaded(file.name)}\n${tablesSummary(read, this.t, this.lang)}`);
    });
  }

  /** This workbook (this year) against the picked file (last year), read by the same pack: the 说明 sentences in the pane, the table as .xlsx. */
  private compare(): Promise<void> {
    return this.task(async () => {
      const input = $<HTMLInputElement>("previous-file");
      const file = input.files?.[0];
      input.value = "";
      await this.work!.step(this.t.reading, 0.1);
      const current = await openWorkbookTables(this.packs.forValidation, this.features, this.t, this.lang);
      const previous = await pickedTables(file, packOfTables(current, this.packs.forValidation), this.t, this.lang);
      const comparison = compareYears(current.model, previous.model, { current: this.t.thisWorkbook, previous: file!.name });
      this.lastComparison = comparison;
      this.showStatements(comparison);
      const problems = readingErrorLines([...current.readingErrors, ...previous.readingErrors], this.t);
      const said = [this.t.compared(comparison.figures.length, file!.name), ...problems, ""].join("\n");
      await this.deliver(await comparisonDownload(comparison, "xlsx"), () => writeComparisonSheet(comparison, this.features), said);
    });
  }

  /** A published PDF's tables into new sheets, laid out as printed; the user's sheets and active sheet stay as they were. */
  private importPdf(): Promise<void> {
    return this.task(async () => {
      const input = $<HTMLInputElement>("pdf-file");
      const file = input.files?.[0];
      input.value = "";
      const imported = await importPdfTables(file, this.packs.forValidation, this.features, this.work!, this.t, this.lang);
      this.say(this.t.pdfImported(imported.sheetNames.length, imported.figures, imported.sheetNames.join("、")));
    });
  }

  private showStatements(comparison: Comparison): void {
    const texts = comparison.statements.length > 0 ? comparison.statements.map((s) => s.text) : [this.t.noStatements];
    $("statements").replaceChildren(...texts.map((text) => Object.assign(document.createElement("li"), { textContent: text })));
    $("comparison").hidden = false;
  }

  private exportComparison(form: ComparisonForm): Promise<void> {
    return this.task(async () => {
      if (!this.lastComparison) throw new UserError(this.t.compareFirst);
      const file = await comparisonDownload(this.lastComparison, form);
      download(file);
      this.say(this.t.downloaded(file.name));
    });
  }

  /** The tables; with `check` and `also`, the 说明 with them, and what to say of it. */
  private validate(check: Check = validateSheets, also: () => string[] = () => []): Promise<void> {
    return this.task(async () => {
      const paintInfo = ($("paint-info") as HTMLElement & { checked: boolean }).checked;
      const { result, painted, reportSheet } = await validateWorkbook(this.packs.forValidation, this.features, this.lang, this.work!, this.t, paintInfo, check);
      this.lastValidation = result;
      this.reportSheet = reportSheet;
      const { errors, warnings, infos } = result.summary;
      $("counts").textContent = this.t.counts(errors, warnings, infos);
      $("counts").hidden = false;
      $("show-report").hidden = false;
      renderFindings($("findings"), result.findings, this.t, this.lang, (f) => this.select(f));
      const validated = this.t.validated(result.findings.length, painted);
      const layout = result.summary.pack;
      const unrecognised = result.findings.some((f) => f.rule === "layout.unrecognised");
      const other = layout.detected && !unrecognised && layout.id !== this.packs.current.id;
      const said = [validated, ...also(), this.t.layout(layout.name, layout.score), ...(other ? [this.t.otherPackFits(layout.name)] : []), ...(unrecognised ? [this.t.noLayout] : [])];
      this.say(said.join("\n"), other || unrecognised);
      await this.watch([...result.views.values()].map((v) => v.sheet));
    });
  }

  /** 核对说明: the workbook's 说明 sheets against its tables; their findings are listed, flagged and reported with the tables'. */
  private async checkNarrative(): Promise<void> {
    const { validateWithNarrative } = await narrativeModule();
    let checked: NarrativeSummary | undefined;
    const check: Check = (sheets, options) => {
      const r = validateWithNarrative(sheets, options);
      if (!r.ok) throw new UserError(r.reason === "noNarrative" ? this.t.noNarrative : this.t.noNarrativeTables);
      checked = r.narrative;
      return r.result;
    };
    return this.validate(check, () => (checked ? [this.t.narrativeChecked(checked.checked, checked.notChecked)] : []));
  }

  /** 起草说明: the 说明 drafted from the tables into a new sheet; no sheet the workbook has is touched. */
  private draftNarrative(): Promise<void> {
    return this.task(async () => {
      await this.work!.step(this.t.reading, 0.1);
      const sheets = await readWorkbookSheets(this.features);
      const { draftSheetGrid } = await narrativeModule();
      const drafted = draftSheetGrid(sheets, this.packs.forValidation ? { pack: this.packs.forValidation } : {});
      if (!drafted.ok) throw new UserError(this.t.noNarrativeTables);
      await this.work!.step(this.t.writing, 0.5);
      this.work!.wrote = true;
      this.say(this.t.drafted(await writeDraftSheet(drafted.grid, this.features)));
    });
  }

  /** Watches these sheets for edits, where Excel can tell (ExcelApi 1.7). */
  private async watch(sheetNames: readonly string[]): Promise<void> {
    if (this.features.changeEvents) await watchTableSheets(this.watched, sheetNames, () => this.edited());
  }

  private packChosen(): void {
    this.packs.choose(($("pack") as HTMLElement & { value: string }).value);
    this.showPack();
  }

  /** The chosen pack's name, and the bundled example that fits its layout (once loaded, unless another pack was chosen meanwhile). */
  private showPack(): void {
    const pack = this.packs.current;
    $("pack-in-use").textContent = this.t.packInUse(pack.name, pack.version);
    void exampleModel(pack).then((example) => {
      if (example.ok && this.packs.current === pack) $("source-example").textContent = this.t.sourceExample(example.model.department, example.model.fiscalYear);
    });
  }

  private importPack(): Promise<void> {
    return this.task(async () => {
      const input = $<HTMLInputElement>("pack-file");
      const file = input.files?.[0];
      input.value = "";
      await this.packs.importFile(file, this.t.pickPack, this.t.packRefused, this.lang);
      $("pack-imported").hidden = false;
      ($("pack") as HTMLElement & { value: string }).value = IMPORTED;
      this.showPack();
      this.say(this.t.packInUse(this.packs.current.name, this.packs.current.version));
    });
  }

  private exportPack(): Promise<void> {
    return this.task(async () => {
      if (!canDownload(this.platform)) throw new UserError(this.t.noPackDownload);
      const file = this.packs.exportFile();
      download(file);
      this.say(this.t.downloaded(file.name));
    });
  }

  private clear(): Promise<void> {
    return this.task(async () => {
      await clearAllFlags(this.features);
      $("findings").replaceChildren();
      $("counts").hidden = true;
      $("show-report").hidden = true;
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

  /** Runs one action at a time; while it runs, the status area shows its stage and offers 取消. */
  private async task(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const opener = document.activeElement as HTMLElement | null;
    // While work runs the status area shows its progress; the result replaces it at the end.
    $("message").hidden = true;
    this.work = new Work((label, fraction) => this.progress(label, fraction));
    document.querySelectorAll<HTMLButtonElement>("fluent-button:not(#stop)").forEach((b) => (b.disabled = true));
    try {
      await action();
    } catch (e) {
      this.fail(e);
    } finally {
      $("progress-box").hidden = true;
      document.querySelectorAll<HTMLButtonElement>("fluent-button").forEach((b) => (b.disabled = false));
      this.work = undefined;
      this.busy = false;
      // Fluent buttons apply `disabled` on the next animation frame; focus can move after that.
      requestAnimationFrame(() => this.refocus(opener));
    }
  }

  /** Disabled buttons drop focus: it goes back to the button that started the work, or into the dialog it opened. */
  private refocus(opener: HTMLElement | null): void {
    if (!$("conflict").hidden) {
      this.returnFocus ??= opener;
      $("replace").focus();
    } else if (document.activeElement === document.body) opener?.focus();
  }

  private progress(label: string, fraction: number): void {
    const percent = String(Math.round(fraction * 100));
    $("progress-box").hidden = false;
    $("progress-label").textContent = label;
    $("progress-count").textContent = `${percent}%`;
    $("progress").setAttribute("value", percent);
  }

  private say(text: string, error = false): void {
    const box = $("message");
    box.textContent = text;
    box.className = error ? "message error" : "message";
    box.hidden = false;
  }

  private fail(e: unknown): void {
    if (e instanceof Cancelled) return this.say(e.wrote ? this.t.cancelledWriting : this.t.cancelled);
    if (e instanceof UserError) return this.say(e.message, true);
    const code = (e as { code?: string }).code;
    const text = code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded" ? this.t.tooBig : code === "ApiNotFound" ? this.t.unsupported : `${this.t.failed}${(e as Error).message}\n${this.t.retry}`;
    console.error(e);
    this.say(text, true);
  }
}

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

/** Without office.js (a blocked CDN) or outside Excel the pane says what happened and what to do, in both languages. */
function cannotStart(reason: "noOffice" | "notExcel"): void {
  const script = document.querySelector<HTMLScriptElement>("script[src*='office.js']")?.src ?? "office.js";
  const { lang } = stringsFor(navigator.language);
  const texts = [NO_OFFICE.zh[reason](script), NO_OFFICE.en[reason](script)];
  const box = $("no-office");
  box.textContent = (lang === "en" ? texts.reverse() : texts).join("\n\n");
  box.hidden = false;
  for (const part of ["header", "main", "footer"]) document.querySelector<HTMLElement>(part)!.hidden = true;
}

if (typeof Office === "undefined") cannotStart("noOffice");
else
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return cannotStart("notExcel");
    const { t, lang } = stringsFor(Office.context.displayLanguage);
    const features = detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
    new TaskPane(t, lang, features, String(Office.context.diagnostics?.platform ?? "")).start();
  });
