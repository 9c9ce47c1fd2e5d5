import { type AddressInfo, createServer } from 'node:net';
import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { totpCodeAt, totpStep } from '../../identity/totp.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { readMessage, startSmtp } from '../../testing/smtp.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';

const PASSWORD = 'a long and unusual passphrase 7';

for (const dialect of DIALECTS) {
  describe(`invitations: e-mail, pending list, resend, revoke, acceptance [${dialect}]`, () => {
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    let h: TestApp;
    let dmh = '';
    let dcfs = '';
    const as: Record<string, SignedInUser> = {};

    beforeAll(async () => {
      smtp = await startSmtp();
      h = await createTestApp(dialect, { env: { HARBOR_SMTP_URL: smtp.url } });
      dmh = (await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' })).id;
      dcfs = (await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' })).id;
      as.admin = await signedInUser(h, dmh, 'admin', 'admin');
      as.dcfsSupervisor = await signedInUser(h, dcfs, 'supervisor', 'dcfs-supervisor');
      as.dmhSupervisor = await signedInUser(h, dmh, 'supervisor', 'dmh-supervisor');
    });
    afterAll(async () => {
      await h?.close();
      await smtp?.close();
    });

    const call = (who: string, method: string, url: string, payload?: object) =>
      h.app.inject({
        method: method as 'GET',
        url,
        headers: { ...as[who]!.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    const invite = (who: string, email: string, role: string, agencyId: string) =>
      call(who, 'POST', '/api/v1/invitations', { email, role, agencyId });
    const tokenOf = (link: string) => new URL(link).hash.slice(1);
    const accept = (token: string, password = PASSWORD, language = 'en') =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/invitations/accept',
        headers: { 'accept-language': language },
        payload: { token, displayName: 'Marisol Vega', password },
      });
    const mailTo = (email: string) =>
      smtp.messages.map(readMessage).filter((m) => m.to.toLowerCase().includes(email.toLowerCase()));

    it('e-mails the link in English and Spanish, naming who invited, the role and the agency, and nothing else', async () => {
      const made = await invite('admin', 'Marisol.Vega@dcfs.county.example', 'social_worker', dcfs);
      expect(made.statusCode, made.body).toBe(201);
      const { link, emailed } = made.json();
      expect(emailed).toBe(true);
      expect(link).toMatch(/^http:\/\/[\w.:]+\/invitation#[\w-]{43}$/);
      const [mail] = mailTo('marisol.vega@dcfs.county.example');
      expect(mail).toBeDefined();
      expect(mail!.subject).toBe('You are invited to Harbor / Le invitan a Harbor');
      expect(mail!.text).toContain(link);
      expect(mail!.text).toContain('admin invited you to Harbor');
      expect(mail!.text).toContain('Social worker, DCFS');
      expect(mail!.text).toContain('Profesional de trabajo social, DCFS');
      // The token appears in the link only, never in a path or query.
      expect(mail!.text.match(new RegExp(tokenOf(link), 'g'))).toHaveLength(2);
      expect(mail!.text).not.toMatch(/\?token=|\/invitation\/[\w-]{20,}/);
    });

    it('refuses an invitation without an agency, or into one that does not exist, in the caller’s language', async () => {
      const email = 'no.agency@county.example';
      const refusals = [
        [await invite('admin', email, 'clinician', ''), 'en', 'validation.required'],
        [
          await h.app.inject({
            method: 'POST',
            url: '/api/v1/invitations',
            headers: { ...as.admin!.headers, 'accept-language': 'es' },
            payload: { email, role: 'clinician' },
          }),
          'es',
          'validation.required',
        ],
        [await invite('admin', email, 'clinician', 'no-such-agency'), 'en', 'validation.invalid'],
      ] as const;
      for (const [refused, locale, key] of refusals) {
        expect(refused.statusCode, refused.body).toBe(400);
        expect(refused.json().error).toEqual({
          code: 'validation_failed',
          message: translate(locale, 'error.validation_failed', { count: 1 }),
          fields: [{ path: 'body.agencyId', message: translate(locale, key) }],
        });
      }
      const open = (await call('admin', 'GET', '/api/v1/invitations')).json();
      expect(open.map((i: { email: string }) => i.email)).not.toContain(email);
    });

    it('lists open invitations: all for an administrator, their agency’s for a supervisor', async () => {
      await invite('admin', 'dmh.clinician@county.example', 'clinician', dmh);
      await invite('admin', 'dmh.admin@county.example', 'admin', dmh);
      const all = (await call('admin', 'GET', '/api/v1/invitations')).json();
      expect(all.map((i: { email: string }) => i.email)).toEqual(
        expect.arrayContaining(['marisol.vega@dcfs.county.example', 'dmh.clinician@county.example']),
      );
      expect(all.find((i: { email: string }) => i.email === 'dmh.clinician@county.example')).toMatchObject({
        role: 'clinician',
        agencyId: dmh,
        invitedBy: 'admin',
        expired: false,
      });
      const dcfsView = (await call('dcfsSupervisor', 'GET', '/api/v1/invitations')).json();
      expect(dcfsView.map((i: { email: string }) => i.email)).toEqual(['marisol.vega@dcfs.county.example']);
      // A supervisor does not see, resend or withdraw an invitation of an administrator, even in their own agency.
      const dmhView = (await call('dmhSupervisor', 'GET', '/api/v1/invitations')).json();
      expect(dmhView.map((i: { email: string }) => i.email)).toEqual(['dmh.clinician@county.example']);
      const adminInvitation = all.find((i: { email: string }) => i.email === 'dmh.admin@county.example');
      const refused = await call('dmhSupervisor', 'DELETE', `/api/v1/invitations/${adminInvitation.id}`);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/own agency/);
    });

    it('resends with a new link (the earlier one stops working), e-mailed again, and audits it', async () => {
      const made = (await invite('dcfsSupervisor', 'resend.me@dcfs.county.example', 'social_worker', dcfs)).json();
      const before = mailTo('resend.me@dcfs.county.example').length;
      // Someone of another agency cannot resend it.
      expect((await call('dmhSupervisor', 'POST', `/api/v1/invitations/${made.id}/resend`)).statusCode).toBe(403);
      const again = await call('dcfsSupervisor', 'POST', `/api/v1/invitations/${made.id}/resend`);
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().link).not.toBe(made.link);
      expect(again.json().emailed).toBe(true);
      const mails = mailTo('resend.me@dcfs.county.example');
      expect(mails).toHaveLength(before + 1);
      expect(mails.at(-1)!.text).toContain(again.json().link);
      const old = await accept(tokenOf(made.link));
      expect(old.statusCode).toBe(404);
      expect(old.json().error.message).toMatch(/invitation link is not valid/);
      expect((await accept(tokenOf(again.json().link))).statusCode).toBe(201);
      // Accepted: no longer open, so neither resent nor listed.
      expect((await call('dcfsSupervisor', 'POST', `/api/v1/invitations/${made.id}/resend`)).statusCode).toBe(404);
      const events = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'actor_user_id'])
        .where('record_id', '=', made.id)
        .execute();
      expect(events.map((e) => e.event)).toEqual(['admin.user.invited', 'admin.user.invitation_resent']);
    });

    it('withdraws an invitation, whose link then stops working; a second withdrawal finds nothing', async () => {
      const made = (await invite('admin', 'withdrawn@county.example', 'advocate', dmh)).json();
      expect((await call('admin', 'DELETE', `/api/v1/invitations/${made.id}`)).statusCode).toBe(204);
      expect((await call('admin', 'DELETE', `/api/v1/invitations/${made.id}`)).statusCode).toBe(404);
      expect((await accept(tokenOf(made.link))).statusCode).toBe(404);
      const open = (await call('admin', 'GET', '/api/v1/invitations')).json();
      expect(open.some((i: { id: string }) => i.id === made.id)).toBe(false);
      const revoked = await h.t.database.db
        .selectFrom('audit_event')
        .select('event')
        .where('record_id', '=', made.id)
        .where('event', '=', 'admin.user.invitation_revoked')
        .execute();
      expect(revoked).toHaveLength(1);
    });

    it('replaces an open invitation of the same address with the new one', async () => {
      const first = (await invite('admin', 'twice@county.example', 'clinician', dmh)).json();
      const second = (await invite('admin', 'twice@county.example', 'health_provider', dmh)).json();
      expect((await accept(tokenOf(first.link))).statusCode).toBe(404);
      const open = (await call('admin', 'GET', '/api/v1/invitations')).json();
      expect(open.filter((i: { email: string }) => i.email === 'twice@county.example')).toEqual([
        expect.objectContaining({ id: second.id, role: 'health_provider' }),
      ]);
    });

    it('marks an expired invitation, which can then be sent again', async () => {
      const made = (await invite('admin', 'late@county.example', 'clinician', dmh)).json();
      await h.t.database.db
        .updateTable('one_time_link')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('id', '=', made.id)
        .execute();
      const listed = (await call('admin', 'GET', '/api/v1/invitations'))
        .json()
        .find((i: { id: string }) => i.id === made.id);
      expect(listed.expired).toBe(true);
      expect((await accept(tokenOf(made.link))).statusCode).toBe(404);
      const again = (await call('admin', 'POST', `/api/v1/invitations/${made.id}/resend`)).json();
      expect((await accept(tokenOf(again.link))).statusCode).toBe(201);
    });

    it('accepts in the person’s language and opens a half-way session for setting up two-step verification', async () => {
      const made = (await invite('admin', 'es.worker@dcfs.county.example', 'social_worker', dcfs)).json();
      const preview = () =>
        h.app.inject({ method: 'POST', url: '/api/v1/invitations/preview', payload: { token: tokenOf(made.link) } });
      expect((await preview()).json()).toEqual({
        email: 'es.worker@dcfs.county.example',
        role: 'social_worker',
        agencyName: 'DCFS',
        expiresAt: made.expiresAt,
      });
      // A refused password says why, in Spanish, and leaves the link usable.
      const weak = await accept(tokenOf(made.link), 'passwordpassword', 'es');
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.fields[0].message).toMatch(/contraseñas comunes/);
      const ok = await accept(tokenOf(made.link), PASSWORD, 'es');
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({ email: 'es.worker@dcfs.county.example', stage: 'enrolling' });
      expect((await preview()).statusCode).toBe(404);
      const cookie = String(ok.headers['set-cookie']).split(';')[0]!;
      const headers = { cookie, 'x-csrf-token': ok.json().csrfToken };
      const session = await h.app.inject({ url: '/api/v1/auth/session', headers });
      expect(session.json()).toMatchObject({ stage: 'enrolling', user: { locale: 'es', role: 'social_worker' } });
      // Nothing of the app opens before the second factor is set up.
      expect((await h.app.inject({ url: '/api/v1/auth/sessions', headers })).statusCode).toBe(401);
      const { secret } = (
        await h.app.inject({ method: 'POST', url: '/api/v1/auth/enrolment', headers, payload: {} })
      ).json();
      const now = Date.now();
      const code = totpCodeAt(secret, totpStep(now));
      const done = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/enrolment/confirm',
        headers,
        payload: { code },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().recoveryCodes).toHaveLength(10);
      const created = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'actor_user_id', 'details'])
        .where('event', '=', 'admin.user.created')
        .where('record_type', '=', 'user')
        .execute();
      expect(created.some((e) => e.actor_user_id === as.admin!.user.id)).toBe(true);
    });

    it('still makes the invitation when the mail server cannot be reached, and says it was not e-mailed', async () => {
      // A port nothing listens on: a server bound to it a moment ago, then closed.
      const probe = createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
      const { port } = probe.address() as AddressInfo;
      await new Promise((resolve) => probe.close(resolve));
      const down = await createTestApp(dialect, { env: { HARBOR_SMTP_URL: `smtp://127.0.0.1:${port}` } });
      try {
        const agency = (await createAgency(down.t.database.db, { name: 'Probation', kind: 'probation' })).id;
        const admin = await signedInUser(down, agency, 'admin', 'down-admin');
        const made = await down.app.inject({
          method: 'POST',
          url: '/api/v1/invitations',
          headers: admin.headers,
          payload: { email: 'po@probation.county.example', role: 'probation_officer', agencyId: agency },
        });
        expect(made.statusCode, `${made.body}\n${down.logs.slice(-5).join('\n')}`).toBe(201);
        expect(made.json().emailed).toBe(false);
        expect(down.logs.some((line) => line.includes('"event":"mail.failed"'))).toBe(true);
        expect(down.logs.join('\n')).not.toContain('po@probation.county.example');
      } finally {
        await down.close();
      }
    });
  });
}
