import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES, translate } from '@harbor/core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PUBLIC } from './http/access.js';
import { createTestApp, type TestApp } from './testing/app.js';
import { DIALECTS } from './testing/databases.js';

function fakeWebDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'harbor-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'manifest.webmanifest'), '{}');
  return dist;
}

for (const dialect of DIALECTS) {
  describe(`HTTP server [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect, { webDist: fakeWebDist() });
    });
    afterAll(() => h.close());

    it('answers /healthz and /readyz', async () => {
      for (const url of ['/healthz', '/readyz']) {
        const res = await h.app.inject({ url });
        expect(res.statusCode, url).toBe(200);
        expect(res.json()).toEqual({ status: 'ok' });
        expect(res.headers['cache-control']).toBe('no-store');
      }
    });

    it('serves a valid OpenAPI 3.1 description that lists the API routes', async () => {
      const res = await h.app.inject({ url: '/api/openapi.json' });
      expect(res.statusCode).toBe(200);
      const spec = res.json();
      const result = await new Validator().validate(spec);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(spec.openapi).toBe('3.1.0');
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining(['/healthz', '/readyz', '/api/v1/security/csp-reports']),
      );
      const docs = await h.app.inject({ url: '/api/docs' });
      expect(docs.statusCode).toBe(200);
      expect(docs.headers['content-type']).toMatch(/text\/html/);
    });

    it('sends strict security headers', async () => {
      const res = await h.app.inject({ url: '/healthz' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends them on answers refused before any route runs too (an unknown host, no session)', async () => {
      const refused = [
        await h.app.inject({ url: '/api/v1/auth/session', headers: { host: 'elsewhere.example' } }),
        await h.app.inject({ url: '/api/v1/youth' }),
      ];
      expect(refused.map((res) => res.statusCode)).toEqual([400, 401]);
      for (const res of refused) {
        expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['permissions-policy']).toContain('camera=()');
      }
    });

    it('answers every error in one shape, in the caller language', async () => {
      const notFound = await h.app.inject({ url: '/api/v1/nothing', headers: { 'accept-language': 'es-MX,es;q=0.9' } });
      expect(notFound.statusCode).toBe(404);
      expect(notFound.json()).toEqual({ error: { code: 'not_found', message: translate('es', 'error.not_found') } });
      expect(notFound.headers['content-language']).toBe('es');

      const badJson = await h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        headers: { 'content-type': 'application/json' },
        payload: '{"csp-report": ',
      });
      expect(badJson.statusCode).toBe(400);
      expect(badJson.json().error.code).toBe('bad_request');

      const wrongType = await h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        headers: { 'content-type': 'text/plain' },
        payload: 'hello',
      });
      expect(wrongType.statusCode).toBe(415);
      expect(wrongType.json().error.code).toBe('unsupported_media_type');

      const tooLarge = await h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        headers: { 'content-type': 'application/csp-report' },
        payload: JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(70_000) } }),
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.code).toBe('payload_too_large');

      const invalid = await h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        headers: { 'content-type': 'application/json', 'accept-language': 'es' },
        payload: [{ type: 5 }],
      });
      expect(invalid.statusCode).toBe(400);
      const body = invalid.json();
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.message).toBe(translate('es', 'error.validation_failed', { count: body.error.fields.length }));
      expect(body.error.fields.length).toBeGreaterThan(0);
    });

    it('stores a CSP report without the query string of the page', async () => {
      const before = await h.t.database.db.selectFrom('security_report').selectAll().execute();
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        headers: { 'content-type': 'application/csp-report' },
        payload: {
          'csp-report': {
            'document-uri': 'http://127.0.0.1/youth/1?name=Maria',
            'blocked-uri': 'https://evil.example/x.js?token=abc',
            'violated-directive': 'script-src-elem',
            disposition: 'enforce',
          },
        },
      });
      expect(res.statusCode).toBe(204);
      const rows = await h.t.database.db.selectFrom('security_report').selectAll().execute();
      expect(rows.length).toBe(before.length + 1);
      const row = rows.find((r) => !before.some((b) => b.id === r.id));
      expect(row).toMatchObject({
        kind: 'csp-report',
        document_uri: 'http://127.0.0.1/youth/1',
        blocked_uri: 'https://evil.example/x.js',
        directive: 'script-src-elem',
        disposition: 'enforce',
      });
    });

    it('serves the web app with cache rules and an SPA fallback, but JSON 404s for the API', async () => {
      const index = await h.app.inject({ url: '/sign-in', headers: { accept: 'text/html' } });
      expect(index.statusCode).toBe(200);
      expect(index.body).toContain('id="root"');
      expect(index.headers['cache-control']).toBe('no-cache');
      const deep = await h.app.inject({ url: '/some/client/route', headers: { accept: 'text/html' } });
      expect(deep.statusCode).toBe(200);
      expect(deep.body).toContain('id="root"');
      const asset = await h.app.inject({ url: '/assets/app-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      const api = await h.app.inject({ url: '/api/v1/unknown', headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('not_found');
      const missingAsset = await h.app.inject({ url: '/assets/missing.js' });
      expect(missingAsset.statusCode).toBe(404);
    });

    it('declares an access rule on every route', () => {
      expect(h.app.harborRoutes.length).toBeGreaterThan(5);
      for (const route of h.app.harborRoutes) {
        expect(route.options.config?.access, `${route.method} ${route.url}`).toBeDefined();
      }
    });

    it('never logs secrets, cookies, query strings or request bodies', async () => {
      const secret = 'Sup3rSecretTokenValue';
      const name = 'Maria Guadalupe Lopez';
      await h.app.inject({
        method: 'POST',
        url: `/api/v1/security/csp-reports?youth=${encodeURIComponent(name)}`,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${secret}`,
          cookie: `__Host-harbor=${secret}`,
        },
        payload: `{"csp-report": {"document-uri": "${name}"`,
      });
      await h.app.inject({ url: `/api/v1/youth/${encodeURIComponent(name)}`, headers: { cookie: `s=${secret}` } });
      const text = h.logs.join('\n');
      expect(h.logs.length).toBeGreaterThan(0);
      expect(text).not.toContain(secret);
      expect(text).not.toContain('Maria');
      expect(text).not.toContain('Guadalupe');
      expect(text).not.toContain('127.0.0.1');
      expect(text).toContain('"route":"/api/v1/security/csp-reports"');
    });

    it('has a message in both languages for every error code', () => {
      for (const code of ERROR_CODES) {
        expect(translate('en', `error.${code}`, { count: 2 })).not.toBe(translate('es', `error.${code}`, { count: 2 }));
      }
    });
  });
}

describe('HTTP server settings', () => {
  it('sends HSTS and upgrade-insecure-requests when served over https', async () => {
    const h = await createTestApp('sqlite', { env: { HARBOR_PUBLIC_URL: 'https://harbor.county.example' } });
    try {
      const res = await h.app.inject({ url: '/healthz' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await h.close();
    }
  });

  it('refuses to start when a route has no access rule', async () => {
    await expect(
      createTestApp('sqlite', {
        beforeReady(app) {
          app.get('/api/v1/forgotten', async () => ({ ok: true }));
        },
      }),
    ).rejects.toThrow(/without an access rule.*GET \/api\/v1\/forgotten/);
  });

  it('reports not ready when the database is unreachable or the server is draining', async () => {
    const h = await createTestApp('sqlite');
    try {
      h.startDraining();
      const draining = await h.app.inject({ url: '/readyz' });
      expect(draining.statusCode).toBe(503);
      expect(draining.json().error.code).toBe('unavailable');
      expect((await h.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await h.close();
    }
    const p = await createTestApp('postgres');
    try {
      await p.t.database.close();
      const res = await p.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
    } finally {
      await p.app.close();
      await p.t.drop().catch(() => {});
    }
  });

  it("finishes a request in flight before closing, and refuses what arrives meanwhile 503 in Harbor's shape", async () => {
    let arrived!: () => void;
    const hasArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = await createTestApp('sqlite', {
      beforeReady(app) {
        const schema = { response: { 200: z.object({ done: z.boolean() }) } };
        app.get('/api/v1/slow', { config: { access: PUBLIC }, schema }, async () => {
          arrived();
          await released;
          return { done: true };
        });
      },
    });
    const address = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${address}/api/v1/slow`);
    await hasArrived;
    const closing = h.close();
    const meanwhile = await h.app.inject({ url: '/healthz', headers: { 'accept-language': 'es' } });
    expect(meanwhile.statusCode).toBe(503);
    expect(meanwhile.json()).toEqual({ error: { code: 'unavailable', message: translate('es', 'error.unavailable') } });
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${address}/healthz`)).rejects.toThrow();
  });
});
