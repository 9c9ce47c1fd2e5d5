import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './error-handler.js';

/** The built web app (packages/web/dist). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Paths the web app never answers: the API and the health checks keep their JSON 404. */
const NOT_WEB = /^\/(api|healthz|readyz)(\/|$|\?)/;
/**
 * An address that names a file (its last segment has an extension: /app.bak, /backup.sql, /assets/gone.js) or a dot
 * segment (/.env, /.git/config) is never one of the app's pages: it answers 404, not the app's index.html (a missing
 * script must not arrive as a page, and a scanner must not take the page for a backup file). The app's page
 * addresses are words and ids, never with a dot.
 */
const NAMES_A_FILE = /(\/\.|\.[A-Za-z0-9~]{1,10}$|~$)/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Text, sent compressed (packages/web/scripts/compress-dist.mjs makes NAME.br and NAME.gz at build time). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|xml|ico)$/;

/** Content-hashed files (Vite's assets/) never change under their name; everything else is revalidated. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** One file of the build, held in memory with its compressed forms and validator. */
export interface WebFile {
  type: string;
  cache: string;
  body: Buffer;
  br?: Buffer;
  gzip?: Buffer;
  /** A hash of the file's bytes; each form's ETag is made from it. */
  hash: string;
  /** A page's form for a browser that sent no session cookie (pageWithoutSession). */
  signedOut?: WebFile;
}

export interface WebApp {
  /** By address path: /index.html, /assets/index-AbC123.js... */
  files: Map<string, WebFile>;
  /**
   * The first pages' own index.html (a page address -> its file): the same app, also fetching that page's code with
   * it (packages/web/build-plugins.ts, harbor-first-pages); `*`, index.html for any other page address. Each with
   * its form for a browser without a session cookie.
   */
  pages: Map<string, WebFile>;
  /** Compressed files of the build that were missing, unreadable or not the file's bytes, made again at start. */
  remade: string[];
}

/** Where the web app's build names its first pages (packages/web/build-plugins.ts, FIRST_PAGES_FILE). */
const FIRST_PAGES = join('.vite', 'first-pages.json');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Dot files and folders (.vite/) are the build's own; NAME.br and NAME.gz are forms of NAME.
    if (name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return filesIn(path);
    return /\.(br|gz)$/.test(name) ? [] : [path];
  });
}

/**
 * The compressed form the build made of `body` (`path` + `.br` or `.gz`), if it holds exactly `body`; otherwise
 * (missing, corrupt, or left from another build) made again now, and `path` is reported. The build's output is the
 * source: a stale compressed file is never sent.
 */
function compressed(path: string, body: Buffer, encoding: 'br' | 'gzip', remade: string[]): Buffer | undefined {
  const file = `${path}.${encoding === 'br' ? 'br' : 'gz'}`;
  if (existsSync(file)) {
    const stored = readFileSync(file);
    try {
      if ((encoding === 'br' ? brotliDecompressSync(stored) : gunzipSync(stored)).equals(body)) return stored;
    } catch {
      // not even a compressed file: made again below
    }
  }
  const made =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(body, { level: 9 });
  // A tiny file that does not shrink is sent as it is (the build does not compress it either).
  if (made.length >= body.length) return undefined;
  remade.push(file);
  return made;
}

/** What the app's pages have the browser fetch beside the app: who is signed in (packages/web/index.html). */
const SESSION_PRELOAD = '<link rel="preload" href="/api/v1/auth/session" as="fetch" crossorigin />';
/** In its place for a browser that sent no session cookie: the app starts signed out (packages/web/src/session.tsx). */
export const NO_SESSION = '<meta name="harbor-session" content="none" />';

/** A file made here rather than by the build (a page's other form), compressed in memory. */
function madeFile(like: WebFile, body: Buffer): WebFile {
  const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
  const gzip = gzipSync(body, { level: 9 });
  return {
    type: like.type,
    cache: like.cache,
    body,
    ...(br.length < body.length ? { br } : {}),
    ...(gzip.length < body.length ? { gzip } : {}),
    hash: createHash('sha256').update(body).digest('base64url').slice(0, 22),
  };
}

/**
 * A page as sent to a browser without a session cookie: nobody can be signed in, so instead of the session's
 * preload (which would only be refused, a 401 on the console) it tells the app so. The page itself when it has no
 * such preload.
 */
function pageWithoutSession(page: WebFile): WebFile {
  const html = page.body.toString('utf8');
  return html.includes(SESSION_PRELOAD) ? madeFile(page, Buffer.from(html.replace(SESSION_PRELOAD, NO_SESSION))) : page;
}

/** Reads the built web app into memory, checking its compressed files (a few milliseconds for the whole build). */
export function loadWebApp(dist: string): WebApp {
  const files = new Map<string, WebFile>();
  const remade: string[] = [];
  for (const path of filesIn(dist)) {
    const name = `/${relative(dist, path).split(sep).join('/')}`;
    if (name.startsWith('/site/')) continue; // the public site's (features/public-site)
    const body = readFileSync(path);
    const text = COMPRESSIBLE.test(name);
    const br = text ? compressed(path, body, 'br', remade) : undefined;
    const gzip = text ? compressed(path, body, 'gzip', remade) : undefined;
    files.set(name, {
      type: TYPES[extname(name)] ?? 'application/octet-stream',
      cache: name.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      body,
      ...(br ? { br } : {}),
      ...(gzip ? { gzip } : {}),
      hash: createHash('sha256').update(body).digest('base64url').slice(0, 22),
    });
  }
  const named = existsSync(join(dist, FIRST_PAGES))
    ? (JSON.parse(readFileSync(join(dist, FIRST_PAGES), 'utf8')) as Record<string, string>)
    : {};
  const pages = new Map(
    Object.entries(named).flatMap(([path, file]) => {
      const page = files.get(`/${file}`);
      return page ? [[path, { ...page, signedOut: pageWithoutSession(page) }] as const] : [];
    }),
  );
  const index = files.get('/index.html');
  if (index) pages.set('*', { ...index, signedOut: pageWithoutSession(index) });
  return { files, pages, remade };
}

/** The quality value the Accept-Encoding header gives `coding` (0 when refused or not named, `*` counting). */
function quality(accepted: Map<string, number>, coding: string): number {
  return accepted.get(coding) ?? accepted.get('*') ?? 0;
}

/** Brotli when the browser takes it, else gzip, else the file itself (RFC 9110 Accept-Encoding, with q-values). */
export function chooseEncoding(header: string | undefined, file: WebFile): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    if (!coding) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(coding, q === undefined ? 1 : Number(q));
  }
  if (file.br && quality(accepted, 'br') > 0) return 'br';
  if (file.gzip && (quality(accepted, 'gzip') > 0 || quality(accepted, 'x-gzip') > 0)) return 'gzip';
  return undefined;
}

/** Whether If-None-Match names `etag` (weak comparison, as for GET). */
function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends a file of the build: the compressed form the browser takes, with `Vary: Accept-Encoding`, an ETag of its own
 * for each form, and 304 when the browser holds that form already.
 */
export function sendWebFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: WebFile,
  vary: readonly string[] = [],
): FastifyReply {
  const encoding = chooseEncoding(request.headers['accept-encoding'], file);
  const etag = `"${file.hash}${encoding === 'br' ? '-br' : encoding === 'gzip' ? '-gz' : ''}"`;
  reply.header('content-type', file.type).header('cache-control', file.cache).header('etag', etag);
  const varies = [...(file.br || file.gzip ? ['Accept-Encoding'] : []), ...vary];
  if (varies.length > 0) reply.header('vary', varies.join(', '));
  if (notModified(request.headers['if-none-match'], etag)) return reply.status(304).send();
  if (encoding) reply.header('content-encoding', encoding);
  return reply.status(200).send(encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.body);
}

/**
 * Serves the web app from memory: each file read once at start with its brotli and gzip forms (made at build time,
 * checked here), hashed assets cached for a year, everything else (index.html, sw.js, the manifest, icons)
 * revalidated, and the single-page app's index.html for any other page address (/app/youth/...) so client-side
 * routes load directly; the first pages (/sign-in, /app) get their own index.html, which also preloads their code. `/` and the public site's pages (/en/..., /es/...) are the public site's
 * (features/public-site).
 */
export async function registerWebApp(
  app: FastifyInstance,
  options: { dist?: string; sessionCookie?: string } = {},
): Promise<void> {
  const dist = options.dist ?? WEB_DIST;
  const built = existsSync(join(dist, 'index.html'));
  if (!built) app.log.warn({ event: 'web.missing', dist }, 'the web app is not built; run `npm run build`');
  const { files, pages, remade } = built
    ? loadWebApp(dist)
    : { files: new Map<string, WebFile>(), pages: new Map<string, WebFile>(), remade: [] };
  if (remade.length > 0) {
    app.log.warn(
      { event: 'web.compressed_remade', files: remade.map((file) => relative(dist, file)) },
      'compressed files of the web app were missing or did not match the build; made again at start (run `npm run build`)',
    );
  }
  const index = pages.get('*');

  // The app's files are served where no route matched, not by a wildcard route: a wildcard would take every address
  // the API's router refuses (a path parameter too long: 414; a method a path does not take: 405) and answer 404.
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const reading = request.method === 'GET' || request.method === 'HEAD';
    if (reading && !NOT_WEB.test(request.url)) {
      let path: string | undefined;
      try {
        path = decodeURIComponent(request.url.split('?')[0] ?? '');
      } catch {
        path = undefined;
      }
      const file = path === undefined ? undefined : files.get(path);
      if (file) return sendWebFile(request, reply, file);
    }
    const wantsPage =
      reading &&
      !NOT_WEB.test(request.url) &&
      !NAMES_A_FILE.test(request.url.split('?')[0] ?? '') &&
      (request.headers.accept ?? '').includes('text/html');
    const page = pages.get(request.url.split('?')[0] ?? '') ?? index;
    if (!wantsPage || !page) return reply.status(404).send(errorBody(request.locale, 'not_found'));
    // Whether the browser may be signed in decides the page's form (its session preload), hence Vary: Cookie.
    if (!options.sessionCookie) return sendWebFile(request, reply, page);
    const maybeSignedIn = Boolean(request.cookies?.[options.sessionCookie]);
    return sendWebFile(request, reply, maybeSignedIn ? page : (page.signedOut ?? page), ['Cookie']);
  });
}
