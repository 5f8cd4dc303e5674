/**
 * Draws Counterpoint's toolbar/store icons: two opposing quotation marks on a navy tile, a
 * white opening mark and an amber closing one, i.e. a claim and its counterpoint.
 *
 * Run: `npx tsx scripts/icons.ts` → public/icon/{16,32,48,128}.png (committed).
 * No image library: shapes are tested per sample (4×4 supersampling for anti-aliasing) and
 * written as RGBA PNGs with node:zlib, so the icons are reproducible from this file alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
type Point = [number, number];

const NAVY: Rgba = [31, 78, 121, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [242, 177, 52, 255];
const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4;

function insideRoundedSquare(x: number, y: number, inset: number, radius: number): boolean {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
}

/**
 * An opening quotation mark ("6" shape): a disc, and a tail that leaves the disc's left edge
 * and curves up and over to the right, tapering (a crescent between two circles).
 */
function insideOpeningMark([x, y]: Point, cx: number, cy: number, r: number): boolean {
  if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) return true;
  if (y > cy || x > cx + 1.1 * r) return false;
  const inOuter = (x - (cx + 1.1 * r)) ** 2 + (y - cy) ** 2 <= (2.1 * r) ** 2;
  const inInner = (x - (cx + 1.6 * r)) ** 2 + (y - (cy - 0.3 * r)) ** 2 <= (1.9 * r) ** 2;
  return inOuter && !inInner;
}

/** Colour of one sample point in the unit square; later shapes paint over earlier ones. */
function sample(x: number, y: number): Rgba | null {
  const r = 0.12;
  if (insideOpeningMark([x, y], 0.33, 0.55, r)) return WHITE;
  // The closing mark is the opening one turned half a circle about the centre.
  if (insideOpeningMark([1 - x, 1 - y], 0.33, 0.55, r)) return AMBER;
  if (insideRoundedSquare(x, y, 0.03, 0.2)) return NAVY;
  return null;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter "none"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = sample((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]!;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = alpha ? Math.round(sum[i]! / alpha) : 0;
      row[o + 3] = Math.round(alpha / (n * n));
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function encodePng(size: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
