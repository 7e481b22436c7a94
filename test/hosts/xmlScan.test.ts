/** The .xlsx parts' tokenizer reads what a conforming XML parser (saxes) reads, however the text is split into chunks, and refuses what is not well-formed. */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { Attributes, XmlError, XmlScanner } from "../../src/hosts/xlsx/xmlScan";

type Event = ["open", string, Record<string, string>] | ["text", string] | ["close", string];

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Events with adjacent text joined, text outside elements left out. */
function collector() {
  const events: Event[] = [];
  let depth = 0;
  return {
    events,
    open(name: string, attributes: Attributes | Record<string, string>) {
      depth++;
      events.push(["open", local(name), attributes instanceof Attributes ? attributes.toObject() : { ...attributes }]);
    },
    text(text: string) {
      if (depth === 0) return;
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += text;
      else events.push(["text", text]);
    },
    close(name: string) {
      depth--;
      events.push(["close", local(name)]);
    },
  };
}

function scanned(chunks: string[]): Event[] {
  const c = collector();
  const scanner = new XmlScanner(c);
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return c.events;
}

function parsedBySaxes(xml: string): Event[] {
  const c = collector();
  const parser = new SaxesParser();
  parser.on("opentag", (t) => c.open(t.name, t.attributes as Record<string, string>));
  parser.on("text", (t) => c.text(t));
  parser.on("cdata", (t) => c.text(t));
  parser.on("closetag", (t) => c.close(t.name));
  parser.write(xml).close();
  return c.events;
}

const NAMES = ["c", "v", "x:row", "si", "t", "rPh", "is"];
const TEXT = ["1234.5", "一般公共预算", "A &amp; B", "&lt;c&gt;", "&#x41;&#66;", "&#x1F600;", "&quot;&apos;", " ", "a\r\nb", "_x0041_", "<![CDATA[<raw> & ]]>", "<!-- note -->", "<?pi x?>"];
const VALUES = ["A1", "s", "#,##0.00;[Red]-#,##0.00", "a &amp; &lt;b&gt; > c", "&#20013;", "tab\there", "line\r\nbreak", ""];

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "x:id"), fc.constantFrom(...VALUES), fc.constantFrom('"', "'")), { selector: ([k]) => k, maxLength: 3 }),
      depth <= 1 ? fc.constant([]) : fc.array(fc.oneof(fc.constantFrom(...TEXT), element(depth - 1)), { maxLength: 4 }),
      fc.boolean(),
    )
    .map(([name, attributes, content, gap]) => {
      const a = attributes.map(([k, v, q]) => ` ${k}${gap ? " = " : "="}${q}${v.replace(q, "")}${q}`).join("");
      return content.length === 0 && gap ? `<${name}${a}/>` : `<${name}${a}${gap ? " " : ""}>${content.join("")}</${name}${gap ? " " : ""}>`;
    }),
);

const document = element(4).map((root) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- made by hand -->${root}\n`);

/** The text cut at the given places. */
const split = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => text.slice(from, at[i] ?? text.length));
};

test("reads what saxes reads, whatever the chunks", () => {
  fc.assert(
    fc.property(document, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), (xml, cuts) => {
      expect(scanned(split(xml, cuts))).toEqual(parsedBySaxes(xml));
    }),
    { numRuns: 500 },
  );
});

test("a cell split one character at a time reads as whole", () => {
  const xml = '<sheetData><row r="3"><c r="B3" t="inlineStr"><is><t>A &amp; B\r\n&#x4E00;</t></is></c></row></sheetData>';
  expect(scanned([...xml])).toEqual(parsedBySaxes(xml));
});

test("skips a DOCTYPE without expanding its entities", () => {
  const xml = '<!DOCTYPE r [<!ENTITY e "expanded">]><r a="1">x</r>';
  expect(scanned([xml])).toEqual([["open", "r", { a: "1" }], ["text", "x"], ["close", "r"]]);
  expect(() => scanned(['<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>'])).toThrow(XmlError);
});

test.each([
  ["a mismatched end tag", "<a><b></a></b>"],
  ["an unclosed element", "<a><b></b>"],
  ["an end tag with no start", "<a></a></b>"],
  ["an undefined entity", "<a>&nbsp;</a>"],
  ["an unterminated entity", "<a>A & B</a>"],
  ["a bad character reference", "<a>&#xZZ;</a>"],
  ["text outside the root", "<a/>junk"],
  ["a second root", "<a/><b/>"],
  ["no root", "<?xml version='1.0'?>"],
  ["a part ending inside a tag", '<a><c r="A1'],
  ["an unquoted attribute", "<a b=1/>"],
])("refuses %s", (_, xml) => {
  expect(() => scanned([xml])).toThrow(XmlError);
  expect(() => parsedBySaxes(xml)).toThrow();
});

test("an attribute is read by its name as written, or by its local name under any prefix", () => {
  const seen: Array<[string | undefined, string | undefined, string | undefined, string | undefined]> = [];
  const scanner = new XmlScanner({ open: (_, a) => seen.push([a.get("name"), a.get("id"), a.prefixed("id"), a.get("sheetId")]) });
  scanner.write(`<sheet name="表1 &amp; 表2" sheetId="3" rel:id = 'rId7'/>`);
  scanner.close();
  expect(seen).toEqual([["表1 & 表2", undefined, "rId7", "3"]]);
});
