import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { totpCodeAt, totpStep } from '../../identity/totp.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser, signedInUserWithPassword } from '../../testing/users.js';

const PASSWORD = 'the worker’s own passphrase 3';

for (const dialect of DIALECTS) {
  describe(`account recovery by an administrator [${dialect}]`, () => {
    let h: TestApp;
    let agency = '';
    let admin: SignedInUser;
    let supervisor: SignedInUser;
    let worker: SignedInUser;

    beforeAll(async () => {
      h = await createTestApp(dialect);
      agency = (await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' })).id;
      admin = await signedInUser(h, agency, 'admin', 'admin');
      supervisor = await signedInUser(h, agency, 'supervisor', 'supervisor');
      worker = await signedInUserWithPassword(h, agency, 'social_worker', 'worker', PASSWORD);
    });
    afterAll(() => h.close());

    const call = (who: SignedInUser, method: string, url: string) =>
      h.app.inject({ method: method as 'GET', url, headers: { ...who.headers, 'accept-language': 'en' } });
    const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
      h.app.inject({ method: 'POST', url, payload, headers });

    /** Signs the worker in with password and authenticator, the first time enrolling; returns the session's headers. */
    async function signInAsWorker(password: string): Promise<{ headers: Record<string, string>; stage: string }> {
      const res = await post('/api/v1/auth/sign-in', { email: 'worker@county.example', password });
      expect(res.statusCode, res.body).toBe(200);
      const headers = {
        cookie: String(res.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': res.json().csrfToken as string,
      };
      return { headers, stage: res.json().stage };
    }

    async function enrol(headers: Record<string, string>): Promise<Record<string, string>> {
      const { secret } = (await post('/api/v1/auth/enrolment', {}, headers)).json();
      const done = await post('/api/v1/auth/enrolment/confirm', { code: totpCodeAt(secret, totpStep()) }, headers);
      expect(done.statusCode, done.body).toBe(200);
      return {
        cookie: String(done.headers['set-cookie']).split(';')[0]!,
        'x-csrf-token': done.json().csrfToken as string,
      };
    }

    it('makes a 24-hour reset link for a person, which sets a new password; not for oneself, not a supervisor', async () => {
      expect((await call(supervisor, 'POST', `/api/v1/users/${worker.user.id}/password-reset`)).statusCode).toBe(403);
      const self = await call(admin, 'POST', `/api/v1/users/${admin.user.id}/password-reset`);
      expect(self.statusCode).toBe(403);
      expect(self.json().error.message).toMatch(/your own account/);
      const made = await call(admin, 'POST', `/api/v1/users/${worker.user.id}/password-reset`);
      expect(made.statusCode, made.body).toBe(201);
      const { link, expiresAt } = made.json();
      expect(link).toMatch(/\/reset-password#[\w-]{43}$/);
      expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * 60 * 60_000);
      // A second link replaces the first.
      const newer = (await call(admin, 'POST', `/api/v1/users/${worker.user.id}/password-reset`)).json();
      const token = (l: string) => new URL(l).hash.slice(1);
      expect(
        (await post('/api/v1/auth/password-reset', { token: token(link), password: 'unused passphrase 11' }))
          .statusCode,
      ).toBe(404);
      const done = await post('/api/v1/auth/password-reset', {
        token: token(newer.link),
        password: `${PASSWORD} again`,
      });
      expect(done.statusCode, done.body).toBe(200);
      expect((await call(worker, 'GET', '/api/v1/auth/session')).statusCode).toBe(401);
      expect((await signInAsWorker(`${PASSWORD} again`)).stage).toBe('enrolling');
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'actor_user_id', 'details'])
        .where('record_id', '=', worker.user.id)
        .where('event', 'in', ['admin.user.password_reset_link', 'auth.password.reset'])
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => [a.event, a.actor_user_id])).toEqual([
        ['admin.user.password_reset_link', admin.user.id],
        ['admin.user.password_reset_link', admin.user.id],
        ['auth.password.reset', worker.user.id],
      ]);
      expect(JSON.parse(String(audit[2]!.details))).toMatchObject({ via: 'admin' });
    });

    it('resets two-step verification: codes forgotten, sessions ended, set up again at the next sign-in', async () => {
      const password = `${PASSWORD} again`;
      const first = await signInAsWorker(password);
      const signedIn = await enrol(first.headers);
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: signedIn })).statusCode).toBe(200);
      const codes = () =>
        h.t.database.db.selectFrom('recovery_code').select('id').where('user_id', '=', worker.user.id).execute();
      expect(await codes()).toHaveLength(10);

      expect((await call(supervisor, 'DELETE', `/api/v1/users/${worker.user.id}/second-factor`)).statusCode).toBe(403);
      expect((await call(admin, 'DELETE', `/api/v1/users/${admin.user.id}/second-factor`)).statusCode).toBe(403);
      const reset = await call(admin, 'DELETE', `/api/v1/users/${worker.user.id}/second-factor`);
      expect(reset.statusCode, reset.body).toBe(200);
      expect(reset.json()).toMatchObject({ id: worker.user.id, mfaEnrolled: false });
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: signedIn })).statusCode).toBe(401);
      expect(await codes()).toEqual([]);
      const row = await h.t.database.db
        .selectFrom('app_user')
        .select(['totp_secret', 'totp_enrolled_at', 'totp_last_step'])
        .where('id', '=', worker.user.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null });

      const again = await signInAsWorker(password);
      expect(again.stage).toBe('enrolling');
      await enrol(again.headers);
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'details'])
        .where('record_id', '=', worker.user.id)
        .where('event', '=', 'admin.user.mfa_reset')
        .execute();
      expect(audit).toHaveLength(1);
      // The signed-in session, and the half-way one the previous test's sign-in left open.
      expect(JSON.parse(String(audit[0]!.details))).toMatchObject({ sessions: 2, was_enrolled: true });
    });
  });
}
