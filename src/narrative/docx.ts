/**
 * A .docx as paragraphs, both ways, with JSZip (no other dependency): reading takes the text of
 * each w:p of word/document.xml in order; writing makes the smallest package Word opens: content types, the package relationship and the document.
 */
import JSZip from "jszip";
import { MAX_PART_BYTES } from "../hosts/xlsx/limits";
import { XmlHandlers, XmlScanner } from "../hosts/xlsx/xmlScan";
import type { DraftParagraph } from "./draft";

const DOCUMENT = "word/document.xml";

/**
 * The paragraphs of a .docx; a file that is not one is an Error saying so. The document part is
 * inflated and scanned in chunks, and refused beyond MAX_PART_BYTES, so memory stays bounded.
 */
export async function readDocxParagraphs(data: Uint8Array | ArrayBuffer, file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(data).catch(() => {
    throw new Error(`${file} is not a .docx (not a zip package)`);
  });
  const part = zip.file(DOCUMENT);
  if (!part) throw new Error(`${file} is not a .docx (no ${DOCUMENT})`);
  const paragraphs = new Paragraphs();
  const scanner = new XmlScanner(paragraphs);
  await new Promise<void>((resolve, reject) => {
    let size = 0;
    let failed = false;
    const stream = (part as unknown as StreamingPart).internalStream("string");
    const fail = (why: string) => {
      failed = true;
      stream.pause();
      reject(new Error(`${file}: ${DOCUMENT} ${why}`));
    };
    stream
      .on("data", (chunk: string) => {
        if (failed) return;
        size += chunk.length;
        if (size > MAX_PART_BYTES) return fail(`is larger than ${MAX_PART_BYTES / 1024 / 1024} MB`);
        try {
          scanner.write(chunk);
        } catch (e) {
          fail(`is not well-formed XML (${(e as Error).message})`);
        }
      })
      .on("error", (e: Error) => !failed && fail(`cannot be inflated (${e.message})`))
      .on("end", () => {
        if (failed) return;
        try {
          scanner.close();
          resolve();
        } catch (e) {
          fail(`is not well-formed XML (${(e as Error).message})`);
        }
      })
      .resume();
  });
  return paragraphs.list;
}

/** JSZip 3's ZipObject.internalStream: what its own async() accumulates, missing from its typings. */
interface StreamingPart {
  internalStream(type: "string"): JSZip.JSZipStreamHelper<string>;
}

/** Collects each w:p's text (the scanner gives local names: p for w:p), runs joined, tabs and breaks kept. */
class Paragraphs implements XmlHandlers {
  readonly list: string[] = [];
  private current?: string[];
  private inText = false;

  open(name: string): void {
    if (name === "p") this.current = [];
    else if (name === "t") this.inText = true;
    else if (name === "tab") this.current?.push("\t");
    else if (name === "br" || name === "cr") this.current?.push("\n");
  }

  text(text: string): void {
    if (this.inText) this.current?.push(text);
  }

  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "p" && this.current) {
      this.list.push(this.current.join(""));
      this.current = undefined;
    }
  }
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** Text as XML 1.0 allows it: markup escaped, control characters (a cell may hold them) dropped. */
// eslint-disable-next-line no-control-regex
const escapeXml = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A heading bold and larger; a body paragraph indented by two characters, as the documents print them. */
function paragraphXml(p: DraftParagraph): string {
  const props = p.heading ? "<w:pPr><w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr>" : '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>';
  const run = p.heading ? '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr>' : '<w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="32"/></w:rPr>';
  return `<w:p>${props}<w:r>${run}<w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r></w:p>`;
}

export async function docxBuffer(paragraphs: readonly DraftParagraph[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  const body = paragraphs.map(paragraphXml).join("");
  zip.file(DOCUMENT, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
