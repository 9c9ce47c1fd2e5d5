// What a phone downloads first, measured from the build's Vite manifest (dist/.vite/manifest.json): the files a
// start (index.html, a page's module) needs through static imports, and their size as the server sends them
// (brotli). Used by the build (build-plugins.ts, harbor-first-load), which fails over the budget; first-load.test.ts.
import { brotliCompressSync, constants as zlib } from 'node:zlib';

/** One entry of a Vite manifest (https://vite.dev/guide/backend-integration): a chunk or an asset. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically: fetched before it runs. */
  imports?: string[];
  /** Manifest keys of the chunks it imports with import(): fetched only when the code asks. */
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The manifest key of the chunk written to `file` (assets/app-AbC123.js), as index.html names its scripts. */
export function keyOfFile(manifest: Manifest, file: string): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.file === file);
  if (!key) throw new Error(`the build's manifest has no chunk written to ${file}`);
  return key;
}

/** The scripts an HTML page of the build loads at once (`<script type="module" src="/assets/...">`), as files. */
export function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1] ?? '');
}

/**
 * The JavaScript files that `starts` (manifest keys: `_app-AbC123.js`, `src/features/sign-in/sign-in-page.tsx`) need
 * before they run: each start's file and, through static imports, every chunk it imports, once each, in the order
 * met. Dynamic imports are not followed: name what is fetched that way as a start of its own.
 */
export function firstLoadFiles(manifest: Manifest, starts: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string, from: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build's manifest has no ${key} (${from})`);
    seen.add(key);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported, `imported by ${key}`);
  };
  for (const start of starts) visit(start, 'a start');
  return files;
}

/** A file's bytes as the server sends them to a browser that takes brotli (packages/web/scripts/compress-dist.mjs). */
export function brotliSize(body: string | Uint8Array): number {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return brotliCompressSync(bytes, {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
}

export interface FirstLoad {
  /** Each file with its brotli size, in the order met. */
  files: { file: string; bytes: number }[];
  /** Their sum. */
  bytes: number;
  budget: number;
  /** Whether the sum is over the budget. */
  over: boolean;
}

/**
 * Sums the brotli size of what `html` (the app's index.html) loads and what `starts` need (`read` gives a file of the build by its name) against `budget`. */
export function measureFirstLoad(
  manifest: Manifest,
  html: string,
  starts: readonly string[],
  read: (file: string) => string | Uint8Array,
  budget: number,
): FirstLoad {
  const entry = scriptsOf(html).map((file) => keyOfFile(manifest, file));
  if (entry.length === 0) throw new Error('index.html loads no script');
  const files = firstLoadFiles(manifest, [...entry, ...starts]).map((file) => ({
    file,
    bytes: brotliSize(read(file)),
  }));
  const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
  return { files, bytes, budget, over: bytes > budget };
}
