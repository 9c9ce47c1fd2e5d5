import { translate } from '@harbor/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey, verifyAudit } from '../../audit/index.js';
import { createSetupLink } from '../../identity/one-time-links.js';
import { totpCodeAt, totpStep } from '../../identity/totp.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';

const PASSWORD = 'a long and unusual passphrase 7';
const ADMIN = 'first.admin@county.example';

function cookieOf(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const first = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  return first.split(';')[0] ?? '';
}

for (const dialect of DIALECTS) {
  describe(`signing in [${dialect}]`, () => {
    let h: TestApp;
    let totpSecret = '';
    let recoveryCodes: string[] = [];
    beforeAll(async () => {
      h = await createTestApp(dialect);
    });
    afterAll(() => h.close());

    const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
      h.app.inject({ method: 'POST', url, payload, headers });

    /** The last step the server accepted for the administrator (codes at or before it are refused). */
    async function lastStep(): Promise<number> {
      const row = await h.t.database.db.selectFrom('app_user').select('totp_last_step').executeTakeFirstOrThrow();
      return row.totp_last_step ?? 0;
    }

    /** A code the server has not seen: a step within its ±1 window after the last one used (waits if needed). */
    async function freshCode(): Promise<string> {
      for (;;) {
        const last = await lastStep();
        const now = totpStep();
        const step = [now - 1, now, now + 1].find((candidate) => candidate > last);
        if (step !== undefined) return totpCodeAt(totpSecret, step);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }

    async function signIn(password = PASSWORD, email = ADMIN) {
      const res = await post('/api/v1/auth/sign-in', { email, password });
      return { res, cookie: cookieOf(res), csrf: res.statusCode === 200 ? (res.json().csrfToken as string) : '' };
    }

    it('creates the first administrator with the one-time set-up link, once', async () => {
      const token = await createSetupLink(h.t.database.db);
      const body = { token, email: ADMIN, displayName: 'First Admin', agencyName: 'DMH', agencyKind: 'mental_health' };
      const weak = await post('/api/v1/auth/setup', { ...body, password: 'short' }, { 'accept-language': 'es' });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.fields[0]).toEqual({
        path: 'body.password',
        message: translate('es', 'password.too_short', { minimum: 12 }),
      });
      const created = await post('/api/v1/auth/setup', { ...body, password: PASSWORD });
      expect(created.statusCode, created.body).toBe(201);
      const again = await post('/api/v1/auth/setup', { ...body, email: 'x@y.org', password: PASSWORD });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toBe(translate('en', 'setup.alreadyDone'));
    });

    it('enrols TOTP at first sign-in, hands out ten recovery codes, then signs in', async () => {
      const { res, cookie, csrf } = await signIn();
      expect(res.statusCode).toBe(200);
      expect(res.json().stage).toBe('enrolling');
      const setCookie = String(res.headers['set-cookie']);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      // Half-way sessions cannot reach signed-in routes.
      expect((await h.app.inject({ url: '/api/v1/auth/sessions', headers: { cookie } })).statusCode).toBe(401);
      // State-changing requests need the CSRF token.
      expect((await post('/api/v1/auth/enrolment', {}, { cookie })).statusCode).toBe(403);
      const enrolment = await post('/api/v1/auth/enrolment', {}, { cookie, 'x-csrf-token': csrf });
      expect(enrolment.statusCode, enrolment.body).toBe(200);
      totpSecret = enrolment.json().secret;
      expect(enrolment.json().uri).toMatch(/^otpauth:\/\/totp\//);
      expect(enrolment.json().qrSvg).toMatch(/^<svg/);
      const wrong = await post('/api/v1/auth/enrolment/confirm', { code: '000000' }, { cookie, 'x-csrf-token': csrf });
      expect(wrong.statusCode).toBe(401);
      const code = totpCodeAt(totpSecret, totpStep());
      const done = await post('/api/v1/auth/enrolment/confirm', { code }, { cookie, 'x-csrf-token': csrf });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().stage).toBe('active');
      recoveryCodes = done.json().recoveryCodes;
      expect(new Set(recoveryCodes).size).toBe(10);
      // A new token after the second factor; the half-way one is dead.
      const active = cookieOf(done);
      expect(active).not.toBe(cookie);
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: { cookie } })).statusCode).toBe(401);
      const session = await h.app.inject({ url: '/api/v1/auth/session', headers: { cookie: active } });
      expect(session.statusCode).toBe(200);
      expect(session.json().user).toMatchObject({ email: ADMIN, role: 'admin' });
      expect(session.json().idleTimeoutSeconds).toBe(900);
      expect(session.json().timeZone).toBe('America/Los_Angeles');
      expect(session.json().user.agencyName).toBe('DMH');
      // Asking for the session restarts the idle clock: its end is 15 minutes from now.
      const idleLeft = Date.parse(session.json().idleExpiresAt) - Date.now();
      expect(idleLeft).toBeGreaterThan(14 * 60_000);
      expect(idleLeft).toBeLessThanOrEqual(15 * 60_000);
      const stored = await h.t.database.db.selectFrom('app_user').select('totp_secret').executeTakeFirstOrThrow();
      expect(stored.totp_secret).not.toContain(totpSecret);
    });

    it('asks for the code at later sign-ins, accepting each code once', async () => {
      const first = await signIn();
      expect(first.res.json().stage).toBe('password');
      const headers = { cookie: first.cookie, 'x-csrf-token': first.csrf };
      expect((await post('/api/v1/auth/second-factor', { code: 'abcdef' }, headers)).statusCode).toBe(401);
      // The code used at enrolment cannot be replayed.
      const replay = await post(
        '/api/v1/auth/second-factor',
        { code: totpCodeAt(totpSecret, await lastStep()) },
        headers,
      );
      expect(replay.statusCode).toBe(401);
      expect(replay.json().error.message).toBe(translate('en', 'signIn.codeFailed'));
      const next = await post('/api/v1/auth/second-factor', { code: await freshCode() }, headers);
      expect(next.statusCode, next.body).toBe(200);
      expect(next.json().stage).toBe('active');
    });

    it('accepts a recovery code once', async () => {
      const a = await signIn();
      const ok = await post(
        '/api/v1/auth/recovery-code',
        { code: recoveryCodes[0]!.toLowerCase() },
        { cookie: a.cookie, 'x-csrf-token': a.csrf },
      );
      expect(ok.statusCode, ok.body).toBe(200);
      const b = await signIn();
      const again = await post(
        '/api/v1/auth/recovery-code',
        { code: recoveryCodes[0]! },
        { cookie: b.cookie, 'x-csrf-token': b.csrf },
      );
      expect(again.statusCode).toBe(401);
    });

    it('signs out on the server, refusing cross-site and token-less requests', async () => {
      const a = await signIn();
      const done = await post(
        '/api/v1/auth/recovery-code',
        { code: recoveryCodes[1]! },
        { cookie: a.cookie, 'x-csrf-token': a.csrf },
      );
      expect(done.statusCode).toBe(200);
      const active = { cookie: cookieOf(done), csrf: done.json().csrfToken as string };
      expect((await post('/api/v1/auth/sign-out', {}, { cookie: active.cookie })).statusCode).toBe(403);
      const crossSite = await post(
        '/api/v1/auth/sign-out',
        {},
        { cookie: active.cookie, 'x-csrf-token': active.csrf, origin: 'https://evil.example' },
      );
      expect(crossSite.statusCode).toBe(403);
      const out = await post('/api/v1/auth/sign-out', {}, { cookie: active.cookie, 'x-csrf-token': active.csrf });
      expect(out.statusCode).toBe(204);
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: { cookie: active.cookie } })).statusCode).toBe(
        401,
      );
    });

    it('gives the same answer for an unknown account and a wrong password, and locks after 5 failures', async () => {
      const unknown = await signIn(PASSWORD, 'nobody@county.example');
      const wrong = await signIn('not the password at all', ADMIN);
      expect(unknown.res.statusCode).toBe(401);
      expect(unknown.res.json()).toEqual(wrong.res.json());
      for (let i = 0; i < 4; i++) expect((await signIn('still not the password', ADMIN)).res.statusCode).toBe(401);
      const locked = await signIn();
      expect(locked.res.statusCode).toBe(401);
      expect(locked.res.json()).toEqual(wrong.res.json());
      const user = await h.t.database.db.selectFrom('app_user').selectAll().executeTakeFirstOrThrow();
      expect(Date.parse(user.locked_until ?? '') - Date.now()).toBeGreaterThan(14 * 60_000);
      // When the lock has run out, the right password works again.
      await h.t.database.db
        .updateTable('app_user')
        .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
        .execute();
      expect((await signIn()).res.statusCode).toBe(200);
    });

    it('ends the sessions of a disabled user at once', async () => {
      const a = await signIn();
      await h.t.database.db.updateTable('app_user').set({ status: 'disabled' }).execute();
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: { cookie: a.cookie } })).statusCode).toBe(401);
      expect((await signIn()).res.statusCode).toBe(401);
      await h.t.database.db.updateTable('app_user').set({ status: 'active' }).execute();
    });

    it('recorded every step in an intact audit trail', async () => {
      const events = (await h.t.database.db.selectFrom('audit_event').select('event').execute()).map((e) => e.event);
      for (const event of [
        'admin.agency.created',
        'admin.user.created',
        'auth.mfa.enrolled',
        'auth.sign_in.succeeded',
        'auth.sign_in.failed',
        'auth.mfa.failed',
        'auth.recovery_code.used',
        'auth.sign_out',
        'auth.account.locked',
      ]) {
        expect(events, event).toContain(event);
      }
      const result = await verifyAudit(h.t.database.db, auditChainKey(h.config.secretKey));
      expect(result.problems).toEqual([]);
    });
  });
}
