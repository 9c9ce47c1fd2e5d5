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
import { courtCaller } from './testing.js';

// Issue 16: a progress report not sent by its due day (STAR: two days before the hearing, at the end of that day in
// the county) is a line of the deadlines view and notifies the supervisors of the agency that owes it, once, with no
// youth's data in the notification or its e-mail. The clock is passed in (never a sleep).

type Who = 'clinician' | 'dmhSupervisor' | 'officer' | 'probationSupervisor';

// Tuesday 2026-12-01, 10:00 in Los Angeles; the hearings are on Tuesday 2026-12-08 (reports due Sunday 2026-12-06).
const HEARING = '2026-12-08';
const LATE_AT = '2026-12-07T08:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`a progress report's clock [${dialect}]`, () => {
    let h: TestApp;
    let smtp: TestSmtp;
    let sender: MailSender;
    let clock = new Date('2026-12-01T18:00:00.000Z');
    const people = {} as Record<Who, SignedInUser>;
    const { call, ok } = courtCaller(() => h, people);
    const hearings: Record<'started' | 'untouched', string> = { started: '', untouched: '' };
    const names = ['Marisol Ochoa', 'Teodora Villaseñor'];
    const youthIds: string[] = [];

    const scheduler = () =>
      new DeadlineScheduler({
        database: h.t.database,
        auditKey: auditChainKey(h.config.secretKey),
        intervalMs: 1000,
        mailer: new Mailer(sender, new URL('https://harbor.example')),
        now: () => clock,
        timeZone: 'America/Los_Angeles',
      });
    const notes = () =>
      h.t.database.db
        .selectFrom('notification')
        .selectAll()
        .where('kind', '=', 'court_report_overdue')
        .orderBy('user_id')
        .execute();
    const deadlines = async (who: Who, scope = 'mine') =>
      (await ok(call(who, 'GET', `/api/v1/deadlines?scope=${scope}&hours=168`))).filter(
        (l: { kind: string }) => l.kind === 'court_report',
      );

    beforeAll(async () => {
      smtp = await startSmtp();
      sender = new MailSender({ url: smtp.url, from: 'harbor@county.example' });
      h = await createTestApp(dialect, { now: () => clock });
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const probation = await createAgency(db, { name: 'Probation Department', kind: 'probation' });
      people.clinician = await signedInUser(h, dmh.id, 'clinician', 'clock-clinician');
      people.dmhSupervisor = await signedInUser(h, dmh.id, 'supervisor', 'clock-dmh-supervisor');
      people.officer = await signedInUser(h, probation.id, 'probation_officer', 'clock-officer');
      people.probationSupervisor = await signedInUser(h, probation.id, 'supervisor', 'clock-probation-supervisor');
      for (const [i, name] of names.entries()) {
        const [given, family] = name.split(' ');
        const youth = await ok(
          call('clinician', 'POST', '/api/v1/youth', sampleYouthInput({ legalName: { given, family } })),
          201,
        );
        youthIds.push(youth.id);
        await ok(
          call('clinician', 'POST', `/api/v1/youth/${youth.id}/care-team`, {
            userId: people.officer.user.id,
            basis: 'court_order',
          }),
          201,
        );
        const enrollment = await ok(
          call('officer', 'POST', `/api/v1/youth/${youth.id}/court-enrollments`, {
            programId: 'star',
            enrolledOn: '2026-11-24',
            youthAgreed: true,
            offeredAtDisposition: true,
            probationOfficerId: people.officer.user.id,
          }),
          201,
        );
        const hearing = await ok(
          call('officer', 'POST', `/api/v1/court-enrollments/${enrollment.id}/hearings`, {
            hearingOn: HEARING,
            department: 'Dept. 260',
            type: 'review',
          }),
          201,
        );
        hearings[i === 0 ? 'started' : 'untouched'] = hearing.id;
      }
      // The first youth's hearing: DMH starts its report and leaves it a draft; probation sends its own.
      const start = (who: Who) =>
        ok(
          call(who, 'POST', `/api/v1/court-hearings/${hearings.started}/progress-reports`, {
            locale: 'en',
            basis: who === 'clinician' ? { basis: 'youth_consent', consentBy: 'The youth' } : { basis: 'wic_827' },
          }),
          201,
        );
      await start('clinician');
      const sent = await start('officer');
      for (const [step, version] of [
        ['sign', 1],
        ['send', 2],
      ] as const) {
        await ok(call('officer', 'POST', `/api/v1/court-progress-reports/${sent.id}/${step}`, { version }), 204);
      }
    });
    afterAll(async () => {
      sender.close();
      await smtp.close();
      await h.close();
    });

    it('is a line of the deadlines view before it is late, for whoever writes it', async () => {
      const officer = await deadlines('officer');
      // Probation sent the first youth's report: only the one it has not started is left, the officer's youth.
      expect(officer).toEqual([
        {
          kind: 'court_report',
          hearingId: hearings.untouched,
          youthId: youthIds[1],
          youth: { initials: 'T. V.', age: expect.any(Number) },
          programId: 'star',
          hearingOn: HEARING,
          dueOn: '2026-12-06',
          report: null,
          dueAt: LATE_AT,
          overdue: false,
        },
      ]);
      const clinician = await deadlines('clinician');
      expect(clinician).toMatchObject([{ hearingId: hearings.started, report: { status: 'draft' }, overdue: false }]);
      // Not yet within a day's window.
      const soon = await ok(call('officer', 'GET', '/api/v1/deadlines?hours=24'));
      expect(soon.filter((l: { kind: string }) => l.kind === 'court_report')).toEqual([]);
      expect(await deadlines('probationSupervisor', 'agency')).toHaveLength(1);
    });

    it('notifies the owing agency’s supervisors once when late, naming no youth', async () => {
      clock = new Date(new Date(LATE_AT).getTime() - 60_000);
      await scheduler().runOnce();
      expect(await notes()).toEqual([]);

      clock = new Date(LATE_AT);
      expect(await scheduler().runOnce()).toBeGreaterThanOrEqual(2);
      const first = await notes();
      expect(first.map((n) => [n.user_id, n.court_hearing_id]).sort()).toEqual(
        [
          [people.dmhSupervisor.user.id, hearings.started],
          [people.probationSupervisor.user.id, hearings.untouched],
        ].sort(),
      );
      // Once: later passes, and another process, add nothing.
      clock = new Date(new Date(LATE_AT).getTime() + 3 * 3600_000);
      await scheduler().runOnce();
      await scheduler().runOnce();
      expect(await notes()).toHaveLength(2);
      const audits = await h.t.database.db
        .selectFrom('audit_event')
        .select(['record_type', 'youth_id'])
        .where('event', '=', 'court.report_escalated')
        .orderBy('seq')
        .execute();
      expect(audits.map((a) => a.youth_id).sort()).toEqual([...youthIds].sort());

      expect((await deadlines('officer'))[0]).toMatchObject({ overdue: true });

      // The supervisor's list names the notification's kind, and no youth.
      const list = await ok(call('dmhSupervisor', 'GET', '/api/v1/notifications'));
      expect(list.items).toHaveLength(1);
      expect(list.items[0]).toMatchObject({ kind: 'court_report_overdue', youthId: null, responseId: null });
      expect(list.items[0].youth).toBeUndefined();
      const shown = JSON.stringify(list);
      const mail = smtp.messages.map((m) => readMessage(m)).filter((m) => m.text.includes('/app/courts/reports'));
      expect(mail).toHaveLength(2);
      expect(mail[0]!.subject).toBe('Harbor: a progress report to the court is overdue');
      for (const text of [shown, ...mail.map((m) => `${m.subject}\n${m.text}`)]) {
        for (const [i, name] of names.entries()) {
          for (const part of [...name.split(' '), youthIds[i]!, i === 0 ? 'M. O.' : 'T. V.']) {
            expect(text).not.toContain(part);
          }
        }
      }
    });

    it('leaves a hearing alone once it is recorded', async () => {
      const before = (await notes()).length;
      const db = h.t.database.db;
      const rows = await db.selectFrom('court_report_escalation').selectAll().execute();
      expect(rows).toHaveLength(2);
      expect((await deadlines('clinician'))[0]).toMatchObject({ overdue: true });
      await ok(
        call('officer', 'PUT', `/api/v1/court-hearings/${hearings.started}`, {
          version: 1,
          appeared: ['youth', 'probation_officer'],
          outcome: 'continued',
          nextOn: null,
        }),
      );
      expect(await deadlines('clinician')).toEqual([]);
      await scheduler().runOnce();
      expect(await notes()).toHaveLength(before);
    });
  });
}
