import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../testing/app.js';
import { DIALECTS } from '../testing/databases.js';
import { buildWorld, type Person, SECRET, SECRETS_BY_CLASS, type World } from '../testing/world.js';

/**
 * The field classes, role by role, on every kind of record: the leaks the records gate closes (the written report's
 * pre-fill, screening answers, mandated reports, the crisis plan, clinical step notes, agency ceilings) and the reads
 * that now leave a trace. docs/security.md has the table these follow.
 */

const CLINICAL_ITEMS = ['suicide-self-harm', 'sexual-health', 'observations', 'depression', 'substance-use'];

for (const dialect of DIALECTS) {
  describe(`field classes by role [${dialect}]`, () => {
    let w: World;
    beforeAll(async () => {
      w = await buildWorld(await createTestApp(dialect));
    });
    afterAll(() => w.h.close());

    const get = async (who: Person, url: string) => {
      const res = await w.call(who, 'GET', url);
      expect(res.statusCode, `${who} GET ${url}: ${res.body}`).toBe(200);
      return res;
    };
    const lastAudit = async (who: Person, event: string) => {
      const row = await w.h.t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', event as never)
        .where('actor_user_id', '=', w.people[who].user.id)
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      return { ...row, fields: JSON.parse(row.fields) as string[], details: JSON.parse(row.details) };
    };
    /** None of these values, as written or (a referral number) as the digits Harbor stores. */
    const expectNone = (body: string, secrets: readonly string[], who: string) => {
      for (const secret of secrets) {
        expect(body, `${who} must not see "${secret}"`).not.toContain(secret);
        if (secret === SECRET.referral) expect(body, who).not.toContain(secret.replace(/\D/g, ''));
      }
    };

    it('keeps clinical screening answers for clinical roles and the author; the level and reasons for the team', async () => {
      const url = `/api/v1/screenings/${w.screeningId}`;
      for (const who of ['clinician', 'healthProvider', 'visitor'] as const) {
        const screening = (await get(who, url)).json();
        expect(screening.answers['suicide-self-harm'], who).toBe('yes');
        expect(screening.answers.observations, who).toBe(SECRET.observation);
        expect(screening.answersHidden, who).toBe(false);
      }
      for (const who of ['deputy', 'deputy2', 'sheriffSupervisor', 'advocate', 'socialWorker', 'liaison'] as const) {
        const res = await get(who, url);
        const screening = res.json();
        for (const item of CLINICAL_ITEMS) expect(screening.answers, `${who}: ${item}`).not.toHaveProperty(item);
        expectNone(res.body, [SECRET.observation], who);
        // What the team works from is still there: the exploitation indicators, the level, the reasons.
        expect(screening.answers.exchange, who).toBe('clear');
        expect(screening.answers.runaway, who).toBe('yes');
        expect(screening.level, who).toBe('clear');
        expect(screening.result.reasons.length, who).toBeGreaterThan(0);
        expect(screening.answersHidden, who).toBe(true);
        const audit = await lastAudit(who, 'screening.read');
        expect(audit.fields).toContain('answers.exchange');
        expect(audit.fields).not.toContain('answers.suicide_self_harm');
      }
    });

    it('refuses a correction that changes answers the corrector may not see, and keeps them in one that does not', async () => {
      const url = `/api/v1/screenings/${w.screeningId}/corrections`;
      const seen = (await get('socialWorker', `/api/v1/screenings/${w.screeningId}`)).json();
      const refused = await w.call('socialWorker', 'POST', url, {
        answers: { ...seen.answers, 'suicide-self-harm': 'no' },
        reason: 'Corrected after a call',
        idempotencyKey: crypto.randomUUID(),
      });
      expect(refused.statusCode, refused.body).toBe(403);
      const denial = await lastAudit('socialWorker', 'access.denied');
      expect(denial.fields).toEqual(['answers.suicide_self_harm']);
      const corrected = await w.call('socialWorker', 'POST', url, {
        answers: { ...seen.answers, runaway: 'no' },
        reason: 'The youth had not run away',
        idempotencyKey: crypto.randomUUID(),
      });
      expect(corrected.statusCode, corrected.body).toBe(201);
      // The corrector made the correction, but the clinical answers in it are the clinician's: the corrector's answer
      // and their later reads leave them out as before.
      for (const seen of [
        corrected.json(),
        (await get('socialWorker', `/api/v1/screenings/${corrected.json().id}`)).json(),
      ]) {
        for (const item of CLINICAL_ITEMS) expect(seen.answers, item).not.toHaveProperty(item);
        expect(seen.answersHidden).toBe(true);
        expect(JSON.stringify(seen)).not.toContain(SECRET.observation);
      }
      const correction = (await get('clinician', `/api/v1/screenings/${corrected.json().id}`)).json();
      expect(correction.answers).toMatchObject({ runaway: 'no', 'suicide-self-harm': 'yes' });
      expect(correction.answers.observations).toBe(SECRET.observation);
    });

    it('shows the mandated reports to the reporter, the reporter’s supervisors and child welfare only', async () => {
      const url = `/api/v1/responses/${w.responseId}`;
      for (const who of ['deputy', 'sheriffSupervisor', 'socialWorker', 'cwSupervisor'] as const) {
        if (who === 'cwSupervisor') continue; // not on the team: DCFS is, through the social worker
        const report = (await get(who, url)).json().telephoneReports[0];
        expect(report, who).toMatchObject({ workerName: SECRET.worker, hotline: 'dcfs_child_protection_hotline' });
        expect(report.referralNumber.replace(/\D/g, '')).toBe(SECRET.referral.replace(/\D/g, ''));
      }
      for (const who of [
        'deputy2',
        'advocate',
        'clinician',
        'healthProvider',
        'liaison',
        'visitor',
        'dmhSupervisor',
      ] as const) {
        const res = await w.call(who, 'GET', url);
        if (who === 'dmhSupervisor') {
          // DMH is on the team through the clinician: the supervisor reads, but not the report.
          expect(res.statusCode).toBe(200);
        }
        const reports = res.json().telephoneReports;
        // That a report was made, and when: nothing else.
        expect(
          reports.map((r: object) => Object.keys(r).sort()),
          who,
        ).toEqual([['calledAt', 'id']]);
        expectNone(res.body, [SECRET.worker, SECRET.referral], who);
        const audit = await lastAudit(who, 'response.read');
        expect(audit.fields).toContain('telephone_reports.called_at');
        expect(audit.fields).not.toContain('telephone_reports.worker_name');
      }
    });

    it('shows the written report and its PDF to its readers, the pre-fill only to the reporter', async () => {
      const url = `/api/v1/responses/${w.responseId}/written-report`;
      // The reporter, a deputy, sees in the report what PC 11167(a) requires (the child's address and parents),
      // although the youth's record hides contacts from law enforcement; the read is audited with those fields.
      const own = (await get('deputy', url)).json();
      expect(own.fields.childAddress).toContain(SECRET.placementDetail);
      expect(own.fields.parents).toContain(SECRET.parentName);
      expect(own.fields.incident).toBe(SECRET.reportIncident);
      const audit = await lastAudit('deputy', 'response.read');
      expect(audit.record_type).toBe('written_report');
      expect(audit.fields).toEqual(expect.arrayContaining(['fields.child_address', 'fields.parents']));
      for (const who of ['sheriffSupervisor', 'socialWorker'] as const) {
        expect((await get(who, url)).json().fields.incident, who).toBe(SECRET.reportIncident);
        expect((await get(who, `${url.replace('written-report', 'written-report.pdf')}`)).statusCode).toBe(200);
      }
      for (const who of ['deputy2', 'advocate', 'clinician', 'liaison', 'visitor'] as const) {
        const res = await get(who, url);
        expect(res.json(), who).not.toHaveProperty('fields');
        expect(res.json()).toMatchObject({ submittedAt: null });
        expectNone(res.body, [...SECRETS_BY_CLASS.contact, ...SECRETS_BY_CLASS.mandated_report], who);
        const pdf = await w.call(who, 'GET', `/api/v1/responses/${w.responseId}/written-report.pdf`);
        expect(pdf.statusCode, who).toBe(403);
        expect(pdf.json().error.message).toMatch(/confidential/i);
        const denied = await lastAudit(who, 'response.read');
        expect(denied.record_type).toBe('written_report');
        expect(denied.fields).not.toContain('fields.child_address');
      }
    });

    it('keeps the crisis plan for those who act on it, and clinical step notes for clinical roles', async () => {
      const url = `/api/v1/responses/${w.responseId}`;
      const note = (body: { steps: { stepId: string; note?: string | null }[] }, id: string) =>
        body.steps.find((s) => s.stepId === id)!;
      for (const who of ['clinician', 'healthProvider', 'visitor'] as const) {
        const response = (await get(who, url)).json();
        expect(note(response, 'health-evaluation').note, who).toBe(SECRET.healthNote);
      }
      for (const who of ['socialWorker', 'advocate', 'deputy', 'deputy2', 'liaison', 'sheriffSupervisor'] as const) {
        const res = await get(who, url);
        expect(note(res.json(), 'health-evaluation'), who).not.toHaveProperty('note');
        expect(note(res.json(), 'child-welfare-on-scene').note, who).toBe(SECRET.protocolNote);
        expectNone(res.body, [SECRET.healthNote], who);
      }
      for (const who of ['clinician', 'socialWorker', 'advocate', 'healthProvider'] as const) {
        const crisis = (await get(who, url)).json().crisis;
        expect(crisis.plan.safePeople, who).toBe(SECRET.safePeople);
        expect(crisis.reason, who).toBe(SECRET.crisisReason);
      }
      for (const who of ['deputy', 'deputy2', 'liaison', 'sheriffSupervisor'] as const) {
        const res = await get(who, url);
        const crisis = res.json().crisis;
        // Everyone on the team knows there is a safety step and when it opened.
        expect(crisis.openedAt, who).toEqual(expect.any(String));
        expect(crisis, who).not.toHaveProperty('plan');
        expectNone(res.body, [SECRET.safePeople], who);
        // The deputy who opened it sees the reason they wrote; the others do not.
        if (who === 'deputy') expect(crisis.reason).toBe(SECRET.crisisReason);
        else expect(crisis, who).not.toHaveProperty('reason');
      }
      const refused = await w.call('deputy2', 'PUT', `/api/v1/responses/${w.responseId}/crisis-plan`, {
        version: (await get('deputy2', url)).json().version,
        plan: {
          warningSigns: '',
          copingSteps: '',
          safePeople: 'overwritten',
          safePlace: '',
          professionals: '',
          meansSafety: '',
        },
      });
      expect(refused.statusCode).toBe(403);
    });

    it('follows the agency as well as the role: a sheriff supervisor sees no contacts or placement', async () => {
      const res = await get('sheriffSupervisor', `/api/v1/youth/${w.youthId}`);
      expect(res.json().access).toBe('agency_supervisor');
      expect(res.json().fieldClasses).toEqual(['identity', 'protocol']);
      expect(res.json()).not.toHaveProperty('contacts');
      expect(res.json()).not.toHaveProperty('placement');
      expectNone(res.body, SECRETS_BY_CLASS.contact, 'sheriffSupervisor');
      const dmh = await get('dmhSupervisor', `/api/v1/youth/${w.youthId}`);
      expect(dmh.json().contacts[0].name).toBe(SECRET.parentName);
      // A write to a class the agency may not see is refused for its supervisor too.
      const refused = await w.call('sheriffSupervisor', 'PATCH', `/api/v1/youth/${w.youthId}`, {
        version: res.json().version,
        contacts: [],
      });
      expect(refused.statusCode).toBe(403);
    });

    it('audits the reads that left no trace: a youth’s responses, the deadlines and the notifications', async () => {
      const db = w.h.t.database.db;
      const before = async () =>
        Number(
          (
            await db
              .selectFrom('audit_event')
              .select((eb) => eb.fn.max('seq').as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      let seq = await before();
      await get('advocate', `/api/v1/youth/${w.youthId}/responses`);
      const listed = await lastAudit('advocate', 'response.read');
      expect(Number(listed.seq)).toBeGreaterThan(seq);
      expect(listed.youth_id).toBe(w.youthId);
      expect(listed.fields).toEqual([
        'id',
        'opened_at',
        'opened_by',
        'opener_name',
        'overdue_steps',
        'pending_steps',
        'screening_id',
        'status',
      ]);

      seq = await before();
      const deadlines = (await get('socialWorker', '/api/v1/deadlines?hours=2000')).json();
      expect(deadlines.length).toBeGreaterThan(0);
      // Each line names the youth by initials (identity) and who owns the step.
      expect(deadlines.every((d: { youth?: { initials: string } }) => d.youth?.initials === 'Y. Q.')).toBe(true);
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('seq', '>', seq)
        .where('actor_user_id', '=', w.people.socialWorker.user.id)
        .execute();
      // A line of the protocol and referrals is a read of the youth's response; an MDT action item, of the roster entry.
      const mdtLines = deadlines.filter((d: { kind: string }) => d.kind === 'mdt_action').length;
      expect(rows.filter((r) => r.event === 'response.read' && r.youth_id === w.youthId)).toHaveLength(
        deadlines.length - mdtLines,
      );
      expect(rows.filter((r) => r.event === 'mdt.read' && r.youth_id === w.youthId)).toHaveLength(mdtLines);

      seq = await before();
      const notifications = (await get('clinician', '/api/v1/notifications')).json();
      expect(notifications.items.some((n: { kind: string }) => n.kind === 'crisis')).toBe(true);
      const read = await lastAudit('clinician', 'response.read');
      expect(Number(read.seq)).toBeGreaterThan(seq);
      expect(read.record_type).toBe('notification');
      expect(read.youth_id).toBe(w.youthId);
      expect(read.fields).toContain('youth.initials');
      const crisis = notifications.items.find((n: { kind: string }) => n.kind === 'crisis');
      expect(crisis.youth).toEqual({ initials: 'Y. Q.', age: expect.any(Number) });
    });

    it('shows the timeline entry by entry in their classes: a health note for the clinical roles, never the deputy', async () => {
      const entries = async (who: Person) =>
        (await get(who, `/api/v1/youth/${w.youthId}/timeline`)).json().entries as {
          kind: string;
          stepId?: string;
          note?: string | null;
          reason?: string;
        }[];
      const note = (list: Awaited<ReturnType<typeof entries>>, stepId: string) =>
        list.find((e) => e.kind === 'step_closed' && e.stepId === stepId);
      const clinician = await entries('clinician');
      expect(clinician.map((e) => e.kind)).toEqual(
        expect.arrayContaining([
          'record_opened',
          'screening',
          'response_opened',
          'step_closed',
          'telephone_report',
          'safety_step',
          'care_team_joined',
          'break_glass',
        ]),
      );
      expect(note(clinician, 'health-evaluation')?.note).toBe(SECRET.healthNote);
      expect(clinician.find((e) => e.kind === 'safety_step')?.reason).toBe(SECRET.crisisReason);
      const deputy = await entries('deputy2');
      expect(note(deputy, 'health-evaluation')).toBeDefined();
      expect(note(deputy, 'health-evaluation')).not.toHaveProperty('note');
      expect(note(deputy, 'child-welfare-on-scene')?.note).toBe(SECRET.protocolNote);
      expect(deputy.find((e) => e.kind === 'safety_step')).not.toHaveProperty('reason');
      expect(JSON.stringify(deputy)).not.toContain(SECRET.healthNote);
      const read = await lastAudit('deputy2', 'youth.read');
      expect(read.record_type).toBe('timeline');
      expect((await w.call('outsider', 'GET', `/api/v1/youth/${w.youthId}/timeline`)).statusCode).toBe(404);
    });

    it('shows a referral’s receiving agency the sections shared, within its own classes, and nothing else', async () => {
      // The youth's record: identity and contact (shared), as the receiver's own classes allow.
      const youth = (await get('receiver', `/api/v1/youth/${w.youthId}`)).json();
      expect(youth).toMatchObject({ access: 'referral', legalName: { given: SECRET.given } });
      expect(youth.placement.detail).toBe(SECRET.placementDetail);
      // Screenings are shared, their clinical answers too, but an advocate's role never opens clinical content.
      const res = await get('receiver', `/api/v1/screenings/${w.screeningId}`);
      expect(res.json().answers.exchange).toBe('clear');
      for (const item of CLINICAL_ITEMS) expect(res.json().answers, item).not.toHaveProperty(item);
      expectNone(res.body, [...SECRETS_BY_CLASS.clinical, ...SECRETS_BY_CLASS.mandated_report], 'receiver');
      // The referral itself: why, and how to reach the youth safely.
      const referral = (await get('receiver', `/api/v1/referrals/${w.referralId}`)).json();
      expect(referral.reason).toBe(SECRET.referralReason);
      expect(referral.contact.safeContact.name).toBe(SECRET.safeContact);
      // Law enforcement on the care team sees the referral but not its contact class.
      const deputy = await get('deputy', `/api/v1/referrals/${w.referralId}`);
      expect(deputy.json()).not.toHaveProperty('contact');
      expectNone(deputy.body, [SECRET.safeContact], 'deputy');
      // What is not shared is as if it did not exist, and the denial is audited.
      for (const url of [
        `/api/v1/responses/${w.responseId}`,
        `/api/v1/responses/${w.responseId}/written-report`,
        `/api/v1/youth/${w.youthId}/responses`,
        `/api/v1/youth/${w.youthId}/care-team`,
        `/api/v1/youth/${w.youthId}/timeline`,
      ]) {
        expect((await w.call('receiver', 'GET', url)).statusCode, url).toBe(404);
        expect((await lastAudit('receiver', 'access.denied')).youth_id, url).toBe(w.youthId);
      }
    });

    it('shows nothing of the youth to someone without need-to-know, and audits the denial', async () => {
      for (const url of [
        `/api/v1/youth/${w.youthId}`,
        `/api/v1/screenings/${w.screeningId}`,
        `/api/v1/responses/${w.responseId}`,
        `/api/v1/responses/${w.responseId}/written-report`,
        `/api/v1/responses/${w.responseId}/written-report.pdf`,
        `/api/v1/youth/${w.youthId}/responses`,
        `/api/v1/youth/${w.youthId}/screenings`,
        `/api/v1/youth/${w.youthId}/care-team`,
        `/api/v1/youth/${w.youthId}/timeline`,
      ]) {
        const res = await w.call('outsider', 'GET', url);
        expect(res.statusCode, url).toBe(404);
        const denial = await lastAudit('outsider', 'access.denied');
        expect(denial.youth_id, url).toBe(w.youthId);
      }
      // Break-glass reads, but writes nothing.
      const write = await w.call('visitor', 'POST', `/api/v1/responses/${w.responseId}/crisis`, { reason: 'again' });
      expect(write.statusCode).toBe(403);
    });
  });
}
