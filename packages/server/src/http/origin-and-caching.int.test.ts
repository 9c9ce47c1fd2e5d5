import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../identity/accounts.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { DIALECTS } from '../testing/databases.js';
import { type SignedInUser, signedInUser } from '../testing/users.js';
import { sampleYouthInput } from '../testing/youth.js';

const PUBLIC = 'https://harbor.county.example';
const HOST = 'harbor.county.example';

for (const dialect of DIALECTS) {
  describe(`Host, Origin and caching of API answers [${dialect}]`, () => {
    let h: TestApp;
    let worker: SignedInUser;
    beforeAll(async () => {
      h = await createTestApp(dialect, { env: { HARBOR_PUBLIC_URL: PUBLIC } });
      const agency = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      const signedIn = await signedInUser(h, agency.id, 'social_worker', 'worker');
      // Over https the session cookie has the __Host- prefix.
      const cookie = signedIn.headers.cookie!.replace(/^harbor=/, '__Host-harbor=');
      worker = { ...signedIn, headers: { ...signedIn.headers, cookie } };
    });
    afterAll(() => h.close());

    const call = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
      h.app.inject({ method, url, headers: { ...worker.headers, ...headers }, ...(payload ? { payload } : {}) });

    it('refuses a forged Origin even when the Host is forged to match it (DNS rebinding)', async () => {
      const forged = { host: 'evil.example', origin: 'https://evil.example' };
      const res = await call('POST', '/api/v1/youth', forged, sampleYouthInput());
      expect(res.statusCode).toBe(400);
      const sameHostForged = await call(
        'POST',
        '/api/v1/youth',
        { host: HOST, origin: 'https://evil.example' },
        sampleYouthInput(),
      );
      expect(sameHostForged.statusCode).toBe(403);
      // A Referer counts when there is no Origin.
      const referer = await call(
        'POST',
        '/api/v1/youth',
        { host: HOST, referer: 'https://evil.example/x' },
        sampleYouthInput(),
      );
      expect(referer.statusCode).toBe(403);
      const own = await call('POST', '/api/v1/youth', { host: HOST, origin: PUBLIC }, sampleYouthInput());
      expect(own.statusCode, own.body).toBe(201);
    });

    it('refuses a Host that is not the public address, with a translated message; health checks answer any', async () => {
      for (const host of ['evil.example', 'harbor.county.example.evil.example', '127.0.0.1:8080']) {
        const res = await h.app.inject({ url: '/api/v1/auth/session', headers: { host, 'accept-language': 'es' } });
        expect(res.statusCode, host).toBe(400);
        expect(res.json().error.message).toBe(translate('es', 'request.unknownHost'));
      }
      expect((await h.app.inject({ url: '/', headers: { host: 'evil.example' } })).statusCode).toBe(400);
      expect(
        (await h.app.inject({ url: '/api/v1/auth/session', headers: { host: 'HARBOR.county.example:443' } }))
          .statusCode,
      ).toBe(401);
      for (const url of ['/healthz', '/readyz']) {
        expect((await h.app.inject({ url, headers: { host: '10.0.0.7:8080' } })).statusCode, url).toBe(200);
      }
    });

    it('sends Cache-Control: no-store on every API answer but the immutable definitions', async () => {
      const headers = { host: HOST };
      for (const url of [
        '/api/v1/youth',
        '/api/v1/youth/mine',
        '/api/v1/auth/sessions',
        '/api/v1/instruments',
        '/api/v1/nothing-here',
      ]) {
        const res = await call('GET', url, headers);
        expect(res.headers['cache-control'], `${url} ${res.statusCode}`).toBe('no-store');
      }
      const created = await call('POST', '/api/v1/youth', { ...headers, origin: PUBLIC }, sampleYouthInput());
      expect(created.headers['cache-control']).toBe('no-store');
      const instruments = (await call('GET', '/api/v1/instruments', headers)).json() as {
        id: string;
        version: number;
      }[];
      const first = instruments[0]!;
      const version = await call('GET', `/api/v1/instruments/${first.id}/versions/${first.version}`, headers);
      expect(version.statusCode).toBe(200);
      expect(version.headers['cache-control']).toBe('private, max-age=86400, immutable');
      const missing = await call('GET', `/api/v1/instruments/${first.id}/versions/999`, headers);
      expect(missing.headers['cache-control']).toBe('no-store');
    });
  });

  describe(`a Harbor on this machine [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect);
    });
    afterAll(() => h.close());

    it('answers any loopback Host and Origin, on any port, and nothing else', async () => {
      for (const [host, origin] of [
        ['localhost:41234', 'http://localhost:41234'],
        ['127.0.0.1:5173', 'http://127.0.0.1:5173'],
        ['[::1]:8080', 'http://[::1]:8080'],
      ] as const) {
        const res = await h.app.inject({
          method: 'POST',
          url: '/api/v1/auth/sign-in',
          headers: { host, origin },
          payload: { email: 'a@b.example', password: 'not the password at all' },
        });
        expect(res.statusCode, host).toBe(401);
      }
      const rebound = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        headers: { host: 'localhost:8080', origin: 'http://evil.example:8080' },
        payload: { email: 'a@b.example', password: 'not the password at all' },
      });
      expect(rebound.statusCode).toBe(403);
      expect(
        (await h.app.inject({ url: '/api/v1/auth/session', headers: { host: 'evil.example:8080' } })).statusCode,
      ).toBe(400);
    });
  });
}
