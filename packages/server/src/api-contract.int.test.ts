import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '@harbor/core';
import type { FastifyReply } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PUBLIC } from './http/access.js';
import { MAX_PATH_PARAMETER } from './http/openapi.js';
import { createTestApp, type TestApp } from './testing/app.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Parameter {
  in: string;
  name: string;
  schema: { type?: string; format?: string; maxLength?: number };
}
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  responses: Record<string, { $ref?: string }>;
}
type Document = {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { in: string; name: string }> };
};

// The document and the router's limits do not depend on the database engine: SQLite only.
describe('the API document is the contract', () => {
  let h: TestApp;
  let document: Document;
  beforeAll(async () => {
    h = await createTestApp('sqlite');
    document = h.app.swagger() as unknown as Document;
  });
  afterAll(() => h.close());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })),
    );

  it("passes Redocly CLI's recommended rules with no error", () => {
    const dir = mkdtempSync(join(tmpdir(), 'harbor-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(h.app.swagger(), null, 2));
      const lint = spawnSync(
        join(ROOT, 'node_modules', '.bin', 'redocly'),
        ['lint', '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish', file],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        },
      );
      expect(lint.status, `${lint.stdout}\n${lint.stderr}`).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names every operation once, says where it is served and what each needs', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.servers?.[0]?.url).toBe(h.config.publicUrl.origin);
    expect(document.components.securitySchemes.session).toMatchObject({ in: 'cookie', name: 'harbor' });
    expect(document.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    const byId = new Map(operations().map((o) => [o.operation.operationId, o.operation]));
    expect(byId.get('getHealthz')?.security).toEqual([]);
    expect(byId.get('getHealthz')?.responses['401']).toBeUndefined();
    expect(byId.get('postAuthSignIn')?.security).toEqual([]);
    expect(byId.get('getYouthById')?.security).toEqual([{ session: [] }]);
    expect(byId.get('patchYouthById')?.security).toEqual([{ session: [], csrf: [] }]);
    expect(Object.keys(byId.get('patchYouthById')?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '414', '415', '500', '503']),
    );
    // The route's own 409 (possible duplicates, with their list) stays as the route declares it.
    expect(byId.get('postYouth')?.responses['409']?.$ref).toBeUndefined();
    expect(byId.get('postAuthSignIn')?.responses['429']).toEqual({ $ref: '#/components/responses/RateLimited' });
  });

  it("leaves the public site's pages out", () => {
    const paths = Object.keys(document.paths);
    expect(paths.filter((path) => !path.startsWith('/api/') && !['/healthz', '/readyz'].includes(path))).toEqual([]);
  });

  it('documents every path parameter within what the router takes, and refuses a longer one with 414', async () => {
    for (const { path, operation } of operations()) {
      for (const parameter of operation.parameters?.filter((p) => p.in === 'path') ?? []) {
        const { type, format, maxLength } = parameter.schema;
        const bounded = format === 'uuid' || (maxLength !== undefined && maxLength <= MAX_PATH_PARAMETER);
        expect(type !== 'string' || bounded, `${path} ${parameter.name}`).toBe(true);
      }
    }
    const long = await h.app.inject({
      url: `/api/v1/protocols/${'p'.repeat(MAX_PATH_PARAMETER + 1)}/versions/1`,
      headers: { 'accept-language': 'es' },
    });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toEqual({ error: { code: 'uri_too_long', message: translate('es', 'error.uri_too_long') } });
    // A path the router cannot decode is refused in the same shape.
    const badUrl = await h.app.inject({ url: '/api/v1/youth/%zz' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().error.code).toBe('bad_request');
    // A page of the public site by a longer name is the site's own not-found page (its wildcard route takes it).
    const page = await h.app.inject({ url: `/en/${'p'.repeat(MAX_PATH_PARAMETER + 10)}` });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // A parameter as long as the router takes reaches the route (here its access rule: not signed in).
    const notUuid = await h.app.inject({ url: `/api/v1/youth/${'a'.repeat(MAX_PATH_PARAMETER)}` });
    expect(notUuid.statusCode).toBe(401);
  });

  it('answers a method a known path does not take with 405 and Allow; an unknown path stays 404', async () => {
    const put = await h.app.inject({ method: 'PUT', url: '/api/v1/youth', headers: { 'accept-language': 'es' } });
    expect(put.statusCode).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, POST');
    expect(put.json()).toEqual({
      error: { code: 'method_not_allowed', message: translate('es', 'error.method_not_allowed') },
    });
    const health = await h.app.inject({ method: 'DELETE', url: '/healthz' });
    expect(health.statusCode).toBe(405);
    expect(health.headers.allow).toBe('GET, HEAD');
    // /api/v1/youth/mine is a path of GET (its own) and of PATCH (/api/v1/youth/:id): the router would match both.
    const mine = await h.app.inject({ method: 'DELETE', url: '/api/v1/youth/mine' });
    expect(mine.headers.allow).toBe('GET, HEAD, PATCH');
    const unknown = await h.app.inject({ method: 'POST', url: '/api/v1/nothing' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers.allow).toBeUndefined();
  });
});

describe("the test harness's check of answers", () => {
  it('fails on a status the document does not list, and on an error body of another shape', async () => {
    const h = await createTestApp('sqlite', {
      beforeReady: (app) => {
        const schema = { response: { 200: z.object({ ok: z.boolean() }) } };
        app.get('/api/v1/test/teapot', { config: { access: PUBLIC }, schema }, (_request, reply) =>
          (reply as FastifyReply).status(418).send({ ok: true }),
        );
        app.get('/api/v1/test/odd-error', { config: { access: PUBLIC }, schema }, (_request, reply) =>
          (reply as FastifyReply).status(400).send({ error: 'no' }),
        );
      },
    });
    await h.app.inject({ url: '/api/v1/test/teapot' });
    await h.app.inject({ url: '/api/v1/test/odd-error' });
    await h.app.inject({ url: '/healthz' });
    expect(h.violations.map((v) => [v.url, v.status])).toEqual([
      ['/api/v1/test/teapot', 418],
      ['/api/v1/test/odd-error', 400],
    ]);
    expect(h.violations[0]?.problem).toMatch(/status 418 is not documented/);
    expect(h.violations[1]?.problem).toMatch(/does not match the documented schema/);
    await expect(h.close()).rejects.toThrow(/2 answer\(s\) do not match the API document/);
  });
});
