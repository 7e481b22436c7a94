/**
 * JSON text from a file a user supplies (a model, a pack, table data): a byte-order mark, as
 * editors on Windows add one, is allowed, and a syntax error names its line and column.
 */
import type { InputProblem } from "./types";

export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: InputProblem };

export function parseJsonText(text: string, path: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    return { ok: false, problem: { path, ...describeSyntaxError(text, e as Error) } };
  }
}

/** The engine's own explanation is English only: the Chinese names the place alone. */
function describeSyntaxError(text: string, e: Error): { message: string; zh: string } {
  const pos = /position (\d+)/.exec(e.message);
  if (!pos) return { message: `not valid JSON (${e.message})`, zh: "不是有效的 JSON" };
  const before = text.slice(0, Number(pos[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return { message: `not valid JSON at line ${line}, column ${column} (${e.message})`, zh: `不是有效的 JSON：第 ${line} 行第 ${column} 列有语法错误` };
}
