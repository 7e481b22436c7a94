/** Workbook, worksheets, notes and comments of the test host. */
import { FakeClientObject, FakeContext, FakeOfficeError } from "./context";
import { FakeRange, fixedTarget, RangeTarget } from "./range";
import { Bounds, boundsAddress, NameState, newSheet, parseBounds, qualified, SheetState, splitAddress } from "./state";

export class FakeWorksheet extends FakeClientObject {
  private bound?: SheetState;
  readonly freezePanes: { freezeRows: (count: number) => void };
  readonly notes: FakeNoteCollection;
  readonly names: FakeNamedItemCollection;
  readonly onChanged: { add: (handler: (args: unknown) => Promise<unknown> | void) => void };

  constructor(ctx: FakeContext, private readonly find: () => SheetState | undefined) {
    super(ctx);
    this.freezePanes = {
      freezeRows: (count: number) => {
        ctx.requires(7, "freezePanes");
        this.call("freezeRows", [count], () => (this.sheet().frozenRows = count));
      },
    };
    this.notes = new FakeNoteCollection(ctx, () => this.sheet());
    this.names = new FakeNamedItemCollection(ctx, () => this.sheet());
    this.onChanged = {
      add: (handler) => {
        ctx.requires(7, "Worksheet.onChanged");
        this.call("onChanged.add", [], () => this.sheet().changeHandlers.push(handler));
      },
    };
  }

  /** The sheet this proxy stands for, found on first use and kept (a rename does not lose it). */
  sheet(): SheetState {
    this.bound ??= this.find();
    if (!this.bound || !this.ctx.book.sheets.includes(this.bound)) throw new FakeOfficeError("ItemNotFound", "The requested worksheet doesn't exist.");
    return this.bound;
  }

  isNull(): boolean {
    this.bound ??= this.find();
    return !this.bound || !this.ctx.book.sheets.includes(this.bound);
  }

  protected readers(): Record<string, () => unknown> {
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      visibility: () => this.sheet().visibility,
      position: () => this.ctx.book.sheets.indexOf(this.sheet()),
      isNullObject: () => this.isNull(),
    };
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(v: string) {
    this.set("name", v, () => {
      if (this.ctx.book.sheets.some((s) => s !== this.sheet() && s.name === v)) throw new FakeOfficeError("InvalidArgument", `sheet name ${v} is taken`);
      this.sheet().name = v;
    });
  }
  get visibility(): string {
    return this.loaded("visibility");
  }
  get position(): number {
    return this.loaded("position");
  }
  /** Moves the sheet to this zero-based place among the workbook's sheets. */
  set position(v: number) {
    this.set("position", v, () => {
      const book = this.ctx.book;
      const sheet = this.sheet();
      if (!Number.isInteger(v) || v < 0 || v >= book.sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${v} is out of range`);
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      book.sheets.splice(v, 0, sheet);
    });
  }
  set visibility(v: string) {
    this.ctx.requires(2, "Worksheet.visibility (set)");
    this.set("visibility", v, () => (this.sheet().visibility = v as SheetState["visibility"]));
  }

  get pageLayout(): FakePageLayout {
    this.ctx.requires(9, "Worksheet.pageLayout");
    return new FakePageLayout(this.ctx, () => this.sheet());
  }

  getRange(address = "A1:XFD1048576"): FakeRange {
    return new FakeRange(this.ctx, fixedTarget(() => this.sheet(), address));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.requires(4, "getUsedRangeOrNullObject");
    const target: RangeTarget = { sheet: () => this.sheet(), bounds: () => usedBounds(this.sheet(), valuesOnly) };
    return new FakeRange(this.ctx, target);
  }

  /** Fills properties as a collection load does for its items. */
  fillLoaded(props: string[]): void {
    const readers = this.readers();
    for (const p of props) this.setLoaded(p, readers[p]());
  }

  activate(): void {
    this.call("activate", [], () => (this.ctx.book.activeSheetId = this.sheet().id));
  }

  delete(): void {
    this.call("delete", [], () => {
      const book = this.ctx.book;
      const sheet = this.sheet();
      if (book.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      const at = book.sheets.indexOf(sheet);
      book.sheets.splice(at, 1);
      // Excel shows a neighbour when the active sheet goes.
      if (book.activeSheetId === sheet.id) book.activeSheetId = (book.sheets.slice(at).find((s) => s.visibility === "Visible") ?? book.sheets.filter((s) => s.visibility === "Visible").pop())?.id;
      if (book.selection?.sheet === sheet.name) book.selection = undefined;
      book.comments = book.comments.filter((c) => c.sheetId !== sheet.id);
    });
  }
}

function usedBounds(sheet: SheetState, valuesOnly: boolean): Bounds | null {
  let b: Bounds | null = null;
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const has = cell.value !== undefined && cell.value !== "" ? true : cell.formula !== undefined || (!valuesOnly && Object.keys(cell).length > 0);
      if (!has) return;
      b = b ? { top: Math.min(b.top, r), left: Math.min(b.left, c), bottom: Math.max(b.bottom, r), right: Math.max(b.right, c) } : { top: r, left: c, bottom: r, right: c };
    }),
  );
  return b;
}

class FakePageLayout extends FakeClientObject {
  readonly headersFooters: { defaultForAllPages: Record<string, string> };

  constructor(ctx: FakeContext, private readonly sheet: () => SheetState) {
    super(ctx);
    const footers = {};
    for (const key of ["centerFooter", "leftFooter", "rightFooter", "centerHeader"]) {
      Object.defineProperty(footers, key, { set: (v: string) => this.set(key, v, () => (this.sheet().pageLayout[key] = v)) });
    }
    this.headersFooters = { defaultForAllPages: footers };
    for (const key of ["orientation", "paperSize", "centerHorizontally", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"]) {
      Object.defineProperty(this, key, { set: (v: unknown) => this.set(key, v, () => (this.sheet().pageLayout[key] = v)) });
    }
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], () => (this.sheet().pageLayout.printTitleRows = rows));
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  private itemProxies: FakeWorksheet[] | undefined;

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  /** Supports load("items/name") and similar: every sheet as a proxy with those properties. */
  override load(props?: string | string[]): this {
    const wanted = (Array.isArray(props) ? props : (props ?? "items/name").split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.queue({ load: this.objectId, props: wanted }, () => {
      this.itemProxies = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fillLoaded(wanted);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available; load it and sync first.");
    return this.itemProxies;
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.find((s) => s.name === name));
    this.call("getItem", [name], () => ws.sheet());
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.requires(4, "getItemOrNullObject");
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets.find((s) => s.name === name));
  }

  add(name: string): FakeWorksheet {
    let created: SheetState | undefined;
    const ws = new FakeWorksheet(this.ctx, () => created);
    this.call("add", [name], () => {
      if (this.ctx.book.sheets.some((s) => s.name === name)) throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
      created = newSheet(this.ctx.book, name);
    });
    return ws;
  }
}

/** Resolves a note or comment target: a range proxy, or an address with its sheet. */
function cellOf(ctx: FakeContext, target: FakeRange | string, defaultSheet?: () => SheetState): { sheet: SheetState; address: string } {
  if (target instanceof FakeRange) {
    const b = target.at();
    if (b.top !== b.bottom || b.left !== b.right) throw new FakeOfficeError("InvalidArgument", "a note or comment needs a single cell");
    return { sheet: target.target.sheet(), address: boundsAddress(b) };
  }
  const { sheet, local } = splitAddress(target);
  const found = sheet ? ctx.book.sheets.find((s) => s.name === sheet) : defaultSheet?.();
  if (!found) throw new FakeOfficeError("ItemNotFound", `no sheet for ${target}`);
  return { sheet: found, address: boundsAddress(parseBounds(local)) };
}

export class FakeNote extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly where: () => { sheet: SheetState; address: string } | null) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.where() === null,
      content: () => {
        const w = this.where();
        return w ? w.sheet.notes.get(w.address) : undefined;
      },
    };
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  get content(): string {
    return this.loaded("content");
  }
  delete(): void {
    this.call("note.delete", [], () => {
      const w = this.where();
      if (!w) throw new FakeOfficeError("ItemNotFound", "no note");
      w.sheet.notes.delete(w.address);
    });
  }
}

export class FakeNoteCollection extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly sheet?: () => SheetState) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  add(target: FakeRange | string, content: string): FakeNote {
    this.ctx.requires(18, "NoteCollection.add");
    let where: { sheet: SheetState; address: string } | null = null;
    this.call("notes.add", [typeof target === "string" ? target : "range", content], () => {
      where = cellOf(this.ctx, target, this.sheet);
      if (where.sheet.notes.has(where.address)) throw new FakeOfficeError("InvalidArgument", `cell ${where.address} already has a note`);
      where.sheet.notes.set(where.address, content);
    });
    return new FakeNote(this.ctx, () => where);
  }
  getItemOrNullObject(address: string): FakeNote {
    this.ctx.requires(18, "NoteCollection.getItemOrNullObject");
    return new FakeNote(this.ctx, () => {
      const w = cellOf(this.ctx, address, this.sheet);
      return w.sheet.notes.has(w.address) ? w : null;
    });
  }
}

export class FakeComment extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly commentId: () => string | undefined) {
    super(ctx);
  }
  private state() {
    const id = this.commentId();
    return this.ctx.book.comments.find((c) => c.id === id);
  }
  protected readers(): Record<string, () => unknown> {
    return { id: () => this.commentId(), content: () => this.state()?.content, isNullObject: () => !this.state() };
  }
  get id(): string {
    return this.loaded("id");
  }
  get content(): string {
    return this.loaded("content");
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, {
      sheet: () => this.ctx.book.sheets.find((s) => s.id === this.state()!.sheetId)!,
      bounds: () => parseBounds(this.state()!.address),
    });
  }
  delete(): void {
    this.call("comment.delete", [], () => {
      const st = this.state();
      if (!st) throw new FakeOfficeError("ItemNotFound", "no comment");
      this.ctx.book.comments.splice(this.ctx.book.comments.indexOf(st), 1);
    });
  }
}

export class FakeCommentCollection extends FakeClientObject {
  private itemProxies?: FakeComment[];
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  override load(): this {
    this.ctx.queue({ load: this.objectId, props: ["items"] }, () => {
      this.itemProxies = this.ctx.book.comments.map((c) => {
        const proxy = new FakeComment(this.ctx, () => c.id);
        proxy.load();
        return proxy;
      });
    });
    return this;
  }
  get items(): FakeComment[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available; load it and sync first.");
    return this.itemProxies;
  }
  add(target: FakeRange | string, content: string): FakeComment {
    this.ctx.requires(10, "CommentCollection.add");
    let id: string | undefined;
    this.call("comments.add", [typeof target === "string" ? target : "range", content], () => {
      const where = cellOf(this.ctx, target);
      if (this.ctx.book.comments.some((c) => c.sheetId === where.sheet.id && c.address === where.address)) {
        throw new FakeOfficeError("InvalidOperation", `cell ${where.address} already has a comment`);
      }
      id = `comment-${this.ctx.book.nextId++}`;
      this.ctx.book.comments.push({ id, sheetId: where.sheet.id, address: where.address, content });
    });
    return new FakeComment(this.ctx, () => id);
  }
  getItem(id: string): FakeComment {
    return new FakeComment(this.ctx, () => id);
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  private readonly noteCollection: FakeNoteCollection;
  private readonly commentCollection: FakeCommentCollection;

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.noteCollection = new FakeNoteCollection(ctx);
    this.commentCollection = new FakeCommentCollection(ctx);
  }
  get notes(): FakeNoteCollection {
    this.ctx.requires(18, "Workbook.notes");
    return this.noteCollection;
  }
  get comments(): FakeCommentCollection {
    this.ctx.requires(10, "Workbook.comments");
    return this.commentCollection;
  }
}


/** A name scoped to a worksheet (ExcelApi 1.4): it follows its cells as rows and columns come and go. */
export class FakeNamedItem extends FakeClientObject {
  constructor(ctx: FakeContext, private readonly sheet: () => SheetState, private readonly itemName: string) {
    super(ctx);
  }
  private state(): NameState {
    const state = this.sheet().names.get(this.itemName);
    if (!state) throw new FakeOfficeError("ItemNotFound", `no name ${this.itemName}`);
    return state;
  }
  protected readers(): Record<string, () => unknown> {
    return {
      name: () => this.itemName,
      type: () => (this.state().bounds ? "Range" : "Error"),
      value: () => (this.state().bounds ? qualified(this.sheet().name, this.state().bounds!) : "#REF!"),
      visible: () => this.state().visible,
      comment: () => this.state().comment,
    };
  }
  get name(): string {
    return this.loaded("name");
  }
  get type(): string {
    return this.loaded("type");
  }
  get value(): string {
    return this.loaded("value");
  }
  set visible(v: boolean) {
    this.set("name.visible", v, () => (this.state().visible = v));
  }
  /** Fills properties as a collection load does for its items. */
  fillLoaded(props: string[]): void {
    const readers = this.readers();
    for (const p of props) this.setLoaded(p, readers[p]());
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, {
      sheet: this.sheet,
      bounds: () => {
        const b = this.state().bounds;
        if (!b) throw new FakeOfficeError("InvalidOperation", `the name ${this.itemName} does not refer to a range`);
        return b;
      },
    });
  }
  delete(): void {
    this.call("name.delete", [], () => {
      this.state();
      this.sheet().names.delete(this.itemName);
    });
  }
}

export class FakeNamedItemCollection extends FakeClientObject {
  private itemProxies?: FakeNamedItem[];
  constructor(ctx: FakeContext, private readonly sheet: () => SheetState) {
    super(ctx);
  }
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  override load(props?: string | string[]): this {
    const wanted = (Array.isArray(props) ? props : (props ?? "items/name").split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.ctx.queue({ load: this.objectId, props: wanted }, () => {
      this.itemProxies = [...this.sheet().names.keys()].map((n) => {
        const item = new FakeNamedItem(this.ctx, this.sheet, n);
        item.fillLoaded(wanted);
        return item;
      });
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    if (!this.itemProxies) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available; load it and sync first.");
    return this.itemProxies;
  }
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    this.ctx.requires(4, "NamedItemCollection.add");
    this.call("names.add", [name, typeof reference === "string" ? reference : "range", comment], () => {
      if (!/^[A-Za-z_\\][\w.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new FakeOfficeError("InvalidArgument", `${name} is not a valid name`);
      const sheet = this.sheet();
      if (sheet.names.has(name)) throw new FakeOfficeError("ItemAlreadyExists", `the name ${name} exists`);
      const bounds = typeof reference === "string" ? parseBounds(splitAddress(reference).local) : reference.at();
      sheet.names.set(name, { bounds: { ...bounds }, comment, visible: true });
    });
    return new FakeNamedItem(this.ctx, this.sheet, name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, this.sheet, name);
  }
}
