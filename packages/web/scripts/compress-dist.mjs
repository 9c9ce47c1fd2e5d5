// After `vite build`: writes NAME.br (brotli, quality 11) and NAME.gz (gzip, level 9) beside every text file of the
// staff app's build (dist/, but for the public site's dist/site, which the server compresses itself), when that is
// smaller. The server sends them by the browser's Accept-Encoding; at start it checks that each one still holds its
// file's bytes and makes them again, in memory, when not (packages/server/src/http/web-app.ts).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** What is worth compressing: text. Fonts (woff2) and images (png, jpg) are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|ico)$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'site' || name.startsWith('.') ? [] : files(path);
    return [path];
  });
}

let plain = 0;
let brotli = 0;
let gzip = 0;
// Compressed files of an earlier build into the same folder go first.
for (const path of files(dist)) if (/\.(br|gz)$/.test(path)) rmSync(path);
for (const path of files(dist)) {
  if (!COMPRESSIBLE.test(path)) continue;
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  plain += body.length;
  // A tiny file may not shrink: then only the file itself is sent.
  if (br.length < body.length) {
    writeFileSync(`${path}.br`, br);
    brotli += br.length;
  }
  if (gz.length < body.length) {
    writeFileSync(`${path}.gz`, gz);
    gzip += gz.length;
  }
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(
  `staff app: ${kb(plain)} of text in ${relative(process.cwd(), dist)}, ${kb(brotli)} brotli, ${kb(gzip)} gzip`,
);
