/**
 * A .docx as paragraphs, both ways, with JSZip (no other dependency): reading takes the text of
 * each w:p of word/document.xml in order (runs joined, tabs and breaks kept; the scanner gives
 * local names, p for w:p); writing makes the
 * smallest package Word opens: content types, the package relationship and the document.
 */
import JSZip from "jszip";
import { XmlScanner } from "../hosts/xlsx/xmlScan";
import type { DraftParagraph } from "./draft";

const DOCUMENT = "word/document.xml";

/** The paragraphs of a .docx; a file that is not one is an Error saying so. */
export async function readDocxParagraphs(data: Uint8Array | ArrayBuffer, file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(data).catch(() => {
    throw new Error(`${file} is not a .docx (not a zip package)`);
  });
  const part = zip.file(DOCUMENT);
  if (!part) throw new Error(`${file} is not a .docx (no ${DOCUMENT})`);
  const paragraphs: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  const scanner = new XmlScanner({
    open(name) {
      if (name === "p") current = [];
      else if (name === "t") inText = true;
      else if (name === "tab") current?.push("\t");
      else if (name === "br" || name === "cr") current?.push("\n");
    },
    text(text) {
      if (inText) current?.push(text);
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "p" && current) {
        paragraphs.push(current.join(""));
        current = undefined;
      }
    },
  });
  try {
    scanner.write(await part.async("string"));
    scanner.close();
  } catch (e) {
    throw new Error(`${file}: ${DOCUMENT} is not well-formed XML (${(e as Error).message})`);
  }
  return paragraphs;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const PACKAGE_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
