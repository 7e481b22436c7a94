/**
 * The parts of an .xlsx (a zip) read one at a time as text, within the limits: the directory's
 * declared sizes are checked before anything is inflated, and inflated bytes are counted again
 * as they stream, and against the size the directory declares.
 */
import { pipeline, Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";
import yauzl from "yauzl";
import { count, MAX_PART_BYTES, MAX_TOTAL_BYTES, MAX_ZIP_ENTRIES, mib, WorkbookRefused } from "./limits";

export interface ZipParts {
  /** Whether the archive holds a part; names compare as OPC part names do, ignoring case. */
  has(name: string): boolean;
  /** Streams a part's text, chunk by chunk, to `write`. */
  stream(name: string, write: (text: string) => void): Promise<void>;
  close(): void;
}

/** A file that cannot be opened as a zip at all (missing, not a zip, damaged). */
export class UnreadableWorkbook extends Error {
  constructor(file: string, reason: string) {
    super(`${file}：无法作为 .xlsx 工作簿读取 / ${file} is not a readable .xlsx workbook (${reason})`);
  }
}

const INFLATE_CHUNK = 256 * 1024;
/** Parts up to this size (as the directory declares it) are inflated in one call rather than streamed. */
const AT_ONCE_BYTES = 4 * 1024 * 1024;

const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false };

/** Opens the zip and checks its directory; `file` names it in messages. */
export async function openZipParts(source: string | Buffer, file: string): Promise<ZipParts> {
  const zip = await (typeof source === "string" ? yauzl.openPromise(source, OPTIONS) : yauzl.fromBufferPromise(source, OPTIONS)).catch((e: Error) => {
    throw new UnreadableWorkbook(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e.message);
  });
  try {
    return new Parts(zip, await directory(zip, file), file, typeof source === "string" ? undefined : source);
  } catch (e) {
    zip.close();
    throw e;
  }
}

async function directory(zip: yauzl.ZipFile, file: string): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    throw new WorkbookRefused({ file }, `压缩包含 ${count(zip.entryCount)} 个条目，超过上限 ${count(MAX_ZIP_ENTRIES)}`, `the zip holds ${count(zip.entryCount)} entries, more than the limit of ${count(MAX_ZIP_ENTRIES)}`);
  }
  const entries = new Map<string, yauzl.Entry>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith("/")) continue;
    if (entry.uncompressedSize > MAX_PART_BYTES) throw partTooLarge(file, entry.fileName, entry.uncompressedSize);
    total += entry.uncompressedSize;
    if (total > MAX_TOTAL_BYTES) throw totalTooLarge(file, total);
    entries.set(entry.fileName.toLowerCase(), entry);
  }
  return entries;
}

const partTooLarge = (file: string, part: string, bytes: number) =>
  new WorkbookRefused({ file }, `${part} 解压后 ${mib(bytes)}，超过单个部件上限 ${mib(MAX_PART_BYTES)}`, `${part} inflates to ${mib(bytes)}, more than the limit of ${mib(MAX_PART_BYTES)} for one part`);

const totalTooLarge = (file: string, bytes: number) =>
  new WorkbookRefused({ file }, `解压后超过 ${mib(bytes)}，超过总上限 ${mib(MAX_TOTAL_BYTES)}`, `inflates to more than ${mib(bytes)}, more than the limit of ${mib(MAX_TOTAL_BYTES)} in all`);

class Parts implements ZipParts {
  private inflated = 0;

  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly file: string,
    /** The zip's bytes, when they are in memory. */
    private readonly data?: Buffer,
  ) {}

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  async stream(name: string, write: (text: string) => void): Promise<void> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new UnreadableWorkbook(this.file, `${name} is missing`);
    // Both sizes bounded: a small declared part may still store gigabytes of deflated data.
    if (entry.uncompressedSize <= AT_ONCE_BYTES && entry.compressedSize <= AT_ONCE_BYTES) write((await this.inflateAtOnce(entry, name)).toString("utf8"));
    else await this.streamChunks(entry, name, write);
  }

  /**
   * A part small enough is inflated in one call: the stream machinery costs more than the
   * inflating itself in a workbook of small sheets. Output is capped one byte beyond the size
   * the directory declares (checked within the limits), so that a bomb is caught at once.
   */
  private async inflateAtOnce(entry: yauzl.Entry, name: string): Promise<Buffer> {
    let data: Buffer;
    try {
      const raw = await this.rawBytes(entry);
      data = entry.compressionMethod === 0 ? raw : zlib.inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw this.beyondDeclared(entry, name);
      throw new UnreadableWorkbook(this.file, `${name}: ${(e as Error).message}`);
    }
    this.count(entry, name, data.length);
    this.checkComplete(entry, name, data.length);
    return data;
  }

  private async streamChunks(entry: yauzl.Entry, name: string, write: (text: string) => void): Promise<void> {
    const decoder = new StringDecoder("utf8");
    let bytes = 0;
    let inBody = false;
    try {
      for await (const chunk of await this.content(entry)) {
        inBody = true;
        bytes += (chunk as Buffer).length;
        this.count(entry, name, bytes, (chunk as Buffer).length);
        write(decoder.write(chunk as Buffer));
        inBody = false;
      }
    } catch (e) {
      // The archive's own errors (zlib's, yauzl's) make the file unreadable; the XML's and the limits' say more themselves.
      if (inBody || e instanceof UnreadableWorkbook) throw e;
      throw new UnreadableWorkbook(this.file, `${name}: ${(e as Error).message}`);
    }
    this.checkComplete(entry, name, bytes);
    write(decoder.end());
  }

  /** Counts `added` more inflated bytes, `bytes` of the part so far, against the declared size and the limits. */
  private count(entry: yauzl.Entry, name: string, bytes: number, added = bytes): void {
    this.inflated += added;
    if (bytes > entry.uncompressedSize) throw this.beyondDeclared(entry, name);
    if (bytes > MAX_PART_BYTES) throw partTooLarge(this.file, name, bytes);
    if (this.inflated > MAX_TOTAL_BYTES) throw totalTooLarge(this.file, this.inflated);
  }

  private beyondDeclared(entry: yauzl.Entry, name: string): UnreadableWorkbook {
    return new UnreadableWorkbook(this.file, `${name} inflates beyond the ${count(entry.uncompressedSize)} bytes its zip entry declares`);
  }

  private checkComplete(entry: yauzl.Entry, name: string, bytes: number): void {
    if (bytes < entry.uncompressedSize) throw new UnreadableWorkbook(this.file, `${name} inflates to fewer than the ${count(entry.uncompressedSize)} bytes its zip entry declares`);
  }

  /**
   * The entry's bytes, inflated here rather than by yauzl: in chunks of 256 KiB instead of
   * zlib's 16 KiB, which made inflating a large sheet take three times as long.
   */
  private async content(entry: yauzl.Entry): Promise<Readable> {
    const raw = await this.raw(entry);
    if (entry.compressionMethod === 0) return raw;
    return pipeline(raw, zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => {});
  }

  /** The entry's bytes as stored (deflated or not). */
  private async raw(entry: yauzl.Entry): Promise<Readable> {
    checkMethod(entry);
    return this.zip.openReadStreamPromise(entry, { decodeFileData: false });
  }

  /** The same at once: cut from the zip when it is in memory (no stream to set up for each part), else read from the file. */
  private async rawBytes(entry: yauzl.Entry): Promise<Buffer> {
    if (this.data) {
      checkMethod(entry);
      const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
      return this.data.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of await this.raw(entry)) chunks.push(chunk as Buffer);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }

  close(): void {
    this.zip.close();
  }
}

function checkMethod(entry: yauzl.Entry): void {
  if (entry.isEncrypted()) throw new Error("the entry is encrypted");
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new Error(`unsupported compression method ${entry.compressionMethod}`);
}
