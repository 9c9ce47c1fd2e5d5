import { countyDate, STAR_PROGRAM } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { courtPrograms } from './programs.js';
import { courtCaller } from './testing.js';

// Issue 16, "Specialty courts": STAR (delinquency, weekly, caseloads of at most 25) and DREAM (FACTS.md).

type Who = 'clinician' | 'officer' | 'officer2' | 'liaison' | 'advocate' | 'outsider';

for (const dialect of DIALECTS) {
  describe(`specialty courts [${dialect}]`, () => {
    let h: TestApp;
    const people = {} as Record<Who, SignedInUser>;
    const { call, ok, firstField } = courtCaller(() => h, people);
    /** Yesterday in the county: a day the response log takes whatever the hour. */
    const yesterday = () => countyDate(new Date(Date.now() - 24 * 3600_000), h.config.timeZone);

    /** A youth the clinician made, with the officers, the liaison and the advocate on the care team. */
    async function youth(): Promise<string> {
      const { id } = await ok(call('clinician', 'POST', '/api/v1/youth', sampleYouthInput()), 201);
      for (const member of ['officer', 'officer2', 'liaison', 'advocate'] as const) {
        await ok(
          call('clinician', 'POST', `/api/v1/youth/${id}/care-team`, {
            userId: people[member].user.id,
            basis: 'court_order',
          }),
          201,
        );
      }
      return id;
    }
    const enrollments = async (who: Who, youthId: string) =>
      (await ok(call(who, 'GET', `/api/v1/youth/${youthId}/court-enrollments`))).items;

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const probation = await createAgency(db, { name: 'Probation', kind: 'probation' });
      const court = await createAgency(db, { name: 'Juvenile Court', kind: 'court' });
      const advocacy = await createAgency(db, { name: 'Advocates', kind: 'advocacy' });
      people.clinician = await signedInUser(h, dmh.id, 'clinician', 'court-clinician');
      people.officer = await signedInUser(h, probation.id, 'probation_officer', 'court-officer');
      people.officer2 = await signedInUser(h, probation.id, 'probation_officer', 'court-officer-2');
      people.liaison = await signedInUser(h, court.id, 'court_liaison', 'court-liaison');
      people.advocate = await signedInUser(h, advocacy.id, 'advocate', 'court-advocate');
      people.outsider = await signedInUser(h, dmh.id, 'clinician', 'court-outsider');
    });
    afterAll(() => h.close());

    it('lists STAR and DREAM in the caller’s language', async () => {
      const { items } = await ok(call('officer', 'GET', '/api/v1/court-programs', undefined, 'es'));
      const star = items.find((p: { id: string }) => p.id === 'star');
      expect(star).toMatchObject({ hearingCadenceDays: 7, caseloadCap: 25, court: 'delinquency' });
      expect(star.name).toMatch(/^Tribunal STAR/);
      expect(items.map((p: { id: string }) => p.id)).toContain('dream');
    });

    it('enrolls a youth in STAR with weekly hearings and a response log; the liaison sees court-relevant fields only', async () => {
      const youthId = await youth();
      const enroll = (body: object, lang = 'en') =>
        call('officer', 'POST', `/api/v1/youth/${youthId}/court-enrollments`, body, lang);
      const base = { programId: 'star', enrolledOn: '2026-11-30', probationOfficerId: people.officer.user.id };

      // Voluntary, offered at disposition: refused otherwise, in the caller's language, and nothing is written.
      const notAgreed = await enroll({ ...base, youthAgreed: false, offeredAtDisposition: true }, 'es');
      expect(notAgreed.statusCode).toBe(400);
      expect(firstField(notAgreed)).toMatch(/voluntaria/);
      const notAtDisposition = await enroll({ ...base, youthAgreed: true });
      expect(firstField(notAtDisposition)).toMatch(/offered at disposition/);
      const notOfficer = await enroll({
        ...base,
        youthAgreed: true,
        offeredAtDisposition: true,
        probationOfficerId: people.advocate.user.id,
      });
      expect(firstField(notOfficer)).toMatch(/probation officer/);
      expect(await enrollments('officer', youthId)).toEqual([]);

      const { id } = await ok(enroll({ ...base, youthAgreed: true, offeredAtDisposition: true }), 201);
      expect(firstField(await enroll({ ...base, youthAgreed: true, offeredAtDisposition: true }))).toMatch(
        /already enrolled/,
      );

      // The weekly calendar: the next hearing is set a week later, in the same department.
      const hearing = await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/hearings`, {
          hearingOn: '2026-12-02',
          department: 'Dept. 260',
          type: 'review',
        }),
        201,
      );
      const recorded = await ok(
        call('officer', 'PUT', `/api/v1/court-hearings/${hearing.id}`, {
          version: 1,
          appeared: ['youth', 'youth_attorney', 'district_attorney', 'probation_officer', 'community_advocate'],
          outcome: 'incentive',
        }),
      );
      expect(recorded.nextHearingId).toEqual(expect.any(String));
      const backwards = await call('officer', 'PUT', `/api/v1/court-hearings/${recorded.nextHearingId}`, {
        version: 1,
        appeared: ['youth'],
        outcome: 'continued',
        nextOn: '2026-12-01',
      });
      expect(backwards.statusCode).toBe(400);

      // The response log: an incentive (protocol) and a change of treatment (clinical).
      await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/responses`, {
          kind: 'incentive',
          occurredOn: yesterday(),
          behaviour: 'Attended school every day this week',
          response: 'Praise from the bench and a gift card',
          teamDecision: 'The MDT agreed at the pre-court staffing',
        }),
        201,
      );
      const clinicalByOfficer = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/responses`, {
        kind: 'service_change',
        occurredOn: yesterday(),
        behaviour: 'x',
        response: 'y',
        teamDecision: 'z',
        fieldClass: 'clinical',
      });
      expect(clinicalByOfficer.statusCode).toBe(400);
      await ok(
        call('clinician', 'POST', `/api/v1/court-enrollments/${id}/responses`, {
          kind: 'service_change',
          occurredOn: yesterday(),
          behaviour: 'Nightmares since the hearing',
          response: 'Weekly TF-CBT sessions added',
          teamDecision: 'Clinician and youth agreed',
          fieldClass: 'clinical',
        }),
        201,
      );
      const future = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/responses`, {
        kind: 'sanction',
        occurredOn: '2099-01-01',
        behaviour: 'x',
        response: 'y',
        teamDecision: 'z',
      });
      expect(firstField(future)).toMatch(/future/);

      const [mine] = await enrollments('clinician', youthId);
      expect(mine).toMatchObject({ programId: 'star', status: 'active', phaseId: 'engagement' });
      expect(
        mine.hearings.map((x: { hearingOn: string; reportsDueOn: string }) => [x.hearingOn, x.reportsDueOn]),
      ).toEqual([
        ['2026-12-02', '2026-11-30'],
        ['2026-12-09', '2026-12-07'],
      ]);
      expect(mine.hearings[0]).toMatchObject({ department: 'Dept. 260', outcome: 'incentive', nextOn: '2026-12-09' });
      expect(mine.responses.map((r: { behaviour: string }) => r.behaviour)).toEqual([
        'Attended school every day this week',
        'Nightmares since the hearing',
      ]);

      const [seen] = await enrollments('liaison', youthId);
      expect(seen.hearings).toHaveLength(2);
      expect(seen.probationOfficer).toEqual({ userId: people.officer.user.id, name: 'court-officer' });
      const [incentive, clinical] = seen.responses;
      expect(clinical).toEqual({ id: expect.any(String) });
      expect(incentive).toMatchObject({ kind: 'incentive', teamDecision: 'The MDT agreed at the pre-court staffing' });
      expect(JSON.stringify(seen)).not.toContain('TF-CBT');

      const outsider = await call('outsider', 'GET', `/api/v1/youth/${youthId}/court-enrollments`);
      expect(outsider.statusCode).toBe(404);
      expect(
        (
          await call('outsider', 'POST', `/api/v1/court-enrollments/${id}/hearings`, {
            hearingOn: '2026-12-16',
            department: 'Dept. 260',
            type: 'review',
          })
        ).statusCode,
      ).toBe(404);

      // Phases: the rules are not met yet (4 weeks, 4 hearings attended); the court may order the advance.
      const early = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/advance`, {
        version: 1,
        teamDecision: 'The team recommends',
      });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.fields.map((f: { message: string }) => f.message)).toEqual([
        'Not enough weeks in the phase yet',
        'Not enough hearings attended yet',
      ]);
      await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/advance`, {
          version: 1,
          teamDecision: 'Judge ordered the advance',
          courtOrdered: true,
        }),
        204,
      );
      const graduate = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/end`, {
        version: 2,
        endedOn: '2026-12-09',
        graduated: true,
      });
      expect(graduate.statusCode).toBe(409);
      expect(firstField(graduate)).toMatch(/last phase/);
      const noNote = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/end`, {
        version: 2,
        endedOn: '2026-12-09',
        graduated: false,
        reason: 'other',
      });
      expect(noNote.statusCode).toBe(400);
      await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/end`, {
          version: 2,
          endedOn: '2026-12-09',
          graduated: false,
          reason: 'youth_withdrew',
        }),
        204,
      );
      const [ended] = await enrollments('officer', youthId);
      expect(ended).toMatchObject({ status: 'exited', exitReason: 'youth_withdrew', phaseId: 'stability' });
      expect(ended.phases.map((p: { phaseId: string; teamDecision: string }) => [p.phaseId, p.teamDecision])).toEqual([
        ['engagement', null],
        ['stability', 'Judge ordered the advance'],
      ]);
      const late = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/hearings`, {
        hearingOn: '2026-12-16',
        department: 'Dept. 260',
        type: 'review',
      });
      expect(late.statusCode).toBe(409);

      // The youth's timeline: what happened in the program, the clinical entry for clinical readers only.
      const events = async (who: Who) =>
        (await ok(call(who, 'GET', `/api/v1/youth/${youthId}/timeline`))).entries
          .filter((e: { kind: string }) => e.kind === 'court')
          .map((e: { courtEvent: string; courtProgramId: string; hearingOn?: string }) =>
            [e.courtEvent, e.courtProgramId, e.hearingOn ?? ''].join(' '),
          )
          .sort();
      const happened = ['exited star ', 'hearing_recorded star 2026-12-02', 'phase_advanced star ', 'enrolled star '];
      expect(await events('clinician')).toEqual([...happened, 'response_logged star ', 'response_logged star '].sort());
      expect(await events('liaison')).toEqual([...happened, 'response_logged star '].sort());

      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'actor_user_id'])
        .where('youth_id', '=', youthId)
        .where('event', 'like', 'court.%')
        .execute();
      expect(new Set(audit.map((a) => a.event))).toEqual(
        new Set([
          'court.enrolled',
          'court.hearing_scheduled',
          'court.hearing_recorded',
          'court.response_logged',
          'court.read',
          'court.phase_advanced',
          'court.ended',
        ]),
      );
    });

    it('advances on the team’s decision once a county program’s rules are met, and graduates from the last phase', async () => {
      await courtPrograms.import(h.t.database.db, {
        ...STAR_PROGRAM,
        id: 'county-star',
        caseloadCap: 2,
        phases: [
          { id: 'one', name: { en: 'One', es: 'Uno' }, advanceWhen: [{ kind: 'min_weeks', weeks: 1 }] },
          { id: 'two', name: { en: 'Two', es: 'Dos' }, advanceWhen: [] },
        ],
      });
      const enrolled: string[] = [];
      for (const officer of ['officer', 'officer', 'officer', 'officer2'] as const) {
        const youthId = await youth();
        const { id } = await ok(
          call('officer', 'POST', `/api/v1/youth/${youthId}/court-enrollments`, {
            programId: 'county-star',
            enrolledOn: '2026-11-01',
            youthAgreed: true,
            offeredAtDisposition: true,
            probationOfficerId: people[officer].user.id,
          }),
          201,
        );
        enrolled.push(id);
      }
      // The caseload: the cap and who is over it.
      const caseload = await ok(call('officer', 'GET', '/api/v1/court-programs/county-star/caseload'));
      expect(caseload.cap).toBe(2);
      expect(
        caseload.officers.map((o: { name: string; active: number; over: boolean }) => [o.name, o.active, o.over]),
      ).toEqual([
        ['court-officer', 3, true],
        ['court-officer-2', 1, false],
      ]);
      expect((await call('clinician', 'GET', '/api/v1/court-programs/county-star/caseload')).statusCode).toBe(404);

      const id = enrolled[0]!;
      const tooSoon = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/advance`, {
        version: 1,
        teamDecision: 'Ready',
      });
      expect(tooSoon.statusCode).toBe(409);
      // Eight days in the phase (the test moves the entry back rather than the clock: sessions keep their time).
      await h.t.database.db
        .updateTable('court_phase_entry')
        .set({ entered_at: new Date(Date.now() - 8 * 24 * 3600_000).toISOString() })
        .where('enrollment_id', '=', id)
        .execute();
      await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/advance`, { version: 1, teamDecision: 'Ready' }),
        204,
      );
      const last = await call('officer', 'POST', `/api/v1/court-enrollments/${id}/advance`, {
        version: 2,
        teamDecision: 'Again',
        courtOrdered: true,
      });
      expect(firstField(last)).toMatch(/graduation/);
      await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/end`, {
          version: 2,
          endedOn: '2026-12-02',
          graduated: true,
        }),
        204,
      );
      const after = await ok(call('officer', 'GET', '/api/v1/court-programs/county-star/caseload'));
      expect(after.officers[0]).toMatchObject({ name: 'court-officer', active: 2, over: false, remaining: 0 });
    });
  });
}
