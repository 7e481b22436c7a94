/** A PDF starts with %PDF- within its first kilobyte (a few writers put bytes before it). */
export const isPdf = (head: Uint8Array): boolean => Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).includes("%PDF-");
