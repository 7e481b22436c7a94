#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80.png): a blue tile with a white table grid
 * and a check mark, written as PNG with node's zlib only. Run: node scripts/make-icons.js
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

/** A rounded tile; inside, a 3×3 grid of white lines; bottom right, a green check. */
function pixel(u, v, size) {
  const r = 0.18;
  const cu = Math.min(Math.max(u, r), 1 - r);
  const cv = Math.min(Math.max(v, r), 1 - r);
  if ((u - cu) ** 2 + (v - cv) ** 2 > r * r) return [0, 0, 0, 0];
  const line = Math.max(1 / size, 0.045);
  const onCheck = u > 0.5 && v > 0.5 && (Math.abs(v - (u + 0.15)) < 0.07 && u < 0.66 || Math.abs(v - (1.52 - u)) < 0.07 && u >= 0.62);
  if (onCheck && u < 0.92 && v < 0.92) return GREEN;
  const inGrid = u > 0.18 && u < 0.82 && v > 0.2 && v < 0.8;
  const onLine = [0.18, 0.4, 0.61, 0.82].some((p) => Math.abs(u - p) < line) || [0.2, 0.4, 0.6, 0.8].some((p) => Math.abs(v - p) < line);
  return inGrid && onLine ? WHITE : BLUE;
}

const out = path.join(__dirname, "..", "assets");
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, pixel));
console.log(`icons written to ${out}`);
