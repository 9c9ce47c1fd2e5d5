import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/index.js';
import { createAgency } from '../../identity/accounts.js';
import { MailSender } from '../../mail/sender.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { readMessage, startSmtp, type TestSmtp } from '../../testing/smtp.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { Mailer } from '../escalation/mailer.js';
import { DeadlineScheduler } from '../escalation/scheduler.js';
import { addTestService } from './test-service.js';

const HOUR = 3600_000;

/**
 * Issue 15: the clocks of a referral escalate through the deadline scheduler's notifications and e-mail, and an
 * unanswered referral expires and tells the referrer. The clock is passed in (never a sleep).
 */
for (const dialect of DIALECTS) {
  describe(`a referral's clocks [${dialect}]`, () => {
    let h: TestApp;
    let smtp: TestSmtp;
    let sender: MailSender;
    // Tuesday 2026-12-01, 10:00 in Los Angeles.
    let clock = new Date('2026-12-01T18:00:00.000Z');
    let clinician: SignedInUser;
    let receivingSupervisor: SignedInUser;
    let advocate: SignedInUser;
    let youthId: string;
    let specialised: string;

    const call = (who: SignedInUser, method: 'GET' | 'POST', url: string, payload?: object) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
    const sent = async () => {
      const created = await call(clinician, 'POST', '/api/v1/referrals', {
        youthId,
        serviceId: specialised,
        reason: 'Needs a CSEC advocate within 72 hours',
        basis: { basis: 'youth_consent' },
        contact: { doNotContactYouthDirectly: true },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { id, version } = created.json();
      expect((await call(clinician, 'POST', `/api/v1/referrals/${id}/send`, { version })).statusCode).toBe(204);
      return id as string;
    };
    const scheduler = () =>
      new DeadlineScheduler({
        database: h.t.database,
        auditKey: auditChainKey(h.config.secretKey),
        intervalMs: 1000,
        mailer: new Mailer(sender, new URL('https://harbor.example')),
        now: () => clock,
      });
    const notes = (referralId: string) =>
      h.t.database.db
        .selectFrom('notification')
        .selectAll()
        .where('referral_id', '=', referralId)
        .orderBy('user_id')
        .execute();
    const audits = (event: string, recordId: string) =>
      h.t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', event)
        .where('record_id', '=', recordId)
        .execute();
    const mailFor = (referralId: string) =>
      smtp.messages.map((m) => readMessage(m)).filter((m) => m.text.includes(`/app/referrals/${referralId}`));

    beforeAll(async () => {
      smtp = await startSmtp();
      sender = new MailSender({ url: smtp.url, from: 'harbor@county.example' });
      h = await createTestApp(dialect, { now: () => clock });
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const advocacy = await createAgency(db, { name: 'CSEC Advocates', kind: 'advocacy' });
      clinician = await signedInUser(h, dmh.id, 'clinician', 'Dana Clinician');
      advocate = await signedInUser(h, advocacy.id, 'advocate', 'Ana Advocate');
      receivingSupervisor = await signedInUser(h, advocacy.id, 'supervisor', 'Rita Supervisor');
      specialised = await addTestService(db, { agencyId: advocacy.id, name: 'CSEC advocacy', csecSpecialised: true });
      const youth = await call(
        clinician,
        'POST',
        '/api/v1/youth',
        sampleYouthInput({ legalName: { given: 'Marisol', family: 'Quintero' } }),
      );
      youthId = youth.json().id;
    });
    afterAll(async () => {
      sender.close();
      await smtp.close();
      await h.close();
    });

    it('escalates an overdue acknowledgement, then expires the unanswered referral and tells the referrer', async () => {
      const id = await sent();
      const view = (await call(clinician, 'GET', `/api/v1/referrals/${id}`)).json();
      // One business day to acknowledge, 72 hours to first contact, five business days to expiry.
      expect(view.clocks).toMatchObject({
        acknowledgeDueAt: '2026-12-02T18:00:00.000Z',
        firstContactDueAt: '2026-12-04T18:00:00.000Z',
        expiresAt: '2026-12-08T18:00:00.000Z',
      });
      // Before the time, nothing happens.
      clock = new Date('2026-12-02T17:59:00.000Z');
      await scheduler().runOnce();
      expect(await notes(id)).toEqual([]);

      clock = new Date('2026-12-02T18:00:00.000Z');
      expect(await scheduler().runOnce()).toBeGreaterThanOrEqual(1);
      const acknowledge = await notes(id);
      expect(acknowledge.map((n) => [n.user_id, n.kind]).sort()).toEqual(
        [
          [clinician.user.id, 'referral_acknowledge_overdue'],
          [receivingSupervisor.user.id, 'referral_acknowledge_overdue'],
        ].sort(),
      );
      // Once only, however many passes.
      await scheduler().runOnce();
      expect(await notes(id)).toHaveLength(2);
      expect(await audits('referral.escalated', id)).toHaveLength(1);

      clock = new Date('2026-12-04T18:00:00.000Z');
      await scheduler().runOnce();
      expect((await notes(id)).filter((n) => n.kind === 'referral_first_contact_overdue')).toHaveLength(2);

      clock = new Date('2026-12-08T18:00:00.000Z');
      await scheduler().runOnce();
      const closed = (await call(clinician, 'GET', `/api/v1/referrals/${id}`)).json();
      expect(closed).toMatchObject({ status: 'failed', closureReason: 'no_response_expired' });
      expect(closed.events.at(-1)).toMatchObject({ action: 'expire', by: null, agency: null });
      const expired = (await notes(id)).filter((n) => n.kind === 'referral_expired');
      expect(expired.map((n) => n.user_id)).toEqual([clinician.user.id]);
      expect(await audits('referral.expired', id)).toHaveLength(1);
      // The receiving agency no longer sees it.
      expect((await call(advocate, 'GET', `/api/v1/referrals/${id}`)).statusCode).toBe(404);

      // The e-mails name no youth: they link to the referral in Harbor.
      const mail = mailFor(id);
      expect(mail.length).toBe((await notes(id)).length);
      expect(mail.map((m) => m.subject)).toContain('Harbor: a referral you sent expired');
      for (const m of mail) {
        expect(m.text).not.toMatch(/Marisol|Quintero/);
        expect(m.text).not.toContain(youthId);
      }
      // The referrer's notifications list it, with no youth named.
      const listed = (await call(clinician, 'GET', '/api/v1/notifications')).json();
      const mine = listed.items.filter((n: { referralId?: string }) => n.referralId === id);
      expect(mine.map((n: { kind: string }) => n.kind).sort()).toEqual([
        'referral_acknowledge_overdue',
        'referral_expired',
        'referral_first_contact_overdue',
      ]);
      expect(JSON.stringify(mine)).not.toMatch(/Marisol|Quintero/);
    });

    it('counts the county’s own numbers of business days (HARBOR_REFERRAL_*)', async () => {
      const county = await createTestApp(dialect, {
        env: { HARBOR_REFERRAL_ACKNOWLEDGE_DAYS: '2', HARBOR_REFERRAL_EXPIRE_DAYS: '10' },
        now: () => new Date('2026-12-04T18:00:00.000Z'), // a Friday
      });
      try {
        const db = county.t.database.db;
        const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
        const other = await createAgency(db, { name: 'Program', kind: 'other' });
        const referrer = await signedInUser(county, dmh.id, 'clinician', 'County Clinician');
        const service = await addTestService(db, { agencyId: other.id, name: 'Program' });
        const ask = (method: 'GET' | 'POST', url: string, payload?: object) =>
          county.app.inject({ method, url, headers: referrer.headers, ...(payload ? { payload } : {}) });
        const youth = (await ask('POST', '/api/v1/youth', sampleYouthInput())).json();
        const created = (
          await ask('POST', '/api/v1/referrals', {
            youthId: youth.id,
            serviceId: service,
            reason: 'Needs the programme',
            basis: { basis: 'caregiver_consent' },
            contact: { doNotContactYouthDirectly: false },
          })
        ).json();
        expect(
          (await ask('POST', `/api/v1/referrals/${created.id}/send`, { version: created.version })).statusCode,
        ).toBe(204);
        const view = (await ask('GET', `/api/v1/referrals/${created.id}`)).json();
        // Friday + 2 business days = Tuesday; + 10 = the Friday two weeks on; no 72-hour clock (not CSEC-specialised).
        expect(view.clocks).toMatchObject({
          acknowledgeDueAt: '2026-12-08T18:00:00.000Z',
          expiresAt: '2026-12-18T18:00:00.000Z',
          firstContactDueAt: null,
        });
      } finally {
        await county.close();
      }
    });

    it('stops the clocks of a referral answered in time', async () => {
      const id = await sent();
      const { version } = (await call(advocate, 'GET', `/api/v1/referrals/${id}`)).json();
      expect((await call(advocate, 'POST', `/api/v1/referrals/${id}/accept`, { version })).statusCode).toBe(204);
      const again = (await call(advocate, 'GET', `/api/v1/referrals/${id}`)).json();
      expect(
        (await call(advocate, 'POST', `/api/v1/referrals/${id}/start`, { version: again.version })).statusCode,
      ).toBe(204);
      clock = new Date(clock.getTime() + 30 * 24 * HOUR);
      await scheduler().runOnce();
      expect(await notes(id)).toEqual([]);
      expect((await call(clinician, 'GET', `/api/v1/referrals/${id}`)).json().status).toBe('in_progress');
    });

    it('shows the clocks in the deadlines view of those who act and who wait, until answered', async () => {
      const id = await sent();
      const { clocks } = (await call(clinician, 'GET', `/api/v1/referrals/${id}`)).json();
      type Line = { kind: string; referralId?: string; clock?: string; side?: string; overdue: boolean };
      const lines = async (who: SignedInUser, scope = 'mine') => {
        const answer = await call(who, 'GET', `/api/v1/deadlines?scope=${scope}&hours=72`);
        expect(answer.statusCode, answer.body).toBe(200);
        return (answer.json() as Line[]).filter((l) => l.kind === 'referral' && l.referralId === id);
      };
      // An hour after the answer was due: it is overdue; the first contact (72 hours) is due within the window.
      clock = new Date(Date.parse(clocks.acknowledgeDueAt) + HOUR);
      const forSupervisor = await lines(receivingSupervisor);
      expect(forSupervisor).toEqual([
        expect.objectContaining({ clock: 'acknowledge', side: 'act', overdue: true, referrerName: 'Dana Clinician' }),
        expect.objectContaining({ clock: 'first_contact', side: 'act', overdue: false }),
      ]);
      expect(forSupervisor[0]).toMatchObject({
        youthId,
        youth: { initials: expect.stringMatching(/^M\. Q\./), age: expect.any(Number) },
        serviceName: 'CSEC advocacy',
        dueAt: clocks.acknowledgeDueAt,
      });
      expect(await lines(receivingSupervisor, 'agency')).toHaveLength(2);
      const forReferrer = await lines(clinician);
      expect(forReferrer).toEqual([
        expect.objectContaining({
          clock: 'acknowledge',
          side: 'wait',
          overdue: true,
          receivingAgencyName: 'CSEC Advocates',
        }),
        expect.objectContaining({ clock: 'first_contact', side: 'wait' }),
      ]);
      // Each line shown is audited as a read of the referral, from the deadlines view.
      const reads = (await audits('referral.read', id)).filter((a) => String(a.details).includes('deadlines'));
      expect(reads.length).toBeGreaterThanOrEqual(6);
      // Only supervisors are notified at the receiving agency: the advocate's own view does not list it.
      expect(await lines(advocate)).toEqual([]);

      const { version } = (await call(advocate, 'GET', `/api/v1/referrals/${id}`)).json();
      expect((await call(advocate, 'POST', `/api/v1/referrals/${id}/accept`, { version })).statusCode).toBe(204);
      expect((await lines(receivingSupervisor)).map((l) => l.clock)).toEqual(['first_contact']);
      expect((await lines(clinician)).map((l) => l.clock)).toEqual(['first_contact']);
      const again = (await call(advocate, 'GET', `/api/v1/referrals/${id}`)).json();
      expect(
        (await call(advocate, 'POST', `/api/v1/referrals/${id}/start`, { version: again.version })).statusCode,
      ).toBe(204);
      expect(await lines(receivingSupervisor)).toEqual([]);
      expect(await lines(clinician)).toEqual([]);
    });
  });
}
