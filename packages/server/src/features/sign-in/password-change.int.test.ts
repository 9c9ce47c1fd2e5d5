import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { MAX_FAILURES } from '../../identity/lockout.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, sessionHeaders, signedInUser, signedInUserWithPassword } from '../../testing/users.js';

const CURRENT = 'the current unusual passphrase 5';
const NEXT = 'a next unusual passphrase of mine 8';

for (const dialect of DIALECTS) {
  describe(`changing my password [${dialect}]`, () => {
    let h: TestApp;
    let agency = '';
    let me: SignedInUser;

    beforeAll(async () => {
      h = await createTestApp(dialect);
      agency = (await createAgency(h.t.database.db, { name: 'Probation', kind: 'probation' })).id;
      me = await signedInUserWithPassword(h, agency, 'probation_officer', 'officer', CURRENT);
    });
    afterAll(() => h.close());

    const change = (headers: Record<string, string>, currentPassword: string, newPassword: string, language = 'en') =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { ...headers, 'accept-language': language },
        payload: { currentPassword, newPassword },
      });
    const signIn = (email: string, password: string) =>
      h.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password } });
    const failures = async (userId: string) =>
      (
        await h.t.database.db
          .selectFrom('app_user')
          .select('failed_sign_ins')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow()
      ).failed_sign_ins;

    it('refuses a wrong current password (counted like a failed sign-in) and a weak or unchanged new one', async () => {
      const wrong = await change(me.headers, 'not my password at all', 'short', 'es');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields).toEqual([
        { path: 'body.currentPassword', message: translate('es', 'passwordChange.currentWrong') },
        { path: 'body.newPassword', message: translate('es', 'password.too_short', { minimum: 12 }) },
      ]);
      expect(await failures(me.user.id)).toBe(1);
      const common = await change(me.headers, CURRENT, 'passwordpassword');
      expect(common.json().error.fields).toEqual([
        { path: 'body.newPassword', message: translate('en', 'password.common') },
      ]);
      const same = await change(me.headers, CURRENT, CURRENT);
      expect(same.json().error.fields).toEqual([
        { path: 'body.newPassword', message: translate('en', 'passwordChange.same') },
      ]);
      expect((await signIn('officer@county.example', CURRENT)).statusCode).toBe(200);
    });

    it('changes it, ends my other sessions and keeps this one, and audits it', async () => {
      const laptop = await sessionHeaders(h, me.user.id);
      const done = await change(me.headers, CURRENT, NEXT);
      expect(done.statusCode, done.body).toBe(200);
      // The other session, and the half-way one the sign-in above opened.
      expect(done.json().sessionsEnded).toBe(2);
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: me.headers })).statusCode).toBe(200);
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: laptop })).statusCode).toBe(401);
      expect((await signIn('officer@county.example', CURRENT)).statusCode).toBe(401);
      expect((await signIn('officer@county.example', NEXT)).statusCode).toBe(200);
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['outcome', 'details'])
        .where('event', '=', 'auth.password.changed')
        .where('actor_user_id', '=', me.user.id)
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.outcome)).toEqual(['failure', 'success']);
    });

    it('locks the account and ends every session after 5 wrong current passwords', async () => {
      const other = await signedInUserWithPassword(h, agency, 'probation_officer', 'guessed', CURRENT);
      for (let i = 0; i < MAX_FAILURES; i++) {
        expect((await change(other.headers, `wrong guess number ${i}`, NEXT)).statusCode).toBe(
          i < MAX_FAILURES ? 400 : 401,
        );
      }
      expect((await h.app.inject({ url: '/api/v1/auth/session', headers: other.headers })).statusCode).toBe(401);
      expect((await signIn('guessed@county.example', CURRENT)).statusCode).toBe(401);
    });

    it('says an account that signs in with single sign-on has no password to change', async () => {
      const sso = await signedInUser(h, agency, 'probation_officer', 'sso-user');
      const refused = await change(sso.headers, 'anything at all here', NEXT);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toBe(translate('en', 'passwordChange.noPassword'));
    });
  });
}
