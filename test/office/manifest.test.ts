import fs from "node:fs";
import path from "node:path";
import { SaxesParser, SaxesTagPlain } from "saxes";
import { MINIMUM_EXCEL_API } from "../../src/hosts/office/features";

// The build's own rewrite, so the test checks what `npm run build` ships.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifest, DEV_ORIGIN } = require("../../webpack.config.js") as { rewriteManifest(c: string, o: string): string; DEV_ORIGIN: string };

const ROOT = path.join(__dirname, "..", "..");
const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses strictly (saxes rejects anything not well-formed) into a small element tree. */
function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: "#document", attributes: {}, text: "", children: [] };
  const stack = [root];
  parser.on("opentag", (tag: SaxesTagPlain) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: "", children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function all(el: Element, name: string): Element[] {
  return [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];
}

function urls(el: Element): string[] {
  const found: string[] = [];
  const visit = (e: Element) => {
    Object.values(e.attributes).forEach((v) => /^https?:/.test(v) && !v.startsWith("http://schemas.") && !v.startsWith("http://www.w3.org") && found.push(v));
    if (/^https?:/.test(e.text.trim())) found.push(e.text.trim());
    e.children.forEach(visit);
  };
  visit(el);
  return found;
}

describe("manifest.xml", () => {
  const manifest = parse(source);

  test("is a well-formed Excel task-pane manifest with a GUID id and the minimum ExcelApi", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(all(manifest, "Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(all(manifest, "Host").map((h) => h.attributes.Name ?? h.attributes["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    const set = all(manifest, "Set").find((s) => s.attributes.Name === "ExcelApi")!;
    expect(set.attributes.MinVersion).toBe(MINIMUM_EXCEL_API);
  });

  test("every resid names a resource, and every resource id is unique", () => {
    const ids = [...all(manifest, "bt:Image"), ...all(manifest, "bt:Url"), ...all(manifest, "bt:String")].map((e) => e.attributes.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const refs: string[] = [];
    const visit = (e: Element) => {
      if (e.attributes.resid) refs.push(e.attributes.resid);
      e.children.forEach(visit);
    };
    visit(manifest);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(ids).toContain(r);
  });

  test("the ribbon button on the Home tab shows the task pane", () => {
    const tab = all(manifest, "OfficeTab")[0];
    expect(tab.attributes.id).toBe("TabHome");
    const action = all(tab, "Action")[0];
    expect(action.attributes["xsi:type"]).toBe("ShowTaskpane");
  });

  test("zh-CN is the default and every string has an en-US override", () => {
    expect(all(manifest, "DefaultLocale")[0].text).toBe("zh-CN");
    const topLevel = manifest.children.filter((c) => c.name === "DisplayName" || c.name === "Description");
    expect(topLevel).toHaveLength(2);
    for (const s of [...all(manifest, "bt:String"), ...topLevel]) {
      expect(s.children.map((c) => c.attributes.Locale)).toEqual(["en-US"]);
    }
  });

  test("icons exist in assets/ at every size the manifest names", () => {
    for (const u of urls(manifest).filter((x) => x.includes("/assets/"))) {
      const file = path.join(ROOT, "assets", path.basename(u));
      expect(fs.existsSync(file)).toBe(true);
    }
  });

  test("the build moves every URL to the production origin, and keeps them https", () => {
    const origin = "https://budget.example.gov.cn/addin";
    const built = parse(rewriteManifest(source, origin));
    const found = urls(built);
    expect(found.length).toBeGreaterThan(8);
    for (const u of found) expect(u.startsWith(origin)).toBe(true);
    expect(urls(manifest).every((u) => u.startsWith(DEV_ORIGIN))).toBe(true);
    expect(all(built, "AppDomain")[0].text).toBe(origin);
  });
});
