import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { translate } from '@harbor/core';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { loadPublicContent } from './content.js';
import { PUBLIC_SITE_CSP } from './routes.js';

const content = loadPublicContent();

// The public site reads no database; one engine is enough.
describe('the public information site over HTTP', () => {
  let h: TestApp;
  beforeAll(async () => {
    h = await createTestApp('sqlite', {
      env: { HARBOR_PUBLIC_URL: 'https://harbor.county.example', HARBOR_QUICK_EXIT_URL: 'https://weather.example/' },
      webDist: mkdtempSync(join(tmpdir(), 'harbor-web-')),
    });
  });
  afterAll(() => h.close());
  /** A request to the public address (any other Host is refused). */
  const inject = (options: InjectOptions) =>
    h.app.inject({ ...options, headers: { host: 'harbor.county.example', ...options.headers } });

  it('sends / to the language the browser prefers, and says the answer varies by it', async () => {
    const cases: [string | undefined, string][] = [
      ['es-MX,es;q=0.9,en;q=0.5', '/es/'],
      ['en-US,en;q=0.9', '/en/'],
      ['fr-FR,es;q=0.8', '/es/'],
      ['de-DE', '/en/'],
      [undefined, '/en/'],
    ];
    for (const [accept, location] of cases) {
      const res = await inject({ url: '/', headers: accept ? { 'accept-language': accept } : {} });
      expect(res.statusCode, accept).toBe(302);
      expect(res.headers.location, accept).toBe(location);
      expect(String(res.headers.vary)).toMatch(/accept-language/i);
    }
  });

  it('serves every page in its language, linking to its translation, with no cookie and a strict policy', async () => {
    for (const page of content.byPath.values()) {
      const res = await inject({ url: page.path });
      expect(res.statusCode, page.path).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['set-cookie'], page.path).toBeUndefined();
      expect(res.headers['content-security-policy']).toBe(PUBLIC_SITE_CSP);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      const other = content.translation(page, page.locale === 'en' ? 'es' : 'en');
      expect(res.body).toContain(`<html lang="${page.locale}">`);
      expect(res.body).toContain(`href="${other.path}" hreflang="${other.locale}"`);
      expect(res.body).toContain(
        `<link rel="alternate" hreflang="${other.locale}" href="https://harbor.county.example${other.path}">`,
      );
      expect(res.body).toContain(
        'id="quick-exit" class="usa-button usa-button--secondary" href="https://weather.example/"',
      );
      expect(res.body).toContain(`datetime="${page.lastReviewed}"`);
      expect(res.body).not.toMatch(/<script(?![^>]*src="\/site\/site\.[0-9a-f]{12}\.js")/);
      expect(res.body).not.toMatch(/\sstyle=/);
    }
  });

  it('compresses, validates and caches: pages revalidate, hashed assets keep a year', async () => {
    const page = await inject({ url: '/es/senales-de-alerta', headers: { 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.rawPayload).toString()).toContain(content.byPath.get('/es/senales-de-alerta')?.title);
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await inject({
      url: '/es/senales-de-alerta',
      headers: { 'if-none-match': String(page.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    const css = /href="(\/site\/site\.[0-9a-f]{12}\.css)"/.exec(
      page.body ? gunzipSync(page.rawPayload).toString() : '',
    );
    const asset = await inject({ url: css?.[1] ?? '/missing', headers: { 'accept-encoding': 'br' } });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers an unknown page of a language with a 404 page in that language', async () => {
    for (const [url, locale] of [
      ['/es/no-existe', 'es'],
      ['/en/no/such/page', 'en'],
    ] as const) {
      const res = await inject({ url, headers: { accept: 'text/html', 'accept-language': 'en' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.body).toContain(`<html lang="${locale}">`);
      expect(res.body).toContain(translate(locale, 'publicSite.notFound.title'));
      expect(res.body).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('serves the fact sheet as a PDF in each language', async () => {
    for (const url of ['/en/fact-sheet.pdf', '/es/hoja-informativa.pdf']) {
      const res = await inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('tells search engines what to index', async () => {
    const robots = await inject({ url: '/robots.txt' });
    expect(robots.body).toContain('Disallow: /app');
    expect(robots.body).toContain('Sitemap: https://harbor.county.example/sitemap.xml');
    const sitemap = await inject({ url: '/sitemap.xml' });
    expect(sitemap.body).toContain('<loc>https://harbor.county.example/es/como-reportar</loc>');
  });

  it('logs public page visits without the address, the path or the browser', async () => {
    const before = h.logs.length;
    await inject({
      url: '/es/como-reportar?from=search',
      remoteAddress: '203.0.113.9',
      headers: { 'user-agent': 'VisitorBrowser/1.0', 'x-forwarded-for': '198.51.100.7' },
    });
    const lines = h.logs.slice(before).join('\n');
    expect(lines).toContain('"route":"/es/:slug"');
    for (const secret of ['203.0.113.9', '198.51.100.7', 'VisitorBrowser', 'como-reportar', 'from=search']) {
      expect(lines).not.toContain(secret);
    }
  });
});
