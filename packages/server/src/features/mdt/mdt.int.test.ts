import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/index.js';
import { createAgency } from '../../identity/accounts.js';
import { MailSender } from '../../mail/sender.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { readMessage, startSmtp } from '../../testing/smtp.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { courtCaller } from '../court/testing.js';
import { Mailer } from '../escalation/mailer.js';
import { runMdtClocks } from './run-mdt-clocks.js';

// Issue 16, "MDT meetings": three agencies at one meeting, each member sees only their youths; a W&I 18961.7
// disclosure refused outside its 30 days; an action item that becomes overdue and escalates; minutes signed, then
// changed only by addendum.

type Who = 'clinician' | 'officer' | 'advocate' | 'probationSupervisor' | 'outsider' | 'admin';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

for (const dialect of DIALECTS) {
  describe(`MDT meetings [${dialect}]`, () => {
    let h: TestApp;
    const clock = new Date('2026-12-10T17:00:00Z');
    const people = {} as Record<Who, SignedInUser>;
    const { call: callAs, ok } = courtCaller(() => h, people);
    const call = (who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, lang = 'en') =>
      method === 'DELETE'
        ? h.app.inject({ method, url, headers: { ...people[who].headers, 'accept-language': lang } })
        : callAs(who, method, url, payload, lang);
    const names: Record<string, string> = {};

    async function youthOf(who: Who): Promise<string> {
      const input = sampleYouthInput();
      const { id } = await ok(call(who, 'POST', '/api/v1/youth', input), 201);
      const legal = input.legalName as { given: string; family: string };
      names[id] = `${legal.given} ${legal.family}`;
      return id;
    }

    /** A meeting chaired by the clinician with the officer and the advocate, each youth on its roster. */
    async function meeting(startsInMs = 2 * DAY) {
      const { id } = await ok(
        call('clinician', 'POST', '/api/v1/mdt/meetings', {
          typeId: 'case_review',
          startsAt: new Date(clock.getTime() + startsInMs).toISOString(),
          durationMinutes: 60,
          place: 'Room 4B',
        }),
        201,
      );
      for (const who of ['officer', 'advocate'] as const) {
        await ok(
          call('clinician', 'POST', `/api/v1/mdt/meetings/${id}/attendees`, {
            userId: people[who].user.id,
            meetingRole: 'member',
          }),
          204,
        );
      }
      const entries = {} as Record<'clinician' | 'officer' | 'advocate', { youthId: string; entryId: string }>;
      for (const who of ['clinician', 'officer', 'advocate'] as const) {
        const youthId = await youthOf(who);
        const { entryId } = await ok(call(who, 'POST', `/api/v1/mdt/meetings/${id}/entries`, { youthId }), 201);
        entries[who] = { youthId, entryId };
      }
      return { id, entries };
    }
    const view = async (who: Who, id: string) => ok(call(who, 'GET', `/api/v1/mdt/meetings/${id}`));

    beforeAll(async () => {
      h = await createTestApp(dialect, { now: () => clock });
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const probation = await createAgency(db, { name: 'Probation', kind: 'probation' });
      const advocacy = await createAgency(db, { name: 'Advocates', kind: 'advocacy' });
      people.clinician = await signedInUser(h, dmh.id, 'clinician', 'mdt-clinician');
      people.officer = await signedInUser(h, probation.id, 'probation_officer', 'mdt-officer');
      people.probationSupervisor = await signedInUser(h, probation.id, 'supervisor', 'mdt-probation-supervisor');
      people.advocate = await signedInUser(h, advocacy.id, 'advocate', 'mdt-advocate');
      people.outsider = await signedInUser(h, dmh.id, 'clinician', 'mdt-outsider');
      people.admin = await signedInUser(h, dmh.id, 'admin', 'mdt-admin');
    });
    afterAll(() => h.close());

    it('shows each member of a three-agency meeting only their youths, and "restricted" for the others', async () => {
      const { id, entries } = await meeting();
      for (const who of ['clinician', 'officer', 'advocate'] as const) {
        const seen = await view(who, id);
        expect(seen.attendees.map((a: { name: string }) => a.name).sort()).toEqual(
          ['mdt-advocate', 'mdt-clinician', 'mdt-officer'].sort(),
        );
        for (const other of ['clinician', 'officer', 'advocate'] as const) {
          const entry = seen.entries.find((e: { entryId: string }) => e.entryId === entries[other].entryId);
          if (other === who) {
            expect(entry).toMatchObject({
              restricted: false,
              youthId: entries[other].youthId,
              displayName: names[entries[other].youthId],
              via: 'access',
            });
          } else {
            // Nothing but the entry's id: no name, no youth id, no content, no count.
            expect(entry).toEqual({ entryId: entries[other].entryId, restricted: true });
          }
        }
        // No other youth's name anywhere in the answer.
        const body = JSON.stringify(seen);
        for (const other of ['clinician', 'officer', 'advocate'] as const) {
          if (other !== who) expect(body.includes(names[entries[other].youthId]!)).toBe(false);
        }
      }
      // A goal said "today" is the county's today: at 7 p.m. in Los Angeles UTC is already the next day.
      const goal = (saidOn: string) =>
        call('clinician', 'POST', `/api/v1/youth/${entries.clinician.youthId}/goals`, {
          text: 'Go back to school',
          saidOn,
        });
      const was = clock.getTime();
      clock.setTime(Date.parse('2026-12-11T03:00:00Z'));
      try {
        expect((await goal('2026-12-11')).statusCode).toBe(400);
        expect((await goal('2026-12-10')).statusCode).toBe(201);
      } finally {
        clock.setTime(was);
      }
      // The agenda holds the youth's own goals, in their words (clinical: the clinician sees them).
      await ok(
        call('clinician', 'POST', `/api/v1/youth/${entries.clinician.youthId}/goals`, {
          text: 'Wants to live with her grandmother',
          saidOn: '2026-12-01',
        }),
        201,
      );
      const opened = await ok(
        call('clinician', 'POST', '/api/v1/responses', {
          openedBy: 'recovery',
          youthId: entries.clinician.youthId,
          onProbation: false,
        }),
        201,
      );
      const agenda = (await view('clinician', id)).entries.find(
        (e: { entryId: string }) => e.entryId === entries.clinician.entryId,
      ).agenda;
      expect(agenda).toContainEqual(
        expect.objectContaining({ kind: 'youth_goal', text: 'Wants to live with her grandmother' }),
      );
      // And what is open about the youth: the protocol response with its steps, linked.
      const step = agenda.find((a: { kind: string }) => a.kind === 'protocol_step');
      expect(step).toMatchObject({ link: `/app/responses/${opened.id}` });
      expect(step.text).toMatch(/^Protocol response: /);
      // Someone not at the meeting: as if it did not exist.
      expect((await call('outsider', 'GET', `/api/v1/mdt/meetings/${id}`)).statusCode).toBe(404);
      // A member cannot put a youth they may not read on the roster (the gate answers 404).
      const other = await youthOf('outsider');
      expect((await call('officer', 'POST', `/api/v1/mdt/meetings/${id}/entries`, { youthId: other })).statusCode).toBe(
        404,
      );
      // The list names the meeting and counts its youths, nothing more.
      const { items } = await ok(call('advocate', 'GET', '/api/v1/mdt/meetings'));
      expect(items.find((m: { id: string }) => m.id === id)).toMatchObject({ youthCount: 3, myRole: 'member' });
    });

    it('refuses a W&I 18961.7 disclosure after the 30-day window and shares only within it, only the classes disclosed', async () => {
      const { id, entries } = await meeting();
      const { entryId, youthId } = entries.clinician;
      const url = `/api/v1/mdt/meetings/${id}/entries/${entryId}`;
      await ok(
        call('clinician', 'POST', `${url}/notes`, { text: 'Sleeping badly, see plan', fieldClass: 'clinical' }),
        201,
      );
      await ok(call('clinician', 'POST', `${url}/decisions`, { text: 'Weekly check-in with probation' }), 201);
      const disclosure = {
        basis: 'mdt_18961_7',
        to: [people.officer.user.id],
        classes: ['protocol'],
      };
      const late = await call(
        'clinician',
        'POST',
        `${url}/disclosures`,
        { ...disclosure, reportedAt: new Date(clock.getTime() - 31 * DAY).toISOString() },
        'es',
      );
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toMatch(/30 días/);
      expect((await view('officer', id)).entries.find((e: { entryId: string }) => e.entryId === entryId)).toEqual({
        entryId,
        restricted: true,
      });
      // No override at a meeting; consent after its end shares nothing either.
      const override = await call('clinician', 'POST', `${url}/disclosures`, { ...disclosure, basis: 'override' });
      expect(override.statusCode).toBe(409);
      const consent = await call('clinician', 'POST', `${url}/disclosures`, {
        ...disclosure,
        basis: 'youth_consent',
        consentBy: 'The youth',
        purpose: 'Coordinating school support',
        until: new Date(clock.getTime() - HOUR).toISOString(),
      });
      expect(consent.statusCode).toBe(409);
      expect(consent.json().error.message).toMatch(/consent has ended/);

      await ok(
        call('clinician', 'POST', `${url}/disclosures`, {
          ...disclosure,
          reportedAt: new Date(clock.getTime() - 5 * DAY).toISOString(),
        }),
        201,
      );
      const officerSees = (await view('officer', id)).entries.find((e: { entryId: string }) => e.entryId === entryId);
      expect(officerSees).toMatchObject({ restricted: false, displayName: names[youthId], via: 'disclosure' });
      expect(officerSees.classes.sort()).toEqual(['identity', 'protocol']);
      expect(officerSees.decisions.map((d: { text: string }) => d.text)).toEqual(['Weekly check-in with probation']);
      expect(officerSees.notes).toEqual([]);
      // Only the attendee named, and only at this meeting: the youth's record stays closed to them.
      expect((await view('advocate', id)).entries.find((e: { entryId: string }) => e.entryId === entryId)).toEqual({
        entryId,
        restricted: true,
      });
      expect((await call('officer', 'GET', `/api/v1/youth/${youthId}`)).statusCode).toBe(404);
      const other = await meeting();
      await ok(call('clinician', 'POST', `/api/v1/mdt/meetings/${other.id}/entries`, { youthId }), 201);
      const elsewhere = (await view('officer', other.id)).entries.filter((e: { restricted: boolean }) => !e.restricted);
      expect(elsewhere.map((e: { youthId: string }) => e.youthId)).toEqual([other.entries.officer.youthId]);

      // The youth's page lists who was shown what, when and on which basis.
      const { items } = await ok(call('clinician', 'GET', `/api/v1/youth/${youthId}/disclosures`));
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        basis: 'mdt_18961_7',
        classes: ['identity', 'protocol'],
        to: [{ name: 'mdt-officer', agencyName: 'Probation' }],
        meeting: { id, typeName: 'Case review' },
      });
      expect(items[0].basisDetail.windowEndsAt).toBeDefined();
      // The refusals and the disclosure are in the audit trail.
      const events = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'outcome'])
        .where('youth_id', '=', youthId)
        .where('event', 'in', ['mdt.disclosed', 'mdt.disclosure_refused'])
        .execute();
      expect(events.filter((e) => e.event === 'mdt.disclosure_refused')).toHaveLength(3);
      expect(events.filter((e) => e.event === 'mdt.disclosed')).toHaveLength(1);
    });

    it('puts an action item in the deadlines view and escalates it once when overdue, with no youth data', async () => {
      const { id, entries } = await meeting();
      const dueAt = new Date(clock.getTime() + 3 * HOUR);
      const url = `/api/v1/mdt/meetings/${id}/entries/${entries.officer.entryId}`;
      const { id: actionId } = await ok(
        call('officer', 'POST', `${url}/actions`, {
          text: 'Call the school counsellor',
          ownerUserId: people.officer.user.id,
          dueAt: dueAt.toISOString(),
        }),
        201,
      );
      // An owner who is not at the meeting is refused.
      const stranger = await call('officer', 'POST', `${url}/actions`, {
        text: 'x',
        ownerUserId: people.outsider.user.id,
        dueAt: dueAt.toISOString(),
      });
      expect(stranger.statusCode).toBe(400);

      const items = await ok(call('officer', 'GET', '/api/v1/deadlines?hours=24'));
      expect(items.find((d: { kind: string; actionId?: string }) => d.actionId === actionId)).toMatchObject({
        kind: 'mdt_action',
        meetingId: id,
        text: 'Call the school counsellor',
        overdue: false,
      });

      // An item owed by the advocate about the officer's youth, whom she may not read: her line names no youth and
      // holds no text (the meeting's page shows what a disclosure there opens). Due after the escalation below.
      const owedDue = new Date(clock.getTime() + 30 * HOUR);
      const { id: owedId } = await ok(
        call('officer', 'POST', `${url}/actions`, {
          text: 'Bring the shelter intake form',
          ownerUserId: people.advocate.user.id,
          dueAt: owedDue.toISOString(),
        }),
        201,
      );
      const owed = (await ok(call('advocate', 'GET', '/api/v1/deadlines?hours=48'))).find(
        (d: { actionId?: string }) => d.actionId === owedId,
      );
      expect(owed).toEqual({
        kind: 'mdt_action',
        actionId: owedId,
        meetingId: id,
        ownerName: 'mdt-advocate',
        dueAt: owedDue.toISOString(),
        overdue: false,
      });
      expect(JSON.stringify(owed)).not.toContain(entries.officer.youthId);

      const db = h.t.database.db;
      const notices = () =>
        db.selectFrom('notification').selectAll().where('mdt_action_id', '=', actionId).orderBy('user_id').execute();
      expect(
        await runMdtClocks({ db, auditKey: auditChainKey(h.config.secretKey), now: new Date(dueAt.getTime() - 1) }),
      ).toBe(0);
      expect(await notices()).toEqual([]);
      const late = new Date(dueAt.getTime() + 1);
      expect(await runMdtClocks({ db, auditKey: auditChainKey(h.config.secretKey), now: late })).toBeGreaterThanOrEqual(
        1,
      );
      expect(await runMdtClocks({ db, auditKey: auditChainKey(h.config.secretKey), now: late })).toBe(0);
      const sent = await notices();
      expect(sent.map((n) => n.user_id).sort()).toEqual(
        [people.officer.user.id, people.probationSupervisor.user.id, people.clinician.user.id].sort(),
      );
      expect(new Set(sent.map((n) => n.kind))).toEqual(new Set(['mdt_action_overdue']));
      // The notification names the meeting, never the youth.
      const listed = await ok(call('probationSupervisor', 'GET', '/api/v1/notifications'));
      const mine = listed.items.find((n: { kind: string }) => n.kind === 'mdt_action_overdue');
      expect(mine).toMatchObject({ mdtMeetingId: id, youthId: null });
      expect(JSON.stringify(listed).includes(names[entries.officer.youthId]!)).toBe(false);

      // Their e-mails name the meeting's page, never the youth or the item.
      const smtp = await startSmtp();
      const sender = new MailSender({ url: smtp.url, from: 'harbor@county.example' });
      try {
        await new Mailer(sender, new URL('https://harbor.example')).sendPending(db, late);
        const mails = smtp.messages.map(readMessage).filter((m) => m.text.includes(`/app/meetings/${id}`));
        expect(mails).toHaveLength(3);
        for (const mail of mails) {
          expect(mail.subject).toBe('Harbor: an action item from an MDT meeting is overdue');
          for (const secret of [names[entries.officer.youthId]!, entries.officer.youthId, 'school counsellor']) {
            expect(`${mail.subject}\n${mail.text}`.includes(secret)).toBe(false);
          }
        }
      } finally {
        sender.close();
        await smtp.close();
      }

      // Done: it leaves the deadlines view.
      await ok(call('officer', 'POST', `/api/v1/mdt/actions/${actionId}/done`), 204);
      const after = await ok(call('officer', 'GET', '/api/v1/deadlines?hours=24'));
      expect(after.some((d: { actionId?: string }) => d.actionId === actionId)).toBe(false);
    });

    it('signs the minutes, then accepts changes only by addendum', async () => {
      const { id, entries } = await meeting();
      const url = `/api/v1/mdt/meetings/${id}/entries/${entries.advocate.entryId}`;
      await ok(
        call('advocate', 'POST', `${url}/notes`, { text: 'Wants to go back to school', fieldClass: 'protocol' }),
        201,
      );
      await ok(
        call('advocate', 'PUT', `/api/v1/mdt/meetings/${id}/attendees/${people.officer.user.id}/attendance`, {
          attendance: 'present',
        }),
        204,
      );
      // Addenda wait for the sign-off; only the chair signs.
      expect((await call('advocate', 'POST', `/api/v1/mdt/meetings/${id}/addenda`, { text: 'Early' })).statusCode).toBe(
        409,
      );
      expect((await call('advocate', 'POST', `/api/v1/mdt/meetings/${id}/sign`)).statusCode).toBe(403);
      await ok(call('clinician', 'POST', `/api/v1/mdt/meetings/${id}/sign`), 204);

      const refused = await call('advocate', 'POST', `${url}/notes`, { text: 'Later', fieldClass: 'protocol' }, 'es');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/anexo/);
      for (const [method, path, body] of [
        ['POST', `${url}/decisions`, { text: 'x' }],
        ['POST', `${url}/items`, { text: 'x' }],
        ['PUT', `/api/v1/mdt/meetings/${id}/attendees/${people.officer.user.id}/attendance`, { attendance: 'absent' }],
      ] as const) {
        expect((await call('advocate', method, path, body)).statusCode, path).toBe(409);
      }
      await ok(
        call('advocate', 'POST', `/api/v1/mdt/meetings/${id}/addenda`, { text: 'Spoke with the youth since' }),
        201,
      );
      await ok(
        call('advocate', 'POST', `/api/v1/mdt/meetings/${id}/addenda`, {
          text: 'School enrolment confirmed',
          entryId: entries.advocate.entryId,
        }),
        201,
      );
      const seen = await view('advocate', id);
      expect(seen).toMatchObject({ status: 'signed', signedBy: { name: 'mdt-clinician' } });
      expect(seen.may).toEqual({ edit: false, sign: false, addYouth: false, disclose: false });
      expect(seen.addenda.map((a: { text: string }) => a.text)).toEqual(['Spoke with the youth since']);
      const entry = seen.entries.find((e: { entryId: string }) => e.entryId === entries.advocate.entryId);
      expect(entry.notes.map((n: { text: string }) => n.text)).toEqual(['Wants to go back to school']);
      expect(entry.addenda.map((a: { text: string }) => a.text)).toEqual(['School enrolment confirmed']);
      // The youth's timeline shows the meeting (its type and status, nothing of its content).
      const { entries: timeline } = await ok(
        call('advocate', 'GET', `/api/v1/youth/${entries.advocate.youthId}/timeline`),
      );
      expect(timeline.find((t: { kind: string }) => t.kind === 'mdt_meeting')).toEqual({
        kind: 'mdt_meeting',
        at: seen.startsAt,
        by: null,
        meetingId: id,
        meetingTypeId: 'case_review',
        meetingStatus: 'signed',
      });
      // The officer does not see the advocate's youth's addendum.
      expect(JSON.stringify(await view('officer', id)).includes('School enrolment confirmed')).toBe(false);
    });

    it('sends an invitation and a reminder 24 hours before that name no youth', async () => {
      const { id, entries } = await meeting(20 * HOUR);
      const res = await call('officer', 'GET', `/api/v1/mdt/meetings/${id}/invitation.ics`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const lines = res.body.replace(/\r\n[ \t]/g, '').split(/\r\n/);
      const field = (name: string) => lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
      expect(field('SUMMARY')).toBe('SUMMARY:Case review');
      expect(field('LOCATION')).toBe('LOCATION:Room 4B');
      expect(field('DTSTART')).toContain(
        new Date(clock.getTime() + 20 * HOUR).toISOString().replace(/[-:]/g, '').slice(0, 13),
      );
      expect(field('DURATION')).toBe('DURATION:PT60M');
      expect(field('DESCRIPTION')).toContain('mdt-clinician');
      for (const who of ['clinician', 'officer', 'advocate'] as const) {
        expect(res.body.includes(names[entries[who].youthId]!)).toBe(false);
        expect(res.body.includes(entries[who].youthId)).toBe(false);
      }
      expect((await call('outsider', 'GET', `/api/v1/mdt/meetings/${id}/invitation.ics`)).statusCode).toBe(404);

      const db = h.t.database.db;
      await runMdtClocks({ db, auditKey: auditChainKey(h.config.secretKey), now: clock });
      await runMdtClocks({ db, auditKey: auditChainKey(h.config.secretKey), now: clock });
      const reminders = await db
        .selectFrom('notification')
        .select(['user_id', 'kind'])
        .where('mdt_meeting_id', '=', id)
        .where('kind', '=', 'mdt_reminder')
        .execute();
      expect(reminders.map((r) => r.user_id).sort()).toEqual(
        [people.clinician.user.id, people.officer.user.id, people.advocate.user.id].sort(),
      );
    });

    it('lets administrators alone add, rename and retire a meeting type, which scheduling then refuses', async () => {
      const types = async (who: Who, lang = 'en') =>
        (await ok(call(who, 'GET', '/api/v1/mdt/meeting-types', undefined, lang))).items as {
          id: string;
          name: string;
          nameEn: string;
          nameEs: string;
          active: boolean;
        }[];
      expect((await types('admin')).map((t) => t.id)).toEqual(
        expect.arrayContaining(['case_review', 'protocol_30_day', 'emergency_staffing', 'pre_court_staffing']),
      );
      const body = { nameEn: 'Placement review', nameEs: 'Revisión de colocación', active: true };
      expect((await call('clinician', 'PUT', '/api/v1/mdt/meeting-types/placement_review', body)).statusCode).toBe(403);
      expect((await call('admin', 'PUT', '/api/v1/mdt/meeting-types/Placement%20review', body)).statusCode).toBe(404);
      expect(
        (await call('admin', 'PUT', '/api/v1/mdt/meeting-types/placement_review', { ...body, nameEs: ' ' })).statusCode,
      ).toBe(400);
      expect((await types('admin')).some((t) => t.id === 'placement_review')).toBe(false);
      await ok(call('admin', 'PUT', '/api/v1/mdt/meeting-types/placement_review', body), 204);
      const added = (await types('clinician', 'es')).find((t) => t.id === 'placement_review');
      expect(added).toEqual({ id: 'placement_review', name: 'Revisión de colocación', ...body });
      const startsAt = new Date(clock.getTime() + DAY).toISOString();
      const { id } = await ok(
        call('clinician', 'POST', '/api/v1/mdt/meetings', {
          typeId: 'placement_review',
          startsAt,
          durationMinutes: 30,
        }),
        201,
      );
      await ok(call('admin', 'PUT', '/api/v1/mdt/meeting-types/placement_review', { ...body, active: false }), 204);
      const refused = await call('clinician', 'POST', '/api/v1/mdt/meetings', {
        typeId: 'placement_review',
        startsAt,
        durationMinutes: 30,
      });
      expect(refused.statusCode).toBe(400);
      // The meeting that had the type keeps it.
      expect((await view('clinician', id)).type.name).toBe('Placement review');
    });

    it('lets the chair alone move a scheduled meeting: the invitation is replaced, attendees are told, the reminder goes again', async () => {
      const { id } = await meeting(20 * HOUR);
      const db = h.t.database.db;
      const auditKey = auditChainKey(h.config.secretKey);
      await runMdtClocks({ db, auditKey, now: clock });
      const ics = async () => {
        const res = await call('officer', 'GET', `/api/v1/mdt/meetings/${id}/invitation.ics`);
        const lines = res.body.replace(/\r\n[ \t]/g, '').split(/\r\n/);
        return (name: string) => lines.find((l) => l.startsWith(`${name}:`));
      };
      expect((await ics())('SEQUENCE')).toBe('SEQUENCE:0');
      const later = new Date(clock.getTime() + 3 * DAY).toISOString();
      const body = { startsAt: later, durationMinutes: 90, place: 'Room 7', link: 'https://meet.example.org/mdt' };
      const member = await call('officer', 'PUT', `/api/v1/mdt/meetings/${id}/schedule`, body);
      expect(member.statusCode).toBe(403);
      expect(member.json().error.message).toBe(translate('en', 'mdt.meeting.chairOnly'));
      const bad = await call('clinician', 'PUT', `/api/v1/mdt/meetings/${id}/schedule`, {
        ...body,
        link: 'http://meet.example.org',
      });
      expect(bad.statusCode).toBe(400);
      expect((await view('clinician', id)).durationMinutes).toBe(60);
      await ok(call('clinician', 'PUT', `/api/v1/mdt/meetings/${id}/schedule`, body), 204);

      const moved = await view('officer', id);
      expect([Date.parse(moved.startsAt), moved.durationMinutes, moved.place, moved.link]).toEqual([
        Date.parse(later),
        90,
        'Room 7',
        'https://meet.example.org/mdt',
      ]);
      const field = await ics();
      expect(field('SEQUENCE')).toBe('SEQUENCE:1');
      expect(field('LOCATION')).toBe('LOCATION:Room 7');
      expect(field('DURATION')).toBe('DURATION:PT90M');
      const told = await db
        .selectFrom('notification')
        .select('user_id')
        .where('mdt_meeting_id', '=', id)
        .where('kind', '=', 'mdt_changed')
        .execute();
      expect(told.map((r) => r.user_id).sort()).toEqual([people.officer.user.id, people.advocate.user.id].sort());
      // The reminder sent for the old time goes again 24 hours before the new one, not before.
      const reminders = () =>
        db
          .selectFrom('notification')
          .select('user_id')
          .where('mdt_meeting_id', '=', id)
          .where('kind', '=', 'mdt_reminder')
          .execute();
      expect(await reminders()).toHaveLength(3);
      await runMdtClocks({ db, auditKey, now: clock });
      expect(await reminders()).toHaveLength(3);
      await runMdtClocks({ db, auditKey, now: new Date(clock.getTime() + 2 * DAY + HOUR) });
      expect(await reminders()).toHaveLength(6);

      await ok(call('clinician', 'POST', `/api/v1/mdt/meetings/${id}/sign`), 204);
      const signed = await call('clinician', 'PUT', `/api/v1/mdt/meetings/${id}/schedule`, body, 'es');
      expect(signed.statusCode).toBe(409);
      expect(signed.json().error.message).toBe(translate('es', 'mdt.minutes.signed'));
    });
  });
}
