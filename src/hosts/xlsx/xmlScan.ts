/**
 * A small XML tokenizer for the parts of an .xlsx, in place of a general parser: the parts are
 * machine-written, and a sheet of 100k rows is a million tags, where checking every name
 * character and building events (as saxes does) took most of reading's time. It finds tags with
 * indexOf, decodes the five predefined entities and character references, passes CDATA as
 * text, skips comments, processing instructions and a DOCTYPE (whose entities it does not
 * expand), and still refuses what is not well-formed: mismatched or unclosed elements, unknown
 * entities, text outside the root, a part that ends inside a tag. Work stays linear however the
 * text is split into chunks: an unfinished construct is scanned again only once the text kept
 * for it has doubled.
 */
export interface XmlHandlers {
  /** `attributes` is valid only during the call (it reads the tag where it stands). */
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Malformed XML; the reader names the part. */
export class XmlError extends Error {}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const AMPERSAND = 38;

export class XmlScanner {
  private pending = "";
  /** Rescan pending text only once it is at least this long (an unfinished construct waits for more). */
  private needed = 0;
  private readonly stack: string[] = [];
  /** The local names of the open elements, beside their names. */
  private readonly locals: string[] = [];
  /** Per first character (ASCII), the last tag name read and its local name: a sheet repeats a few names a million times. */
  private readonly lastNames: string[] = [];
  private readonly lastLocals: string[] = [];
  private rootSeen = false;
  private readonly attributes = new Attributes();

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    if (chunk.length === 0) return;
    const s = this.pending.length === 0 ? chunk : this.pending + chunk;
    if (s.length < this.needed) {
      this.pending = s;
      return;
    }
    const at = this.scan(s, false);
    this.pending = at < s.length ? s.slice(at) : "";
    this.needed = this.pending.length * 2;
  }

  close(): void {
    const at = this.scan(this.pending, true);
    if (at < this.pending.length) throw new XmlError("the part ends inside a tag");
    if (this.stack.length > 0) throw new XmlError(`unclosed element <${this.stack[this.stack.length - 1]}>`);
    if (!this.rootSeen) throw new XmlError("no root element");
  }

  /** Handles every complete construct of `s`; returns where the unfinished rest begins. */
  private scan(s: string, last: boolean): number {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) return this.trailingText(s, i, last);
      if (lt > i) this.text(decode(s.slice(i, lt)));
      if (lt + 1 >= n) return lt;
      const c = s.charCodeAt(lt + 1);
      const next = c === SLASH ? this.closeTag(s, lt) : c === QUESTION ? skipTo(s, "?>", lt + 2) : c === BANG ? this.special(s, lt) : this.openTag(s, lt);
      if (next < 0) return lt;
      i = next;
    }
    return i;
  }

  /** Text with no tag after it yet: passed on up to a possibly unfinished entity or line break. */
  private trailingText(s: string, from: number, last: boolean): number {
    let end = s.length;
    if (!last) {
      const amp = s.lastIndexOf("&");
      if (amp >= from && s.indexOf(";", amp) < 0) end = amp;
      if (end > from && s.charCodeAt(end - 1) === 13) end--;
    }
    if (end > from) this.text(decode(s.slice(from, end)));
    return end;
  }

  private text(t: string): void {
    if (this.stack.length === 0) {
      if (t.trim() !== "") throw new XmlError("text outside the root element");
      return;
    }
    this.handlers.text?.(t);
  }

  private closeTag(s: string, lt: number): number {
    const gt = s.indexOf(">", lt);
    if (gt < 0) return -1;
    const open = this.stack.pop();
    const local = this.locals.pop();
    // The name compared where it stands, without cutting it out: a sheet closes a million tags.
    const end = lt + 2 + (open?.length ?? 0);
    if (open === undefined || !s.startsWith(open, lt + 2) || (end !== gt && s.slice(end, gt).trim() !== "")) {
      const name = s.slice(lt + 2, gt).trimEnd();
      throw new XmlError(open === undefined ? `unexpected </${name}>` : `</${name}> closes <${open}>`);
    }
    this.handlers.close?.(local!);
    return gt + 1;
  }

  /** Comments, CDATA (text as it stands) and a DOCTYPE (with its internal subset). */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) return skipTo(s, "-->", lt + 4);
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) throw new XmlError("CDATA outside the root element");
      this.handlers.text?.(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    if (!s.startsWith("<!DOCTYPE", lt)) throw new XmlError(`unexpected markup ${s.slice(lt, lt + 9)}`);
    const gt = s.indexOf(">", lt);
    const subset = s.indexOf("[", lt);
    if (subset < 0 || (gt >= 0 && gt < subset)) return gt < 0 ? -1 : gt + 1;
    return skipTo(s, "]", subset) < 0 ? -1 : skipTo(s, ">", s.indexOf("]", subset));
  }

  private openTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    while (i < n && !isNameEnd(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (i === lt + 1) throw new XmlError("a tag without a name");
    const name = this.tagName(s, lt + 1, i);
    const attributes = this.attributes.reset(s);
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === GT || c === SLASH) {
        if (c === SLASH && (i + 1 >= n || s.charCodeAt(i + 1) !== GT)) return i + 1 >= n ? -1 : malformed(name);
        this.element(name, attributes, c === SLASH);
        return c === SLASH ? i + 2 : i + 1;
      }
      let q = i;
      while (q < n && !isNameEnd(s.charCodeAt(q))) q++;
      const keyEnd = q;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q < n && (keyEnd === i || s.charCodeAt(q) !== EQUALS)) return malformed(name);
      q++;
      while (q < n && isSpace(s.charCodeAt(q))) q++;
      if (q >= n) return -1;
      const quote = s.charCodeAt(q);
      if (quote !== QUOTE && quote !== APOSTROPHE) return malformed(name);
      const end = s.indexOf(quote === QUOTE ? '"' : "'", q + 1);
      if (end < 0) return -1;
      attributes.add(i, keyEnd, q + 1, end);
      i = end + 1;
    }
  }

  private element(name: string, attributes: Attributes, empty: boolean): void {
    if (this.stack.length === 0) {
      if (this.rootSeen) throw new XmlError(`a second root element <${name}>`);
      this.rootSeen = true;
    }
    const local = this.localName(name);
    this.handlers.open?.(local, attributes);
    if (empty) this.handlers.close?.(local);
    else {
      this.stack.push(name);
      this.locals.push(local);
    }
  }

  /** The name at [start, end) of `s`, the same string as last time when it is the same name. */
  private tagName(s: string, start: number, end: number): string {
    const first = s.charCodeAt(start);
    const last = this.lastNames[first];
    if (last !== undefined && last.length === end - start && s.startsWith(last, start)) return last;
    const name = s.slice(start, end);
    if (first < 128) [this.lastNames[first], this.lastLocals[first]] = [name, localName(name)];
    return name;
  }

  private localName(name: string): string {
    const first = name.charCodeAt(0);
    return this.lastNames[first] === name ? this.lastLocals[first] : localName(name);
  }
}

/**
 * A tag's attributes read where they stand in the text: a sheet's million tags carry attributes
 * that are never asked for (spans, ht), so only the values asked for are cut out and decoded.
 */
export class Attributes {
  private text = "";
  /** Per attribute: where its name starts and ends, and where its value starts and ends. */
  private readonly at: number[] = [];
  private count = 0;

  reset(text: string): this {
    this.text = text;
    this.count = 0;
    return this;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const k = this.count++ * 4;
    this.at[k] = nameStart;
    this.at[k + 1] = nameEnd;
    this.at[k + 2] = valueStart;
    this.at[k + 3] = valueEnd;
  }

  /** The value of the attribute `name` (as written, prefix included), if the tag has it. */
  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : this.value(k);
  }

  /**
   * The value of the attribute `name`, if the tag has it, handed to `read` where it stands in
   * `text` (from `start` to `end`) rather than cut out, unless it must be decoded: for values
   * read on every cell.
   */
  read<T>(name: string, read: (text: string, start: number, end: number) => T): T | undefined {
    const k = this.find(name);
    if (k < 0) return undefined;
    const [start, end] = [this.at[k + 2], this.at[k + 3]];
    if (isPlainValue(this.text, start, end)) return read(this.text, start, end);
    const value = this.value(k);
    return read(value, 0, value.length);
  }

  private find(name: string): number {
    for (let k = 0; k < this.count * 4; k += 4) {
      if (this.at[k + 1] - this.at[k] === name.length && this.text.startsWith(name, this.at[k])) return k;
    }
    return -1;
  }

  /** The value of an attribute named `local` under any prefix (r:id, whatever the file calls r). */
  prefixed(local: string): string | undefined {
    const suffix = `:${local}`;
    for (let k = 0; k < this.count * 4; k += 4) {
      if (this.text.slice(this.at[k], this.at[k + 1]).endsWith(suffix)) return this.value(k);
    }
    return undefined;
  }

  /** Every attribute, as an object (for tests and rare uses). */
  toObject(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let k = 0; k < this.count * 4; k += 4) out[this.text.slice(this.at[k], this.at[k + 1])] = this.value(k);
    return out;
  }

  private value(k: number): string {
    return attributeValue(this.text.slice(this.at[k + 2], this.at[k + 3]));
  }
}

const malformed = (name: string): never => {
  throw new XmlError(`malformed tag <${name}>`);
};

/** Index just past the next `end` from `from`, or -1 if it is not there yet. */
function skipTo(s: string, end: string, from: number): number {
  const at = s.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** What ends a name: white space, >, /, =, <; looked up rather than compared in turn, for every character of every name. */
const NAME_ENDS = new Uint8Array(128);
for (const c of [32, 10, 9, 13, GT, SLASH, EQUALS, LT]) NAME_ENDS[c] = 1;
const isNameEnd = (c: number) => c < 128 && NAME_ENDS[c] === 1;

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute's value as XML normalises it: line breaks and tabs are spaces, then references decoded. Most values need neither. */
function attributeValue(raw: string): string {
  return isPlainValue(raw, 0, raw.length) ? raw : decode(raw.replace(/\r\n|[\t\n\r]/g, " "));
}

/** Whether text[start, end) holds no reference and no line break or tab, so that it is its own value. */
function isPlainValue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === AMPERSAND || c < 32) return false;
  }
  return true;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with its entities and character references decoded, and line breaks as XML reads them (\r\n → \n). */
export function decode(raw: string): string {
  const t = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!t.includes("&")) return t;
  return t.replace(/&([^;&]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(";")) throw new XmlError(`an unterminated entity &${ref.slice(0, 10)}`);
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!/^#(x[0-9A-Fa-f]+|[0-9]+)$/.test(ref) || !(code > 0 && code <= 0x10ffff)) throw new XmlError(`a bad character reference &${ref};`);
      return String.fromCodePoint(code);
    }
    const c = ENTITIES[ref];
    if (c === undefined) throw new XmlError(`an undefined entity &${ref};`);
    return c;
  });
}
