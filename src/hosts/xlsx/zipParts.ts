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

const OPTIONS: yauzl.Options = { lazyEntries: true, autoClose: false };

/** Opens the zip and checks its directory; `file` names it in messages. */
export async function openZipParts(source: string | Buffer, file: string): Promise<ZipParts> {
  const zip = await (typeof source === "string" ? yauzl.openPromise(source, OPTIONS) : yauzl.fromBufferPromise(source, OPTIONS)).catch((e: Error) => {
    throw new UnreadableWorkbook(file, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : e.message);
  });
  try {
    return new Parts(zip, await directory(zip, file), file);
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
  ) {}

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  async stream(name: string, write: (text: string) => void): Promise<void> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new UnreadableWorkbook(this.file, `${name} is missing`);
    const decoder = new StringDecoder("utf8");
    let bytes = 0;
    let inBody = false;
    try {
      for await (const chunk of await this.content(entry)) {
        inBody = true;
        bytes += (chunk as Buffer).length;
        this.inflated += (chunk as Buffer).length;
        if (bytes > entry.uncompressedSize) throw new UnreadableWorkbook(this.file, `${name} inflates beyond the ${count(entry.uncompressedSize)} bytes its zip entry declares`);
        if (bytes > MAX_PART_BYTES) throw partTooLarge(this.file, name, bytes);
        if (this.inflated > MAX_TOTAL_BYTES) throw totalTooLarge(this.file, this.inflated);
        write(decoder.write(chunk as Buffer));
        inBody = false;
      }
    } catch (e) {
      // The archive's own errors (zlib's, yauzl's) make the file unreadable; the XML's and the limits' say more themselves.
      if (inBody || e instanceof UnreadableWorkbook) throw e;
      throw new UnreadableWorkbook(this.file, `${name}: ${(e as Error).message}`);
    }
    if (bytes < entry.uncompressedSize) throw new UnreadableWorkbook(this.file, `${name} inflates to fewer than the ${count(entry.uncompressedSize)} bytes its zip entry declares`);
    write(decoder.end());
  }

  /**
   * The entry's bytes, inflated here rather than by yauzl: in chunks of 256 KiB instead of
   * zlib's 16 KiB, which made inflating a large sheet take three times as long.
   */
  private async content(entry: yauzl.Entry): Promise<Readable> {
    if (entry.isEncrypted()) throw new Error("the entry is encrypted");
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new Error(`unsupported compression method ${entry.compressionMethod}`);
    const raw = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    if (entry.compressionMethod === 0) return raw;
    return pipeline(raw, zlib.createInflateRaw({ chunkSize: INFLATE_CHUNK }), () => {});
  }

  close(): void {
    this.zip.close();
  }
}
