/**
 * Stands in for office.js in the browser test: installs the in-memory test host as the
 * Office and Excel globals, and exposes it as window.fakeOffice for the test to inspect.
 * The page's query sets the host: ?lang=en-US&api=7&platform=Mac (defaults zh-CN, 1.18, web).
 */
import { createFakeOffice } from "../office/fakeExcel";

const query = new URLSearchParams(location.search);
const fake = createFakeOffice({ displayLanguage: query.get("lang") ?? "zh-CN", apiVersion: Number(query.get("api") ?? 18), platform: query.get("platform") ?? "OfficeOnline" });
Object.assign(window, { Office: fake.Office, Excel: fake.Excel, fakeOffice: fake });
