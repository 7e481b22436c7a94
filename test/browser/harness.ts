/**
 * The built task pane (test/browser/build.ts) served locally and opened in headless Chromium
 * (Debian's /usr/bin/chromium via playwright-core) at a real pane size, with the office.js
 * CDN request answered by the in-memory test host, or refused to play a blocked CDN. No
 * network: every request outside the local server is refused.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Browser, chromium, Page } from "playwright-core";
import type { FakeOffice } from "../office/fakeExcel";
import { BUILD_DIR_ENV } from "./build";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = /appsforoffice\.microsoft\.com\/.*office\.js$/;
/** The task pane's size in Excel on a laptop. */
export const PANE = { width: 350, height: 720 };

export type PaneWindow = Window & { fakeOffice: FakeOffice };

/** Where screenshots go: the docs when PANE_SCREENSHOTS=docs (made on demand), else the build directory. */
export function screenshotPath(name: string): string {
  return path.join(process.env.PANE_SCREENSHOTS === "docs" ? path.join(__dirname, "..", "..", "docs") : buildDir(), name);
}

export function buildDir(): string {
  const dir = process.env[BUILD_DIR_ENV];
  if (!dir) throw new Error("the task pane was not built: run the browser tests through jest (globalSetup builds it)");
  return dir;
}

function serve(dir: string): Promise<http.Server> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".xml": "text/xml" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url!, "http://x").pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface PaneOptions {
  /** Query for the office.js stand-in: lang, api, platform. */
  query?: Record<string, string>;
  /** Refuse office.js, as a blocked CDN does. */
  blockOfficeJs?: boolean;
}

export class PaneHost {
  private server?: http.Server;
  private browser?: Browser;
  /** Errors the pages threw: a passing run has none. */
  readonly pageErrors: Error[] = [];

  async start(): Promise<void> {
    this.server = await serve(path.join(buildDir(), "pane"));
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    this.server?.close();
  }

  async open(options: PaneOptions = {}): Promise<Page> {
    const page = await this.browser!.newPage({ viewport: PANE, acceptDownloads: true, locale: options.query?.lang ?? "zh-CN" });
    const origin = `http://127.0.0.1:${(this.server!.address() as { port: number }).port}`;
    const stub = fs.readFileSync(path.join(buildDir(), "stub", "officeStub.js"), "utf8");
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (OFFICE_JS.test(url)) return options.blockOfficeJs ? route.abort("blockedbyclient") : route.fulfill({ contentType: "text/javascript", body: stub });
      return url.startsWith(origin) ? route.continue() : route.abort();
    });
    page.on("pageerror", (e) => this.pageErrors.push(e));
    await page.goto(`${origin}/taskpane.html?${new URLSearchParams(options.query ?? {})}`);
    return page;
  }
}

/**
 * A browser and one page for the tests of a describe block, opened before them and closed
 * after, when no page may have thrown. Read `page` from within a test or hook.
 */
export function paneForTests(options: PaneOptions = {}): { host: PaneHost; readonly page: Page } {
  const host = new PaneHost();
  let page: Page | undefined;
  beforeAll(async () => {
    await host.start();
    page = await host.open(options);
  }, 60_000);
  afterAll(async () => {
    await host.stop();
    expect(host.pageErrors).toEqual([]);
  });
  return {
    host,
    get page() {
      return page!;
    },
  };
}
