import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackgroundWork } from '../../background-work.js';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { readMessage, startSmtp } from '../../testing/smtp.js';
import { type SignedInUser, sessionHeaders, signedInUserWithPassword } from '../../testing/users.js';
import { RESET_EMAILS_PER_HOUR } from './request-password-reset.js';

const OLD_PASSWORD = 'an old and unusual passphrase 4';
const NEW_PASSWORD = 'a brand new unusual passphrase 9';

for (const dialect of DIALECTS) {
  describe(`forgot your password [${dialect}]`, () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let h: TestApp;
    let background: BackgroundWork;
    let agency = '';
    let worker: SignedInUser;
    let spanish: SignedInUser;
    let disabled: SignedInUser;

    beforeAll(async () => {
      smtp = await startSmtp();
      background = new BackgroundWork(undefined, { held: true });
      h = await createTestApp(dialect, { env: { HARBOR_SMTP_URL: smtp.url }, background });
      agency = (await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' })).id;
      worker = await signedInUserWithPassword(h, agency, 'social_worker', 'worker', OLD_PASSWORD);
      spanish = await signedInUserWithPassword(h, agency, 'social_worker', 'trabajadora', OLD_PASSWORD, 'es');
      disabled = await signedInUserWithPassword(h, agency, 'clinician', 'gone', OLD_PASSWORD);
      await h.t.database.db
        .updateTable('app_user')
        .set({ status: 'disabled' })
        .where('id', '=', disabled.user.id)
        .execute();
    });
    afterAll(async () => {
      await h?.close();
      await smtp?.close();
    });

    const post = (url: string, payload: object, language = 'en') =>
      h.app.inject({ method: 'POST', url, payload, headers: { 'accept-language': language } });
    const ask = (email: string) => post('/api/v1/auth/password-reset/request', { email });
    const reset = (token: string, password: string, language = 'en') =>
      post('/api/v1/auth/password-reset', { token, password }, language);
    const signIn = (email: string, password: string) => post('/api/v1/auth/sign-in', { email, password });
    const mailTo = (email: string) => smtp.messages.map(readMessage).filter((m) => m.to === email);
    const tokenIn = (text: string) => /\/reset-password#([\w-]+)/.exec(text)?.[1] ?? '';
    const resetLinks = () =>
      h.t.database.db.selectFrom('one_time_link').selectAll().where('kind', '=', 'password_reset').execute();

    it('says that e-mail can reset a password here', async () => {
      const info = await h.app.inject({ url: '/api/v1/auth/password-reset' });
      expect(info.json()).toEqual({ byEmail: true });
    });

    it('answers the same, before looking the address up, whether or not it has an account', async () => {
      const answers = await Promise.all(
        ['worker@county.example', 'nobody@county.example', 'gone@county.example', 'WORKER@County.Example'].map(ask),
      );
      const shape = (res: (typeof answers)[number]) => ({
        status: res.statusCode,
        body: res.body,
        type: res.headers['content-type'],
        length: res.headers['content-length'],
        cookie: res.headers['set-cookie'],
      });
      for (const answer of answers) expect(shape(answer)).toEqual(shape(answers[0]!));
      expect(answers[0]!.statusCode).toBe(202);
      // Every answer went out while the work was still held: nothing looked up, made or sent yet.
      expect(await resetLinks()).toEqual([]);
      expect(smtp.messages).toHaveLength(0);
      background.release();
      await h.settled();
      // Only the active account gets a link (one, however its address was written); the others get nothing.
      expect(mailTo('worker@county.example')).toHaveLength(2);
      expect(mailTo('nobody@county.example')).toHaveLength(0);
      expect(mailTo('gone@county.example')).toHaveLength(0);
      // The second request replaced the first link.
      const links = await resetLinks();
      expect(links).toHaveLength(2);
      expect(links.filter((l) => l.revoked_at === null)).toHaveLength(1);
    });

    it('e-mails a single-use link, in the account’s language, that sets a new password and ends every session', async () => {
      await ask('trabajadora@county.example');
      await h.settled();
      const [mail] = mailTo('trabajadora@county.example');
      expect(mail!.subject).toBe(translate('es', 'passwordReset.email.subject'));
      expect(mail!.text).toContain(translate('es', 'passwordReset.email.notYou'));
      expect(mail!.text).toMatch(/http:\/\/[\w.:]+\/reset-password#[\w-]{43}\n/);
      const token = tokenIn(mail!.text);
      const other = await sessionHeaders(h, spanish.user.id);
      // A lockout is lifted by the reset: the person proved who they are.
      await h.t.database.db
        .updateTable('app_user')
        .set({ locked_until: new Date(Date.now() + 600_000).toISOString() })
        .where('id', '=', spanish.user.id)
        .execute();
      // A refused password says why and leaves the link usable.
      const weak = await reset(token, 'short', 'es');
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.fields[0].message).toBe(translate('es', 'password.too_short', { minimum: 12 }));
      const done = await reset(token, NEW_PASSWORD, 'es');
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toEqual({ email: 'trabajadora@county.example' });
      for (const headers of [spanish.headers, other]) {
        expect((await h.app.inject({ url: '/api/v1/auth/session', headers })).statusCode).toBe(401);
      }
      const again = await reset(token, 'yet another passphrase 12', 'es');
      expect(again.statusCode).toBe(404);
      expect(again.json().error.message).toBe(translate('es', 'passwordReset.invalid'));
      expect((await signIn('trabajadora@county.example', OLD_PASSWORD)).statusCode).toBe(401);
      const signedIn = await signIn('trabajadora@county.example', NEW_PASSWORD);
      expect(signedIn.statusCode).toBe(200);
      // The second factor is still asked for (here: set up, as the account never had one).
      expect(signedIn.json().stage).toBe('enrolling');
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'details'])
        .where('record_id', '=', spanish.user.id)
        .where('event', 'in', ['auth.password.reset_requested', 'auth.password.reset'])
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.event)).toEqual(['auth.password.reset_requested', 'auth.password.reset']);
      expect(JSON.parse(String(audit[1]!.details))).toMatchObject({ via: 'email', sessions: 2 });
    });

    it('refuses an expired link and a link replaced by a newer one', async () => {
      const before = mailTo('worker@county.example').length;
      await ask('worker@county.example');
      await h.settled();
      const older = tokenIn(mailTo('worker@county.example').at(-1)!.text);
      expect(mailTo('worker@county.example')).toHaveLength(before + 1);
      await h.t.database.db
        .updateTable('one_time_link')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('kind', '=', 'password_reset')
        .where('user_id', '=', worker.user.id)
        .where('revoked_at', 'is', null)
        .execute();
      expect((await reset(older, NEW_PASSWORD)).statusCode).toBe(404);
    });

    it(`e-mails one person at most ${RESET_EMAILS_PER_HOUR} links an hour, and still answers the same`, async () => {
      await h.t.database.db.deleteFrom('one_time_link').where('kind', '=', 'password_reset').execute();
      const before = mailTo('worker@county.example').length;
      for (let i = 0; i < RESET_EMAILS_PER_HOUR + 2; i++)
        expect((await ask('worker@county.example')).statusCode).toBe(202);
      await h.settled();
      expect(mailTo('worker@county.example')).toHaveLength(before + RESET_EMAILS_PER_HOUR);
    });

    it('refuses a token that is no reset link: an invitation’s, a made-up one', async () => {
      expect((await reset('x'.repeat(43), NEW_PASSWORD)).statusCode).toBe(404);
      expect((await reset('short', NEW_PASSWORD)).statusCode).toBe(400);
    });

    it('limits requests per address like sign-in (20 a minute)', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 21; i++) statuses.push((await ask(`someone${i}@county.example`)).statusCode);
      expect(statuses.at(-1)).toBe(429);
      await h.settled();
    });
  });

  describe(`forgot your password without e-mail [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect);
    });
    afterAll(() => h.close());

    it('tells the page to send people to an administrator, in their language, whatever the address', async () => {
      expect((await h.app.inject({ url: '/api/v1/auth/password-reset' })).json()).toEqual({ byEmail: false });
      const refused = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset/request',
        headers: { 'accept-language': 'es' },
        payload: { email: 'anyone@county.example' },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe(translate('es', 'passwordReset.noEmail'));
    });
  });
}
