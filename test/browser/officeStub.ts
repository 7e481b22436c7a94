/**
 * Stands in for office.js in the browser test: installs the in-memory test host as the
 * Office and Excel globals, and exposes it as window.fakeOffice for the test to inspect.
 */
import { createFakeOffice } from "../office/fakeExcel";

const fake = createFakeOffice({ displayLanguage: "zh-CN", apiVersion: 18 });
Object.assign(window, { Office: fake.Office, Excel: fake.Excel, fakeOffice: fake });
