import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler.js';
import { loadWebApp, NO_SESSION, registerWebApp } from './web-app.js';

const SCRIPT = `export const answer = ${JSON.stringify('forty-two '.repeat(200))};\n`;
const PRELOAD = '<link rel="preload" href="/api/v1/auth/session" as="fetch" crossorigin />';
const INDEX = `<!doctype html><html><head>${PRELOAD}<script type="module" src="/assets/index-AbC123.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(20)}</body></html>`;

const SIGN_IN = INDEX.replace(
  '</head>',
  '<link rel="modulepreload" crossorigin href="/assets/sign-in-page-Q1.js"></head>',
);

/** A built web app as packages/web's build leaves it: files with their .br and .gz beside them. */
function builtApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(dist, '.vite'));
  mkdirSync(join(dist, 'site'));
  const write = (name: string, body: string | Buffer, compressed = true) => {
    writeFileSync(join(dist, name), body);
    if (!compressed) return;
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
  };
  write('index.html', INDEX);
  write('sw.js', `self.addEventListener('fetch', () => {}); // ${'x'.repeat(400)}`);
  write('assets/index-AbC123.js', SCRIPT);
  write('assets/font-XyZ.woff2', Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]), false);
  write('tiny.txt', 'hi', false);
  write('.vite/manifest.json', '{}', false);
  mkdirSync(join(dist, 'first-pages'));
  write('first-pages/sign-in.html', SIGN_IN);
  write('.vite/first-pages.json', JSON.stringify({ '/sign-in': 'first-pages/sign-in.html' }), false);
  write('site/site.css', 'body{}', false);
  return dist;
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function serve(dist: string, sessionCookie?: string): Promise<FastifyInstance> {
  app = Fastify();
  app.decorateRequest('locale', 'en');
  if (sessionCookie) await app.register(fastifyCookie);
  await registerWebApp(app, { dist, ...(sessionCookie ? { sessionCookie } : {}) });
  await app.ready();
  return app;
}

describe('the web app from memory, precompressed', () => {
  it('sends brotli, else gzip, else the file, by Accept-Encoding (q=0 refuses), each form with its own ETag', async () => {
    const web = await serve(builtApp());
    const get = (acceptEncoding?: string) =>
      web.inject({
        url: '/assets/index-AbC123.js',
        headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
      });

    const br = await get('gzip, deflate, br, zstd');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4);

    const gzip = await get('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    expect((await get('br;q=0, gzip;q=0.8')).headers['content-encoding']).toBe('gzip');
    expect((await get('*')).headers['content-encoding']).toBe('br');

    for (const plain of [await get(), await get('identity'), await get('br;q=0, gzip;q=0')]) {
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(SCRIPT);
      expect(plain.headers.vary).toBe('Accept-Encoding');
    }
    const etags = new Set([br, gzip, await get()].map((r) => r.headers.etag));
    expect(etags.size).toBe(3);
  });

  it('answers 304 when the browser holds the form it would get, and the whole file for another form', async () => {
    const web = await serve(builtApp());
    const first = await web.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    const again = await web.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br', 'if-none-match': `"other", W/${etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    const otherForm = await web.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(otherForm.statusCode).toBe(200);
    expect(otherForm.headers['content-encoding']).toBe('gzip');
  });

  it('revalidates index.html and the service worker, and answers page addresses with index.html, compressed', async () => {
    const web = await serve(builtApp());
    for (const url of ['/index.html', '/sw.js']) {
      const response = await web.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-encoding'], url).toBe('br');
    }
    const page = await web.inject({
      url: '/app/youth/123?tab=care-team',
      headers: { accept: 'text/html', 'accept-encoding': 'gzip' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(gunzipSync(page.rawPayload).toString()).toBe(INDEX);
    // An address that names a file or a dot segment is no page: 404, not the app (a scanner's backup-file probes).
    for (const url of ['/app.bak', '/backup.sql', '/app~', '/.app.swp', '/assets/gone-AbC123.js', '/.git/config']) {
      const probe = await web.inject({ url, headers: { accept: 'text/html' } });
      expect(probe.statusCode, url).toBe(404);
      expect(probe.headers['content-type'], url).toMatch(/^application\/json/);
    }
    // A service worker asks for its precache with a revision in the query string.
    const revision = await web.inject({ url: '/index.html?__WB_REVISION__=abc' });
    expect(revision.body).toBe(INDEX);
  });

  it("answers a first page's address with its own index.html (which preloads its code), with or without a query", async () => {
    const web = await serve(builtApp());
    for (const url of ['/sign-in', '/sign-in?next=%2Fapp%2Fyouth']) {
      const page = await web.inject({ url, headers: { accept: 'text/html', 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(SIGN_IN);
    }
    for (const url of ['/sign-in/other', '/app', '/index.html']) {
      const page = await web.inject({ url, headers: { accept: 'text/html' } });
      expect(page.body, url).toBe(INDEX);
    }
  });

  it('tells the app nobody is signed in when the browser sent no session cookie, instead of preloading the session', async () => {
    const web = await serve(builtApp(), 'harbor');
    for (const url of ['/sign-in', '/app/youth/123']) {
      const without = await web.inject({ url, headers: { accept: 'text/html', 'accept-encoding': 'br' } });
      const html = brotliDecompressSync(without.rawPayload).toString();
      expect(html, url).toContain(NO_SESSION);
      expect(html, url).not.toContain(PRELOAD);
      expect(html.replace(NO_SESSION, PRELOAD), url).toBe(url === '/sign-in' ? SIGN_IN : INDEX);
      expect(without.headers.vary, url).toBe('Accept-Encoding, Cookie');
      const withCookie = await web.inject({ url, headers: { accept: 'text/html', cookie: 'harbor=abc' } });
      expect(withCookie.body, url).toBe(url === '/sign-in' ? SIGN_IN : INDEX);
      expect(withCookie.headers.etag, url).not.toBe(
        (await web.inject({ url, headers: { accept: 'text/html' } })).headers.etag,
      );
    }
    // The service worker's copy (/index.html) stays the page that asks.
    expect((await web.inject({ url: '/index.html' })).body).toBe(INDEX);
  });

  it('sends fonts and tiny files as they are, and never the compressed files, dot folders or the public site', async () => {
    const web = await serve(builtApp());
    const font = await web.inject({ url: '/assets/font-XyZ.woff2', headers: { 'accept-encoding': 'br' } });
    expect(font.statusCode).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.headers.vary).toBeUndefined();
    const tiny = await web.inject({ url: '/tiny.txt', headers: { 'accept-encoding': 'br' } });
    expect(tiny.body).toBe('hi');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    for (const url of ['/assets/index-AbC123.js.br', '/index.html.gz', '/.vite/manifest.json', '/site/site.css']) {
      expect((await web.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('never sends a compressed file that is not its file: a stale or broken one is made again at start', async () => {
    const dist = builtApp();
    // Left over from another build: valid brotli of other bytes, and a .gz that is not gzip at all.
    writeFileSync(join(dist, 'assets', 'index-AbC123.js.br'), brotliCompressSync('console.log("old build")'));
    writeFileSync(join(dist, 'assets', 'index-AbC123.js.gz'), 'not gzip');
    expect(loadWebApp(dist).remade.map((file) => file.slice(dist.length))).toEqual([
      '/assets/index-AbC123.js.br',
      '/assets/index-AbC123.js.gz',
    ]);
    const web = await serve(dist);
    const br = await web.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    const gzip = await web.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
  });

  it("leaves the API router's refusals as they are: 405 for a method a path does not take, 414 for a long parameter", async () => {
    app = Fastify({ routerOptions: { maxParamLength: 64 } });
    app.decorateRequest('locale', 'en');
    registerErrorHandler(app);
    app.post('/api/v1/things/:id', async () => ({ ok: true }));
    await registerWebApp(app, { dist: builtApp() });
    await app.ready();
    const wrongMethod = await app.inject({ url: '/api/v1/things/abc', headers: { accept: 'text/html' } });
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
    const long = await app.inject({ method: 'POST', url: `/api/v1/things/${'a'.repeat(65)}` });
    expect(long.statusCode).toBe(414);
    // The app's files still come.
    expect((await app.inject({ url: '/assets/index-AbC123.js' })).statusCode).toBe(200);
  });

  it('makes the compressed forms at start when the build left none', () => {
    const dist = mkdtempSync(join(tmpdir(), 'harbor-web-'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    const { files, remade } = loadWebApp(dist);
    expect(remade.map((file) => file.slice(dist.length))).toEqual(['/index.html.br', '/index.html.gz']);
    expect(brotliDecompressSync(files.get('/index.html')!.br!).toString()).toBe(INDEX);
  });
});
