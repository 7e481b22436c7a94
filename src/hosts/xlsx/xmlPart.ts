/** One part of an .xlsx parsed as it streams: tags with local names (a prefix such as `x:` dropped), text, end tags. */
import { XmlError, XmlHandlers, XmlScanner } from "./xmlScan";
import { UnreadableWorkbook, ZipParts } from "./zipParts";

export type { XmlHandlers } from "./xmlScan";

export async function parseXmlPart(parts: ZipParts, part: string, file: string, handlers: XmlHandlers): Promise<void> {
  const scanner = new XmlScanner(handlers);
  let first = true;
  const write = (chunk: string) => {
    // A byte-order mark may precede the declaration.
    if (first && chunk.length > 0) [first, chunk] = [false, chunk.replace(/^\uFEFF/, "")];
    scanner.write(chunk);
  };
  try {
    await parts.stream(part, write);
    scanner.close();
  } catch (e) {
    if (e instanceof XmlError) throw new UnreadableWorkbook(file, `${part} is not well-formed XML: ${e.message}`);
    throw e;
  }
}
