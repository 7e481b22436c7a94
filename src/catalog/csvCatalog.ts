/**
 * A user-supplied catalogue of classification codes as CSV: `code,name` per line, an optional
 * header line, quotes as in RFC 4180. Function codes (2xx…) and economic codes (3xx…) never
 * share a prefix, so one file may hold both.
 */
import type { InputProblem } from "../model/types";

export type CatalogResult = { ok: true; names: Map<string, string> } | { ok: false; problems: InputProblem[] };

const CODE = /^\d{3}(\d{2}){0,2}$/;

export function parseCodeCatalog(text: string, fileName: string): CatalogResult {
  const names = new Map<string, string>();
  const problems: InputProblem[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const [code = "", name = ""] = splitCsvLine(line).map((f) => f.trim());
      const path = `${fileName}:${i + 1}`;
      if (i === 0 && !/^\d/.test(code)) return; // a header line
      if (!CODE.test(code)) problems.push({ path, message: `"${code}" is not a 3-, 5- or 7-digit code` });
      else if (!name) problems.push({ path, message: `code ${code} has no name` });
      else names.set(code, name);
    });
  return problems.length ? { ok: false, problems } : { ok: true, names };
}

function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') field += line[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}
