/** A PDF starts with %PDF- within its first kilobyte (a few writers put bytes before it). Plain bytes: the same in Node and the browser. */
const SIGNATURE = [...new TextEncoder().encode("%PDF-")];

export function isPdf(head: Uint8Array): boolean {
  const end = Math.min(head.byteLength, 1024) - SIGNATURE.length;
  for (let i = 0; i <= end; i++) if (SIGNATURE.every((b, k) => head[i + k] === b)) return true;
  return false;
}
