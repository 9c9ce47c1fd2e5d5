import { translate } from '@harbor/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../../crypto/keys.js';
import { toStoredTime } from '../../db/ids.js';
import { createAgency } from '../../identity/accounts.js';
import { hashPassword } from '../../identity/passwords.js';
import { encryptTotpSecret, generateTotpSecret, totpCodeAt, totpStep } from '../../identity/totp.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { readMessage, startSmtp } from '../../testing/smtp.js';
import { signedInUser } from '../../testing/users.js';

const PASSWORD = 'a long and unusual passphrase 7';
const WRONG = 'not the password at all';
const MINUTE = 60_000;

function cookiesOf(res: LightMyRequestResponse): Record<string, string> {
  const raw = res.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return Object.fromEntries(all.map((c) => c.split(';')[0]!.split('=') as [string, string]));
}

for (const dialect of DIALECTS) {
  describe(`locking out guessers, not the people they guess at [${dialect}]`, () => {
    let h: TestApp;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let agencyId = '';
    // The server's clock: each test moves it, never waits on real time.
    let clock = new Date('2026-12-02T10:00:00Z');
    const secrets = new Map<string, string>();
    beforeAll(async () => {
      smtp = await startSmtp();
      h = await createTestApp(dialect, { env: { HARBOR_SMTP_URL: smtp.url }, now: () => clock });
      agencyId = (await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' })).id;
    });
    afterAll(async () => {
      await h?.close();
      await smtp?.close();
    });
    const tick = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    };

    /** A staff member with a password and an authenticator, as after enrolment. */
    async function person(name: string, locale: 'en' | 'es' = 'en') {
      const { user } = await signedInUser(h, agencyId, 'clinician', name);
      const secret = generateTotpSecret();
      secrets.set(user.email, secret);
      await h.t.database.db
        .updateTable('app_user')
        .set({
          locale,
          password_hash: await hashPassword(PASSWORD),
          totp_secret: encryptTotpSecret(Keyring.fromConfig(h.config), secret, user.id),
          totp_enrolled_at: toStoredTime(clock),
        })
        .where('id', '=', user.id)
        .execute();
      return user;
    }
    const row = (id: string) =>
      h.t.database.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    /** The code of the authenticator at the server's time (each test step is a new 30-second step). */
    const codeOf = (email: string) => {
      tick(30_000);
      return totpCodeAt(secrets.get(email)!, totpStep(clock));
    };

    const post = (url: string, payload: object, from: { ip: string; cookie?: string; csrf?: string; lang?: string }) =>
      h.app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress: from.ip,
        headers: {
          ...(from.cookie ? { cookie: from.cookie } : {}),
          ...(from.csrf ? { 'x-csrf-token': from.csrf } : {}),
          ...(from.lang ? { 'accept-language': from.lang } : {}),
        },
      });
    async function signIn(email: string, password: string, from: { ip: string; device?: string; lang?: string }) {
      const res = await post('/api/v1/auth/sign-in', { email, password }, { ...from, cookie: from.device ?? '' });
      const session = cookiesOf(res).harbor;
      const cookie = [from.device, session ? `harbor=${session}` : ''].filter(Boolean).join('; ');
      return { res, cookie, csrf: res.statusCode === 200 ? (res.json().csrfToken as string) : '' };
    }
    const second = (
      path: 'second-factor' | 'recovery-code',
      code: string,
      s: { cookie: string; csrf: string },
      ip: string,
    ) => post(`/api/v1/auth/${path}`, { code }, { ip, cookie: s.cookie, csrf: s.csrf });
    /** A full sign-in; returns the known-device cookie it set. */
    async function fullSignIn(email: string, ip: string, device?: string) {
      const first = await signIn(email, PASSWORD, { ip, ...(device ? { device } : {}) });
      expect(first.res.statusCode, first.res.body).toBe(200);
      const done = await second('second-factor', codeOf(email), first, ip);
      expect(done.statusCode, done.body).toBe(200);
      expect(String(done.headers['set-cookie'])).toMatch(/harbor-device=[^;]+;.*HttpOnly.*SameSite=Strict/);
      return `harbor-device=${cookiesOf(done)['harbor-device']}`;
    }
    const mailTo = (email: string) => smtp.messages.map(readMessage).filter((m) => m.to === email);

    it('counts failed codes on their own: a correct password does not clear them, the fifth locks and tells the person', async () => {
      const user = await person('guessed', 'es');
      const ip = '198.51.100.1';
      const a = await signIn(user.email, PASSWORD, { ip });
      for (let i = 0; i < 3; i++) expect((await second('second-factor', '000000', a, ip)).statusCode).toBe(401);
      expect((await second('recovery-code', 'AAAA-BBBB-CCCC', a, ip)).statusCode).toBe(401);
      // Signing in again with the right password gives no new guesses.
      const b = await signIn(user.email, PASSWORD, { ip });
      expect(b.res.statusCode).toBe(200);
      expect((await row(user.id)).failed_second_factors).toBe(4);
      expect((await second('second-factor', '111111', b, ip)).statusCode).toBe(401);
      const locked = await row(user.id);
      expect(Date.parse(locked.second_factor_locked_until ?? '')).toBe(clock.getTime() + 15 * MINUTE);
      // The lock holds everywhere, even for the right code, and the half-way session is over.
      expect((await second('second-factor', codeOf(user.email), b, ip)).statusCode).toBe(401);
      expect((await signIn(user.email, PASSWORD, { ip })).res.statusCode).toBe(401);
      await h.settled();
      const [mail] = mailTo(user.email);
      expect(mail?.subject).toBe(translate('es', 'signIn.lockEmail.subject'));
      expect(mail?.text).toContain(translate('es', 'signIn.lockEmail.whatToDo'));
      expect(mail?.text).toContain('15 minutos');
      // After the lock, one more wrong code locks again, for twice as long.
      tick(16 * MINUTE);
      const c = await signIn(user.email, PASSWORD, { ip });
      expect(c.res.statusCode).toBe(200);
      expect((await second('second-factor', '222222', c, ip)).statusCode).toBe(401);
      expect(Date.parse((await row(user.id)).second_factor_locked_until ?? '')).toBe(clock.getTime() + 30 * MINUTE);
      // A second factor that succeeds clears the count.
      tick(31 * MINUTE);
      await fullSignIn(user.email, ip);
      expect((await row(user.id)).failed_second_factors).toBe(0);
    });

    it('clears the count of failed codes with an administrator’s reset of two-step verification', async () => {
      const user = await person('reset-by-admin');
      const ip = '198.51.100.2';
      const a = await signIn(user.email, PASSWORD, { ip });
      for (let i = 0; i < 5; i++) await second('second-factor', '000000', a, ip);
      expect((await row(user.id)).failed_second_factors).toBe(5);
      const admin = await signedInUser(h, agencyId, 'admin', 'administrator');
      const reset = await h.app.inject({
        method: 'DELETE',
        url: `/api/v1/users/${user.id}/second-factor`,
        headers: admin.headers,
      });
      expect(reset.statusCode, reset.body).toBe(200);
      const after = await row(user.id);
      expect(after.failed_second_factors).toBe(0);
      expect(after.second_factor_locked_until).toBeNull();
      expect((await signIn(user.email, PASSWORD, { ip })).res.json().stage).toBe('enrolling');
    });

    it('does not lock people out of a device they signed in on before when the failures came from elsewhere', async () => {
      const user = await person('on-call');
      const device = await fullSignIn(user.email, '203.0.113.10');
      // Someone elsewhere locks the account for everyone else...
      for (let i = 0; i < 5; i++)
        expect((await signIn(user.email, WRONG, { ip: '192.0.2.50' })).res.statusCode).toBe(401);
      expect((await signIn(user.email, PASSWORD, { ip: '192.0.2.51' })).res.statusCode).toBe(401);
      // ...and another account's mark, or a forged one, is not this account's.
      const other = await person('colleague');
      const otherDevice = await fullSignIn(other.email, '203.0.113.11');
      expect((await signIn(user.email, PASSWORD, { ip: '203.0.113.11', device: otherDevice })).res.statusCode).toBe(
        401,
      );
      expect((await signIn(user.email, PASSWORD, { ip: '203.0.113.10', device: `${device}x` })).res.statusCode).toBe(
        401,
      );
      // The person's own computer still signs in, from anywhere.
      await fullSignIn(user.email, '203.0.113.99', device);
      await h.settled();
      const [mail] = mailTo(user.email);
      expect(mail?.subject).toBe(translate('en', 'signIn.lockEmail.subject'));
      expect(mail?.text).toContain(translate('en', 'signIn.lockEmail.usualDevice'));
      // Wrong passwords on the known device lock the known devices too (a stolen computer gets 5 tries).
      for (let i = 0; i < 5; i++) {
        expect((await signIn(user.email, WRONG, { ip: '203.0.113.10', device })).res.statusCode).toBe(401);
      }
      expect((await signIn(user.email, PASSWORD, { ip: '203.0.113.10', device })).res.statusCode).toBe(401);
      tick(16 * MINUTE);
      await fullSignIn(user.email, '203.0.113.10', device);
    });

    it('holds an address after 10 failed passwords, whose further tries lock no account', async () => {
      const ip = '2001:db8:aa:bb:1::1';
      const target = await person('sprayed');
      for (let i = 0; i < 10; i++) {
        expect((await signIn(`nobody${i}@county.example`, WRONG, { ip })).res.statusCode).toBe(401);
      }
      // The same /64 is the same network.
      const held = await signIn(target.email, WRONG, { ip: '2001:db8:aa:bb:ffff::2', lang: 'es' });
      expect(held.res.statusCode).toBe(429);
      expect(held.res.json().error.message).toBe(translate('es', 'signIn.addressHeld'));
      for (let i = 0; i < 5; i++) expect((await signIn(target.email, WRONG, { ip })).res.statusCode).toBe(429);
      expect((await row(target.id)).failed_sign_ins).toBe(0);
      // Another address signs in; so does a known device on the held one.
      const device = await fullSignIn(target.email, '203.0.113.20');
      await fullSignIn(target.email, ip, device);
      tick(16 * MINUTE);
      expect((await signIn(target.email, PASSWORD, { ip })).res.statusCode).toBe(200);
    });
  });
}
