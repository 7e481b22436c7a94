/** Runs the CLI in-process and captures what it prints. */
import { main } from "../../src/cli/main";

export async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** What the CLI prints for a problem at `path`: its Chinese, then the English `en` on the next line. */
export function problemShown(path: string, en: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${escape(path)}: [^\\n]+\\n +${escape(en)}`);
}
