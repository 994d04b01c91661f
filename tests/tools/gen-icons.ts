// Draws the toolbar icon (an orange tile with a white speech bubble holding a
// check mark: a buyer's complaint, resolved) as PNGs at the sizes Chrome and
// Firefox ask for. No image library: shapes are sampled 4x per pixel and the
// PNG is written with node:zlib. Run: npx tsx tests/tools/gen-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const OUT = join(import.meta.dirname, '..', '..', 'assets', 'public', 'icon');
const ORANGE = [217, 72, 15];
const WHITE = [255, 255, 255];

const roundedRect = (
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const segment = (
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
  w: number,
) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= (w / 2) ** 2;
};
const triangle = (x: number, y: number, p: number[][]) => {
  const s = (a: number[], b: number[]) =>
    (b[0]! - a[0]!) * (y - a[1]!) - (b[1]! - a[1]!) * (x - a[0]!);
  const d1 = s(p[0]!, p[1]!),
    d2 = s(p[1]!, p[2]!),
    d3 = s(p[2]!, p[0]!);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

/** Colour of a point in unit coordinates (0..1), or undefined for transparent. */
function shade(x: number, y: number): number[] | undefined {
  if (!roundedRect(x, y, 0, 0, 1, 1, 0.22)) return undefined;
  const check =
    segment(x, y, 0.33, 0.45, 0.45, 0.57, 0.09) || segment(x, y, 0.45, 0.57, 0.68, 0.33, 0.09);
  const bubble =
    roundedRect(x, y, 0.17, 0.18, 0.83, 0.72, 0.14) ||
    triangle(x, y, [
      [0.3, 0.68],
      [0.46, 0.68],
      [0.27, 0.86],
    ]);
  return bubble && !check ? WHITE : ORANGE;
}

function png(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          if (!c) continue;
          acc[0]! += c[0]!;
          acc[1]! += c[1]!;
          acc[2]! += c[2]!;
          acc[3]!++;
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const n = acc[3]!;
      raw[o] = n ? Math.round(acc[0]! / n) : 0;
      raw[o + 1] = n ? Math.round(acc[1]! / n) : 0;
      raw[o + 2] = n ? Math.round(acc[2]! / n) : 0;
      raw[o + 3] = Math.round((255 * n) / (SS * SS));
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, k) => {
    let c = k;
    for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(join(OUT, `${size}.png`), png(size));
  console.log(`assets/public/icon/${size}.png`);
}
