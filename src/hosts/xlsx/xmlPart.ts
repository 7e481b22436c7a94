/** One part of an .xlsx parsed as it streams: SAX events with local names (a prefix such as `x:` dropped). */
import { SaxesParser } from "saxes";
import { UnreadableWorkbook, ZipParts } from "./zipParts";

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

export async function parseXmlPart(parts: ZipParts, part: string, file: string, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ position: false });
  if (handlers.open) parser.on("opentag", (tag) => handlers.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (handlers.text) {
    const text = (t: string) => handlers.text!(t);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (handlers.close) parser.on("closetag", (tag) => handlers.close!(localName(tag.name)));
  let first = true;
  const write = (chunk: string) => {
    // A byte-order mark before the declaration is allowed in a part, not by the XML parser.
    if (first && chunk.length > 0) [first, chunk] = [false, chunk.replace(/^\uFEFF/, "")];
    parser.write(chunk);
  };
  try {
    await parts.stream(part, write);
    parser.close();
  } catch (e) {
    if (isXmlError(e)) throw new UnreadableWorkbook(file, `${part} is not well-formed XML: ${(e as Error).message}`);
    throw e;
  }
}

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** saxes reports malformed XML as a plain Error; everything this reader throws on purpose has its own class. */
const isXmlError = (e: unknown) => e instanceof Error && e.constructor === Error;
