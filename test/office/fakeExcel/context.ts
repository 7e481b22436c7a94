/**
 * The request machinery of the test host, after Office.js: proxies queue actions; sync()
 * measures the request against the 5 MB limit, applies the actions in order and fills in what
 * was load()ed. Reading a property that was not loaded and synced throws PropertyNotLoaded.
 */
import type { WorkbookState } from "./state";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface Action {
  /** What Office.js would serialise for this action. */
  payload: unknown;
  run(): void;
}

export interface HostStats {
  syncs: number;
  maxPayloadBytes: number;
  totalPayloadBytes: number;
}

export interface HostConfig {
  /** Highest ExcelApi minor version supported, e.g. 18 for ExcelApi 1.18. */
  apiVersion: number;
}

function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export class FakeContext {
  private pending: Action[] = [];
  /** The size of what the current request's loads answer. */
  private responseBytes = 0;
  private nextObject = 1;
  /** Each proxy's kind by id: its object path in a request. */
  private readonly kinds = new Map<number, string>();

  constructor(readonly book: WorkbookState, readonly stats: HostStats, readonly config: HostConfig) {}

  objectId(kind = "Object"): number {
    const id = this.nextObject++;
    this.kinds.set(id, kind);
    return id;
  }

  /**
   * The request as Office.js serialises it: every action with its id, type and the object it
   * acts on, and the object paths of every object the actions name.
   */
  private request(actions: Action[]): unknown {
    const paths: Record<string, unknown> = {};
    const Actions = actions.map((a, i) => {
      const p = a.payload as { load?: number; set?: number; call?: number };
      const id = p.load ?? p.set ?? p.call ?? 0;
      paths[id] ??= { Id: id, ObjectPathType: 3, Name: this.kinds.get(id), ParentObjectPathId: 1, ArgumentInfo: {} };
      return { Id: i + 1, ActionType: p.load ? 2 : p.set ? 4 : 3, Name: "", ObjectPathId: id, ArgumentInfo: a.payload };
    });
    return { Actions, ObjectPaths: paths };
  }

  /** Counts a loaded value towards the answer's size. */
  answer(value: unknown): void {
    this.responseBytes += utf8Bytes(JSON.stringify(value) ?? "null");
  }

  queue(payload: unknown, run: () => void): void {
    this.pending.push({ payload, run });
  }

  requires(version: number, api: string): void {
    if (this.config.apiVersion < version) throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi 1.${version}`);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    this.stats.syncs++;
    const bytes = utf8Bytes(JSON.stringify(this.request(actions)));
    this.stats.maxPayloadBytes = Math.max(this.stats.maxPayloadBytes, bytes);
    this.stats.totalPayloadBytes += bytes;
    if (bytes > PAYLOAD_LIMIT) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    await Promise.resolve();
    this.responseBytes = 0;
    for (const action of actions) {
      try {
        action.run();
      } catch (e) {
        if (e instanceof FakeOfficeError) throw e;
        throw new FakeOfficeError("InvalidArgument", (e as Error).message);
      }
    }
    // Excel on the web refuses answers over the same 5 MB as requests.
    if (this.responseBytes > PAYLOAD_LIMIT) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
  }
}

/** Base of every proxy: load() queues a snapshot; getters read only what a sync filled in. */
export abstract class FakeClientObject {
  protected readonly objectId: number;
  private readonly loadedValues = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeContext) {
    this.objectId = ctx.objectId(this.constructor.name.replace(/^Fake/, ""));
  }

  get context(): FakeContext {
    return this.ctx;
  }

  /** Property name → how to read it from the state at sync time. */
  protected abstract readers(): Record<string, () => unknown>;

  load(props?: string | string[] | Record<string, unknown>): this {
    const names = normaliseLoad(props);
    const readers = this.readers();
    const wanted = names.length ? names : Object.keys(readers);
    this.ctx.queue({ load: this.objectId, props: wanted }, () => {
      for (const path of wanted) this.loadPath(path, readers);
    });
    return this;
  }

  /** "format/fill/color" loads into the child proxy; a plain name loads here. */
  private loadPath(path: string, readers: Record<string, () => unknown>): void {
    const [head, ...rest] = path.split("/");
    if (rest.length === 0) {
      const read = readers[head];
      if (!read) throw new FakeOfficeError("InvalidArgument", `cannot load ${head}`);
      const value = read();
      this.ctx.answer(value);
      this.loadedValues.set(head, value);
      return;
    }
    const child = (this as unknown as Record<string, unknown>)[head];
    if (!(child instanceof FakeClientObject)) throw new FakeOfficeError("InvalidArgument", `cannot load ${path}`);
    child.loadPath(rest.join("/"), child.readers());
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loadedValues.get(name) as T;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  protected set(name: string, value: unknown, apply: () => void): void {
    this.ctx.queue({ set: this.objectId, name, value }, apply);
  }

  protected call(name: string, args: unknown[], apply: () => void): void {
    this.ctx.queue({ call: this.objectId, name, args }, apply);
  }
}

function normaliseLoad(props?: string | string[] | Record<string, unknown>): string[] {
  if (!props) return [];
  if (typeof props === "string") return props.split(",").map((p) => p.trim()).filter(Boolean);
  if (Array.isArray(props)) return props;
  return Object.keys(props);
}
