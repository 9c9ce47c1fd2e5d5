// Draws Harbor's app icons (a white "H" over a wave on dark blue) and writes them as PNG files into public/icons/.
// Run with `node scripts/make-icons.mjs` from packages/web; the PNGs are committed, so this runs only when the design changes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BACKGROUND = [0x16, 0x2e, 0x51]; // USWDS primary-darker
const LETTER = [0xff, 0xff, 0xff];
const WAVE = [0x73, 0xb3, 0xe7]; // USWDS primary-light
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The motif in unit coordinates (0..1 of the content box): a colour, or undefined for background. */
function motif(x, y) {
  const inRect = (x0, x1, y0, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
  if (inRect(0.28, 0.4, 0.2, 0.64) || inRect(0.6, 0.72, 0.2, 0.64) || inRect(0.4, 0.6, 0.38, 0.47)) return LETTER;
  const waveCentre = 0.76 + 0.035 * Math.sin((2 * Math.PI * (x - 0.24)) / 0.26);
  if (x >= 0.22 && x <= 0.78 && Math.abs(y - waveCentre) <= 0.04) return WAVE;
  return undefined;
}

/**
 * Renders one icon. `scale` shrinks the motif towards the centre (maskable icons keep it in the safe zone);
 * `cornerRadius` (fraction of the size) rounds the corners, leaving them transparent.
 */
function render(size, { scale = 1, cornerRadius = 0 } = {}) {
  const rgba = Buffer.alloc(size * size * 4);
  const r = cornerRadius;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const u = (px + (sx + 0.5) / SAMPLES) / size;
          const v = (py + (sy + 0.5) / SAMPLES) / size;
          if (r > 0) {
            const cx = Math.min(Math.max(u, r), 1 - r);
            const cy = Math.min(Math.max(v, r), 1 - r);
            if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) continue; // outside the rounded square
          }
          const colour = motif(0.5 + (u - 0.5) / scale, 0.5 + (v - 0.5) / scale) ?? BACKGROUND;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(sum[0] / covered);
        rgba[offset + 1] = Math.round(sum[1] / covered);
        rgba[offset + 2] = Math.round(sum[2] / covered);
      }
      rgba[offset + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, rgba);
}

const out = new URL('../public/icons/', import.meta.url);
mkdirSync(out, { recursive: true });
const icons = {
  'icon-192.png': render(192, { cornerRadius: 0.18 }),
  'icon-512.png': render(512, { cornerRadius: 0.18 }),
  // Maskable: full bleed, motif inside the central safe zone (a circle of 40% radius).
  'icon-maskable-512.png': render(512, { scale: 0.72 }),
  'apple-touch-icon-180.png': render(180),
  'favicon-32.png': render(32, { cornerRadius: 0.18 }),
};
for (const [name, bytes] of Object.entries(icons)) {
  writeFileSync(new URL(name, out), bytes);
  console.log(`wrote public/icons/${name} (${bytes.length} bytes)`);
}
