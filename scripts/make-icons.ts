/**
 * Draws the app icons (web/public/icon-*.png): a green rounded square with three rising steps.
 * Run once after a design change (`node --import tsx scripts/make-icons.ts`); the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function icon(size: number, maskable: boolean): Buffer {
  const green = [0x2f, 0x6f, 0x5e];
  const paper = [0xfb, 0xfa, 0xf7];
  const rows: Buffer[] = [];
  const radius = maskable ? 0 : size * 0.18;
  // three steps inside the safe zone (the middle 60%)
  const inside = (x: number, y: number) => {
    const u = (x + 0.5) / size;
    const v = (y + 0.5) / size;
    if (u < 0.22 || u > 0.78 || v > 0.74) return false;
    const step = Math.min(2, Math.floor((u - 0.22) / (0.56 / 3)));
    return v > 0.56 - step * 0.14;
  };
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const dx = Math.max(0, Math.abs(x + 0.5 - size / 2) - (size / 2 - radius));
      const dy = Math.max(0, Math.abs(y + 0.5 - size / 2) - (size / 2 - radius));
      const outside = radius > 0 && dx * dx + dy * dy > radius * radius;
      const color = inside(x, y) ? paper : green;
      row.set([...color, outside ? 0 : 255], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(`web/public/icon-${size}.png`, icon(size, false));
writeFileSync('web/public/icon-maskable-512.png', icon(512, true));
