import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Answers,
  LA_COUNTY_FIRST_RESPONDER,
  SHIPPED_INSTRUMENTS,
  visibleItemIds,
  WRITTEN_REPORT_FIELDS,
} from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { runHarbor } from '../../testing/harbor-process.js';
import { drawnText } from '../../testing/pdf.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

const brief = SHIPPED_INSTRUMENTS.find((i) => i.audience === 'brief')!;

/** A brief screening that reaches clear concern: every yes/no item answered yes. */
function clearAnswers(): Answers {
  const answers: Answers = {};
  for (let round = 0; round < 3; round++) {
    for (const id of visibleItemIds(brief, answers)) answers[id] = 'yes';
  }
  return answers;
}

const REFERRAL = '1234-5678-9012-3456-789';

for (const dialect of DIALECTS) {
  describe(`responses [${dialect}]`, () => {
    let h: TestApp;
    let socialWorker: SignedInUser;
    let advocate: SignedInUser;
    let officer: SignedInUser;
    let outsider: SignedInUser;
    let clinician: SignedInUser;
    let youthId: string;

    const call = (who: SignedInUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      const sheriff = await createAgency(h.t.database.db, { name: 'Sheriff', kind: 'sheriff' });
      const advocacy = await createAgency(h.t.database.db, { name: 'Advocates', kind: 'advocacy' });
      const dmh = await createAgency(h.t.database.db, { name: 'DMH', kind: 'mental_health' });
      socialWorker = await signedInUser(h, dcfs.id, 'social_worker', 'resp-social-worker');
      advocate = await signedInUser(h, advocacy.id, 'advocate', 'resp-advocate');
      officer = await signedInUser(h, sheriff.id, 'law_enforcement', 'resp-officer');
      clinician = await signedInUser(h, dmh.id, 'clinician', 'resp-clinician');
      outsider = await signedInUser(h, dmh.id, 'social_worker', 'resp-outsider');
      const created = await call(
        socialWorker,
        'POST',
        '/api/v1/youth',
        sampleYouthInput({ dateOfBirth: '2011-04-02' }),
      );
      expect(created.statusCode, created.body).toBe(201);
      youthId = created.json().id;
      for (const member of [advocate, officer, clinician]) {
        const added = await call(socialWorker, 'POST', `/api/v1/youth/${youthId}/care-team`, {
          userId: member.user.id,
          basis: 'protocol_response',
        });
        expect(added.statusCode, added.body).toBe(201);
      }
    });
    afterAll(() => h.close());

    const screen = async (answers: Answers, complete = true) => {
      const res = await call(socialWorker, 'POST', '/api/v1/screenings', {
        instrumentId: brief.id,
        instrumentVersion: brief.version,
        youthId,
        answers,
        complete,
        idempotencyKey: randomUUID(),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; level: string };
    };
    const stepOf = (response: { steps: { stepId: string }[] }, id: string) =>
      response.steps.find((s) => s.stepId === id) as {
        stepId: string;
        status: string;
        dueAt: string | null;
        startsAt: string | null;
        version: number;
        mine: boolean;
      };

    it('opens from a clear-concern screening with the protocol’s steps and clocks, and refuses an unfinished one', async () => {
      const quiet: Answers = {};
      for (const id of visibleItemIds(brief, {})) quiet[id] = 'no';
      const draft = await screen(quiet, false);
      const refused = await call(socialWorker, 'POST', '/api/v1/responses', {
        openedBy: 'screening',
        screeningId: draft.id,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/not finished/);

      // A screening's level never stands between a reporter and the report (PC 11166(i)): reasonable suspicion is
      // theirs to judge, so a completed screening at no concern opens a response too.
      const none = await screen(quiet);
      expect(none.level).toBe('none');
      const fromNone = await call(socialWorker, 'POST', '/api/v1/responses', {
        openedBy: 'screening',
        screeningId: none.id,
      });
      expect(fromNone.statusCode, fromNone.body).toBe(201);

      const clear = await screen(clearAnswers());
      expect(clear.level).toBe('clear');
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', {
        openedBy: 'screening',
        screeningId: clear.id,
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${opened.json().id}`)).json();
      expect(response.youthId).toBe(youthId);
      const telephone = stepOf(response, 'telephone-report');
      expect(telephone.status).toBe('pending');
      expect(telephone.mine).toBe(true);
      expect(Date.parse(telephone.dueAt!)).toBeLessThanOrEqual(Date.now());
      // The written report's 36 hours run from receiving the information (PC 11166(a)), before any call: by default
      // the screening's completion, which came before the opening.
      const written = stepOf(response, 'written-report');
      expect(Date.parse(response.learnedAt)).toBeLessThanOrEqual(Date.parse(response.openedAt));
      expect(written.startsAt).toBe(response.learnedAt);
      expect(Date.parse(written.dueAt!) - Date.parse(response.learnedAt)).toBe(36 * 3600_000);
      // Opened from a screening, not a recovery: no on-scene steps; not by law enforcement: no cross-reports.
      expect(response.steps.map((s: { stepId: string }) => s.stepId)).not.toContain('cross-report-child-welfare');
    });

    it('runs a recovery: partners within 90 minutes, the telephone report, then 36 hours for the written report', async () => {
      const recoveredAt = new Date(Date.now() - 10 * 60_000).toISOString();
      const opened = await call(officer, 'POST', '/api/v1/responses', {
        openedBy: 'recovery',
        youthId,
        recoveredAt,
        onProbation: false,
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const id = opened.json().id;
      let response = (await call(officer, 'GET', `/api/v1/responses/${id}`)).json();
      const steps = response.steps.map((s: { stepId: string }) => s.stepId);
      expect(steps).toEqual(expect.arrayContaining(['cross-report-child-welfare', 'cross-report-district-attorney']));
      expect(steps).not.toContain('probation-on-scene');
      const advocateStep = response.steps.find(
        (s: { ownerRole: string; dueAt: string | null }) => s.ownerRole === 'advocate' && s.dueAt,
      );
      expect(Date.parse(advocateStep.dueAt) - Date.parse(recoveredAt)).toBe(90 * 60_000);

      // Only the owner completes a step; not in the future; not with a stale version.
      const byOther = await call(
        socialWorker,
        'POST',
        `/api/v1/responses/${id}/steps/${advocateStep.stepId}/complete`,
        {
          version: advocateStep.version,
        },
      );
      expect(byOther.statusCode).toBe(403);
      const future = await call(advocate, 'POST', `/api/v1/responses/${id}/steps/${advocateStep.stepId}/complete`, {
        version: advocateStep.version,
        completedAt: new Date(Date.now() + 3600_000).toISOString(),
      });
      expect(future.statusCode).toBe(400);
      expect(future.json().error.fields[0].path).toBe('body.completedAt');
      const stale = await call(advocate, 'POST', `/api/v1/responses/${id}/steps/${advocateStep.stepId}/complete`, {
        version: advocateStep.version + 5,
      });
      expect(stale.statusCode).toBe(409);
      const done = await call(advocate, 'POST', `/api/v1/responses/${id}/steps/${advocateStep.stepId}/complete`, {
        version: advocateStep.version,
      });
      expect(done.statusCode, done.body).toBe(204);

      // The telephone report: a referral number of the wrong shape is refused, nothing saved.
      const telephone = (referralNumber: string) =>
        call(officer, 'POST', `/api/v1/responses/${id}/telephone-report`, {
          calledAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          hotline: 'dcfs_child_protection_hotline',
          workerName: 'Hotline worker Ruiz',
          referralNumber,
          responseCategory: 'immediate',
        });
      const wrong = await telephone('1234-5678');
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields[0]).toMatchObject({ path: 'body.referralNumber' });
      // When the information was received: never later than the call, refused in the reporter's language.
      const late = await h.app.inject({
        method: 'POST',
        url: `/api/v1/responses/${id}/telephone-report`,
        headers: { ...officer.headers, 'accept-language': 'es' },
        payload: {
          calledAt: new Date(Date.now() - 5 * 60_000).toISOString(),
          hotline: 'dcfs_child_protection_hotline',
          workerName: 'Hotline worker Ruiz',
          referralNumber: REFERRAL,
          responseCategory: 'immediate',
          learnedAt: new Date(Date.now() - 60_000).toISOString(),
        },
      });
      expect(late.statusCode).toBe(400);
      expect(late.json().error.fields[0]).toMatchObject({ path: 'body.learnedAt' });
      expect(late.json().error.fields[0].message).toMatch(/antes de llamar/);
      const right = await telephone(REFERRAL);
      expect(right.statusCode, right.body).toBe(201);
      response = (await call(officer, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'telephone-report').status).toBe('completed');
      const written = stepOf(response, 'written-report');
      // PC 11166(a): 36 hours from receiving the information (by default the recovery), not from the call.
      expect(response.learnedAt).toBe(recoveredAt);
      expect(Date.parse(written.dueAt!) - Date.parse(recoveredAt)).toBe(36 * 3600_000);
      expect(response.telephoneReports[0].referralNumber).toBe('1234567890123456789');

      // The deadlines view: the officer's own steps, most urgent first.
      const due = (await call(officer, 'GET', '/api/v1/deadlines?hours=48')).json() as {
        dueAt: string;
        stepId: string;
      }[];
      expect(due.map((d) => d.stepId)).toEqual(
        expect.arrayContaining(['written-report', 'cross-report-child-welfare']),
      );
      expect(due.map((d) => d.dueAt)).toEqual([...due.map((d) => d.dueAt)].sort());
      expect((await call(officer, 'GET', '/api/v1/deadlines?scope=agency')).statusCode).toBe(403);
    });

    it('prepares the written report with what PC 11167(a) requires, as a PDF that reads back, and submits it', async () => {
      const opened = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      await call(officer, 'POST', `/api/v1/responses/${id}/telephone-report`, {
        calledAt: new Date(Date.now() - 60_000).toISOString(),
        hotline: 'dcfs_child_protection_hotline',
        workerName: 'Hotline worker Ruiz',
        referralNumber: REFERRAL,
        responseCategory: 'immediate',
      });
      const draft = (await call(officer, 'GET', `/api/v1/responses/${id}/written-report`)).json();
      expect(draft.version).toBe(0);
      expect(draft.fields.reporterName).toBe('resp-officer');
      expect(draft.fields.childName).toMatch(/Test Youth/);
      expect(draft.fields.telephoneReport).toContain('1234567890123456789');
      // In words, on the county's clock (Los Angeles by default) with its zone: no UTC time, no identifier.
      expect(draft.fields.telephoneReport).toMatch(
        /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M P[SD]T, to the DCFS Child Protection Hotline, taken by Hotline worker Ruiz; referral number 1234567890123456789\.$/,
      );
      expect(draft.fields.incident).toMatch(/^Harbor response opened after a disclosure on .* P[SD]T\.$/);
      for (const text of Object.values(draft.fields as Record<string, string>)) {
        expect(text).not.toMatch(/UTC|dcfs_|_/);
      }
      // The reporter working in Spanish gets the pre-fill in Spanish.
      const spanish = await h.app.inject({
        method: 'GET',
        url: `/api/v1/responses/${id}/written-report`,
        headers: { ...officer.headers, 'accept-language': 'es' },
      });
      expect(spanish.json().fields.telephoneReport).toMatch(
        /a la Línea Directa de Protección Infantil de DCFS; lo atendió/,
      );

      // Submitting without what the law requires is refused, field by field.
      const early = await call(officer, 'PUT', `/api/v1/responses/${id}/written-report`, {
        fields: draft.fields,
        version: 0,
        submittedAt: new Date().toISOString(),
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
        expect.arrayContaining(['body.fields.reporterBusinessAddress', 'body.fields.reporterPhone']),
      );
      const fields = {
        ...draft.fields,
        reporterBusinessAddress: '4024 N Durfee Ave, El Monte, CA 91732',
        reporterPhone: '(626) 555-0142',
        childPresentLocation: 'Sheriff station, with a DCFS social worker',
        childSchool: 'Unknown',
        suspicionBasis: 'The youth said an older man takes the money she is given for sex.',
        suspicionSource: 'The youth, during the recovery interview.',
      };
      const saved = await call(officer, 'PUT', `/api/v1/responses/${id}/written-report`, { fields, version: 0 });
      expect(saved.statusCode, saved.body).toBe(200);

      const pdfResponse = await call(officer, 'GET', `/api/v1/responses/${id}/written-report.pdf`);
      expect(pdfResponse.statusCode).toBe(200);
      expect(pdfResponse.headers['content-type']).toBe('application/pdf');
      const pdf = await PDFDocument.load(pdfResponse.rawPayload);
      const form = pdf.getForm();
      for (const field of WRITTEN_REPORT_FIELDS) {
        expect(form.getTextField(field).getText() ?? '', field).toBe(fields[field as keyof typeof fields]);
      }

      const submittedAt = new Date(Date.now() - 1000).toISOString();
      const submitted = await call(officer, 'PUT', `/api/v1/responses/${id}/written-report`, {
        fields,
        version: 1,
        submittedAt,
        sentVia: 'fax',
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({ submittedAt, sentVia: 'fax', fields });
      const response = (await call(officer, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'written-report').status).toBe('completed');
      // The PDF says when it was sent, on the county's clock, and how.
      const sentPdf = (await call(officer, 'GET', `/api/v1/responses/${id}/written-report.pdf`)).rawPayload;
      expect(await drawnText(sentPdf)).toMatch(/Submitted at: [A-Z][a-z]{2} \d{1,2}, \d{4}, .* P[SD]T \(By fax\)/);
      const again = await call(officer, 'PUT', `/api/v1/responses/${id}/written-report`, { fields, version: 2 });
      expect(again.statusCode).toBe(409);
    });

    it('refuses, under SB 1322, to record a minor’s arrest or charge for PC 647(b) or 653.22, with a plain reason', async () => {
      const opened = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'recovery', youthId });
      const id = opened.json().id;
      for (const code of ['PC 647(b)', '653.22', 'pc647b']) {
        const refused = await h.app.inject({
          method: 'POST',
          url: `/api/v1/responses/${id}/actions`,
          headers: { ...officer.headers, 'accept-language': 'es' },
          payload: { kind: 'arrest', code },
        });
        expect(refused.statusCode, code).toBe(400);
        expect(refused.json().error.fields[0].message).toMatch(/SB 1322/);
        expect(refused.json().error.fields[0].message).toMatch(/víctima/);
      }
      const rows = await h.t.database.db
        .selectFrom('law_enforcement_action')
        .selectAll()
        .where('response_id', '=', id)
        .execute();
      expect(rows).toEqual([]);
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select('event')
        .where('event', '=', 'response.charge_refused')
        .execute();
      expect(audit.length).toBeGreaterThanOrEqual(3);
    });

    it('opens the safety step at once for a positive safety answer and notifies the clinician on the team', async () => {
      const safetyItem = brief.domains.flatMap((d) => d.items.filter((i) => i.safety || d.safety))[0]!;
      const answers = clearAnswers();
      answers[safetyItem.id] = 'yes';
      const screening = await screen(answers);
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', {
        openedBy: 'screening',
        screeningId: screening.id,
      });
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${opened.json().id}`)).json();
      expect(response.crisis).toMatchObject({ reason: 'screening_safety_item' });
      expect(response.safetyNotifies).toEqual([]);
      const notes = await h.t.database.db
        .selectFrom('notification')
        .selectAll()
        .where('user_id', '=', clinician.user.id)
        .where('kind', '=', 'crisis')
        .where('response_id', '=', opened.json().id)
        .execute();
      expect(notes).toHaveLength(1);
    });

    it('names, before the safety step is opened, the clinicians it will notify, and notifies them once it is', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      const before = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(before.crisis).toBeNull();
      expect(before.safetyNotifies).toEqual(['resp-clinician']);
      const crisisNotes = () =>
        h.t.database.db
          .selectFrom('notification')
          .selectAll()
          .where('kind', '=', 'crisis')
          .where('response_id', '=', id)
          .execute();
      // Reading the response (what the page does before anyone confirms) notifies no one.
      expect(await crisisNotes()).toEqual([]);
      const open = await call(socialWorker, 'POST', `/api/v1/responses/${id}/crisis`, { reason: 'crisis' });
      expect(open.statusCode, open.body).toBe(204);
      expect((await crisisNotes()).map((n) => n.user_id)).toEqual([clinician.user.id]);
      expect((await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json().safetyNotifies).toEqual([]);
      // A youth not identified yet has no care team: nobody to notify, and the page is told so.
      const unidentified = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'hotline_call' });
      const alone = (await call(socialWorker, 'GET', `/api/v1/responses/${unidentified.json().id}`)).json();
      expect(alone.safetyNotifies).toEqual([]);
    });

    it('follows a county’s own version of the protocol, imported from a file, for new responses', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'harbor-protocol-'));
      const env = {
        HARBOR_DATA_DIR: h.t.dir,
        HARBOR_DATABASE_URL: h.t.config.kind === 'sqlite' ? h.t.config.path : h.t.config.url,
        HARBOR_SECRET_KEY: h.config.secretKey.toString('hex'),
      };
      const v2 = structuredClone(LA_COUNTY_FIRST_RESPONDER);
      v2.version = LA_COUNTY_FIRST_RESPONDER.version + 1;
      v2.steps.find((s) => s.id === 'mdt-meeting')!.due.minutes = 14 * 24 * 60;
      const file = join(dir, 'county-v2.json');
      writeFileSync(file, JSON.stringify(v2));
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, JSON.stringify({ ...v2, steps: [{ ...v2.steps[0], due: { minutes: -5 } }] }));
      const refused = await runHarbor(['protocols', 'import', broken], env);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/steps\[0\]\.due\.minutes/);
      const imported = await runHarbor(['protocols', 'import', file], env);
      expect(imported.code, imported.stderr).toBe(0);
      const listed = await runHarbor(['protocols', 'list'], env);
      expect(listed.stdout).toMatch(new RegExp(`^la-county-first-responder\tversion ${v2.version}\timported`, 'm'));

      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${opened.json().id}`)).json();
      expect(response.protocolVersion).toBe(v2.version);
      const mdt = stepOf(response, 'mdt-meeting');
      expect(Date.parse(mdt.dueAt!) - Date.parse(mdt.startsAt!)).toBe(14 * 24 * 3600_000);
    }, 60_000);

    it('runs the written report from when the reporter says they received the information, with an audit entry (PC 11166(a))', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      const learnedAt = new Date(Date.now() - 20 * 3600_000).toISOString();
      const recorded = await call(socialWorker, 'POST', `/api/v1/responses/${id}/telephone-report`, {
        calledAt: new Date(Date.now() - 60_000).toISOString(),
        hotline: 'dcfs_child_protection_hotline',
        workerName: 'Hotline worker Ruiz',
        referralNumber: REFERRAL,
        responseCategory: 'five_day',
        learnedAt,
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(response.learnedAt).toBe(learnedAt);
      const written = stepOf(response, 'written-report');
      expect(written.dueAt).toBe(new Date(Date.parse(learnedAt) + 36 * 3600_000).toISOString());
      const moved = await h.t.database.db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'response.deadline_moved')
        .where('youth_id', '=', youthId)
        .execute();
      expect(moved.map((m) => JSON.parse(m.details))).toContainEqual(
        expect.objectContaining({ step: 'written-report', to: written.dueAt }),
      );
      // Its escalations moved with it: the owner is told when the corrected deadline passes, not 36 hours after the call.
      const escalations = await h.t.database.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select(['e.level', 'e.due_at'])
        .where('s.response_id', '=', id)
        .where('s.step_id', '=', 'written-report')
        .orderBy('e.level')
        .execute();
      expect(escalations[0]!.due_at).toBe(written.dueAt);
    });

    it('keeps the written report due when the telephone report was made otherwise, and asks who made it and when', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      let response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      const telephone = stepOf(response, 'telephone-report');
      const url = `/api/v1/responses/${id}/steps/telephone-report/not-applicable`;
      // Not without who made it and when.
      const bare = await call(socialWorker, 'POST', url, {
        version: telephone.version,
        reason: 'Reported by a colleague',
      });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.madeBy', 'body.madeAt']);
      // Anyone on the care team may say so (the advocate here), as anyone on it may record the call.
      const madeAt = new Date(Date.now() - 30 * 60_000).toISOString();
      const elsewhere = await call(advocate, 'POST', url, {
        version: telephone.version,
        reason: 'Sent through the county’s online system',
        madeBy: 'online_system',
        madeAt,
      });
      expect(elsewhere.statusCode, elsewhere.body).toBe(204);
      response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'telephone-report').status).toBe('not_applicable');
      expect(response.reportMadeElsewhere).toEqual({ by: 'online_system', at: madeAt });
      // The written report is still due, 36 hours from the information (never later than the report), and escalates.
      const written = stepOf(response, 'written-report');
      expect(written.status).toBe('pending');
      expect(Date.parse(response.learnedAt)).toBeLessThanOrEqual(Date.parse(madeAt));
      expect(Date.parse(written.dueAt!) - Date.parse(response.learnedAt)).toBe(36 * 3600_000);
      const pending = await h.t.database.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select('e.status')
        .where('s.response_id', '=', id)
        .where('s.step_id', '=', 'written-report')
        .execute();
      expect(pending.map((p) => p.status)).toEqual(['pending', 'pending']);
    });

    it('lets any member of the care team record the call, and keeps the written report its owner’s', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      const recorded = await call(clinician, 'POST', `/api/v1/responses/${id}/telephone-report`, {
        calledAt: new Date(Date.now() - 60_000).toISOString(),
        hotline: 'dcfs_child_protection_hotline',
        workerName: 'Hotline worker Ruiz',
        referralNumber: REFERRAL,
        responseCategory: 'immediate',
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'telephone-report').status).toBe('completed');
      const written = stepOf(response, 'written-report');
      expect(written.mine).toBe(true);
      expect(written.status).toBe('pending');
      // Someone without need-to-know cannot.
      const outside = await call(outsider, 'POST', `/api/v1/responses/${id}/telephone-report`, {
        calledAt: new Date(Date.now() - 60_000).toISOString(),
        hotline: 'dcfs_child_protection_hotline',
        workerName: 'Hotline worker Ruiz',
        referralNumber: REFERRAL,
        responseCategory: 'immediate',
      });
      expect(outside.statusCode).toBe(404);
    });

    it('lets the reporter correct when they received the information after the call, never later than it', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      const calledAt = new Date(Date.now() - 10 * 60_000).toISOString();
      await call(socialWorker, 'POST', `/api/v1/responses/${id}/telephone-report`, {
        calledAt,
        hotline: 'dcfs_child_protection_hotline',
        workerName: 'Hotline worker Ruiz',
        referralNumber: REFERRAL,
        responseCategory: 'immediate',
      });
      let response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      const url = `/api/v1/responses/${id}/learned-at`;
      const late = await call(socialWorker, 'PUT', url, {
        version: response.version,
        learnedAt: new Date(Date.now() - 60_000).toISOString(),
      });
      expect(late.statusCode).toBe(400);
      expect(late.json().error.fields[0].path).toBe('body.learnedAt');
      const learnedAt = new Date(Date.now() - 30 * 3600_000).toISOString();
      const notTheirs = await call(advocate, 'PUT', url, { version: response.version, learnedAt });
      expect(notTheirs.statusCode).toBe(403);
      const corrected = await call(socialWorker, 'PUT', url, { version: response.version, learnedAt });
      expect(corrected.statusCode, corrected.body).toBe(204);
      response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(response.learnedAt).toBe(learnedAt);
      expect(stepOf(response, 'written-report').dueAt).toBe(
        new Date(Date.parse(learnedAt) + 36 * 3600_000).toISOString(),
      );
    });

    it('gives responses opened the old way the corrected deadline at start, with an audit entry and a notice', async () => {
      const db = h.t.database.db;
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      // As Harbor made it before: protocol version 1, no time the information was received, the written report due
      // 36 hours after a call made two hours after the opening.
      const openedAt = new Date(Date.now() - 3 * 3600_000);
      const calledAt = new Date(openedAt.getTime() + 2 * 3600_000);
      const oldDue = new Date(calledAt.getTime() + 36 * 3600_000);
      await db
        .updateTable('response')
        .set({ protocol_version: 1, learned_at: null, opened_at: openedAt.toISOString() })
        .where('id', '=', id)
        .execute();
      const step = await db
        .selectFrom('response_step')
        .selectAll()
        .where('response_id', '=', id)
        .where('step_id', '=', 'written-report')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('response_step')
        .set({ starts_at: calledAt.toISOString(), due_at: oldDue.toISOString() })
        .where('id', '=', step.id)
        .execute();
      await db
        .updateTable('escalation')
        .set({ due_at: oldDue.toISOString() })
        .where('response_step_id', '=', step.id)
        .where('level', '=', 0)
        .execute();

      const { recomputeWrittenReportDeadlines } = await import('./recompute-deadlines.js');
      const { auditChainKey } = await import('../../audit/chain.js');
      const key = auditChainKey(h.config.secretKey);
      expect(await recomputeWrittenReportDeadlines(db, key)).toBeGreaterThanOrEqual(1);
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      const newDue = new Date(openedAt.getTime() + 36 * 3600_000).toISOString();
      expect(response.learnedAt).toBe(openedAt.toISOString());
      expect(stepOf(response, 'written-report').dueAt).toBe(newDue);
      const audit = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('event', '=', 'response.deadline_moved')
        .where('record_id', '=', step.id)
        .execute();
      expect(audit.map((a) => JSON.parse(a.details))).toEqual([
        { step: 'written-report', from: oldDue.toISOString(), to: newDue, reason: 'pc_11166a_information_received' },
      ]);
      const notices = await db
        .selectFrom('notification')
        .selectAll()
        .where('response_id', '=', id)
        .where('kind', '=', 'deadline_earlier')
        .execute();
      expect(notices.map((n) => n.user_id)).toEqual([socialWorker.user.id]);
      const escalation = await db
        .selectFrom('escalation')
        .select('due_at')
        .where('response_step_id', '=', step.id)
        .where('level', '=', 0)
        .executeTakeFirstOrThrow();
      expect(escalation.due_at).toBe(newDue);
      // Once done, nothing more to do: a second start changes nothing.
      expect(await recomputeWrittenReportDeadlines(db, key)).toBe(0);
    });

    it('starts the 72-hour and 90-day steps at the recovery, and moves them when the recovery is recorded later', async () => {
      const recoveredAt = new Date(Date.now() - 2 * 3600_000).toISOString();
      const recovery = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'recovery', youthId, recoveredAt });
      let response = (await call(officer, 'GET', `/api/v1/responses/${recovery.json().id}`)).json();
      for (const id of ['health-evaluation', 'specialized-services', 'advocate-engagement']) {
        expect(stepOf(response, id).startsAt, id).toBe(recoveredAt);
      }
      expect(Date.parse(stepOf(response, 'health-evaluation').dueAt!) - Date.parse(recoveredAt)).toBe(72 * 3600_000);

      // A disclosure first; the recovery, five hours before, recorded afterwards by someone on the care team.
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'health-evaluation').startsAt).toBe(response.openedAt);
      const later = new Date(Date.now() - 5 * 3600_000).toISOString();
      const future = await call(advocate, 'PUT', `/api/v1/responses/${id}/recovery`, {
        version: response.version,
        recoveredAt: new Date(Date.now() + 3600_000).toISOString(),
      });
      expect(future.statusCode).toBe(400);
      const recorded = await call(advocate, 'PUT', `/api/v1/responses/${id}/recovery`, {
        version: response.version,
        recoveredAt: later,
      });
      expect(recorded.statusCode, recorded.body).toBe(204);
      response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(response.recoveredAt).toBe(later);
      for (const step of ['health-evaluation', 'specialized-services', 'advocate-engagement']) {
        expect(stepOf(response, step).startsAt, step).toBe(later);
      }
      expect(Date.parse(stepOf(response, 'health-evaluation').dueAt!) - Date.parse(later)).toBe(72 * 3600_000);
      // The information came no later than the recovery: the written report's 36 hours moved earlier too.
      expect(response.learnedAt).toBe(later);
      expect(Date.parse(stepOf(response, 'written-report').dueAt!) - Date.parse(later)).toBe(36 * 3600_000);
      const moved = await h.t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('event', '=', 'response.deadline_moved')
        .where('youth_id', '=', youthId)
        .execute();
      expect(moved.map((m) => JSON.parse(m.details))).toContainEqual(
        expect.objectContaining({ step: 'health-evaluation', to: stepOf(response, 'health-evaluation').dueAt }),
      );
      const recoveryAudit = await h.t.database.db
        .selectFrom('audit_event')
        .select('fields')
        .where('event', '=', 'response.recovery_recorded')
        .where('record_id', '=', id)
        .execute();
      expect(recoveryAudit.map((a) => JSON.parse(a.fields))).toEqual([['recovered_at']]);
    });

    it('records an advocate engagement the youth declines as declined, not overdue, audited', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      let response = (await call(advocate, 'GET', `/api/v1/responses/${id}`)).json();
      const engagement = stepOf(response, 'advocate-engagement');
      // Only its owner; only a step the youth may decline.
      const byOther = await call(socialWorker, 'POST', `/api/v1/responses/${id}/steps/advocate-engagement/declined`, {
        version: engagement.version,
      });
      expect(byOther.statusCode).toBe(403);
      const services = stepOf(response, 'specialized-services');
      const notDeclinable = await call(
        socialWorker,
        'POST',
        `/api/v1/responses/${id}/steps/specialized-services/declined`,
        { version: services.version },
      );
      expect(notDeclinable.statusCode).toBe(409);
      const declined = await call(advocate, 'POST', `/api/v1/responses/${id}/steps/advocate-engagement/declined`, {
        version: engagement.version,
        note: 'The youth said no to an advocate for now.',
      });
      expect(declined.statusCode, declined.body).toBe(204);
      response = (await call(advocate, 'GET', `/api/v1/responses/${id}`)).json();
      expect(stepOf(response, 'advocate-engagement').status).toBe('declined');
      const escalations = await h.t.database.db
        .selectFrom('escalation as e')
        .innerJoin('response_step as s', 's.id', 'e.response_step_id')
        .select('e.status')
        .where('s.response_id', '=', id)
        .where('s.step_id', '=', 'advocate-engagement')
        .execute();
      expect(escalations.map((e) => e.status)).toEqual(['cancelled', 'cancelled']);
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select('details')
        .where('event', '=', 'response.step_declined')
        .execute();
      expect(audit.map((a) => JSON.parse(a.details))).toContainEqual({ step: 'advocate-engagement' });
      // The youth's timeline reads it.
      const timeline = await call(advocate, 'GET', `/api/v1/youth/${youthId}/timeline`);
      expect(timeline.statusCode, timeline.body).toBe(200);
    });

    it('records the hotline’s disposition, and asks for the referral number only where the hotline gives one', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const id = opened.json().id;
      const report = (body: object) =>
        call(socialWorker, 'POST', `/api/v1/responses/${id}/telephone-report`, {
          calledAt: new Date(Date.now() - 60_000).toISOString(),
          hotline: 'dcfs_child_protection_hotline',
          workerName: 'Hotline worker Ruiz',
          ...body,
        });
      const noDisposition = await report({ referralNumber: REFERRAL });
      expect(noDisposition.statusCode).toBe(400);
      expect(noDisposition.json().error.fields[0].path).toBe('body.responseCategory');
      const immediateWithout = await report({ responseCategory: 'immediate' });
      expect(immediateWithout.statusCode).toBe(400);
      expect(immediateWithout.json().error.fields[0].path).toBe('body.referralNumber');
      // Information to CSW and Consultation come with no number (FACTS.md: DCFS hotline dispositions).
      const csw = await report({ responseCategory: 'information_to_csw' });
      expect(csw.statusCode, csw.body).toBe(201);
      const response = (await call(socialWorker, 'GET', `/api/v1/responses/${id}`)).json();
      expect(response.telephoneReports[0]).toMatchObject({
        responseCategory: 'information_to_csw',
        referralNumber: '',
      });
      expect(stepOf(response, 'telephone-report').status).toBe('completed');
      const draft = (await call(socialWorker, 'GET', `/api/v1/responses/${id}/written-report`)).json();
      expect(draft.fields.telephoneReport).toMatch(/taken by Hotline worker Ruiz\.$/);
      // A report to law enforcement has no hotline disposition and no number.
      const police = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      const toPolice = await call(officer, 'POST', `/api/v1/responses/${police.json().id}/telephone-report`, {
        calledAt: new Date(Date.now() - 60_000).toISOString(),
        hotline: 'law_enforcement',
        workerName: 'Deputy Lee',
      });
      expect(toPolice.statusCode, toPolice.body).toBe(201);
    });

    it('runs the cross-reports of PC 11166(j) and (k), and a youth missing from placement with its 24-hour reports', async () => {
      // Law enforcement: told child welfare and the district attorney at once, the written ones within 36 hours.
      const byOfficer = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'disclosure', youthId });
      expect(byOfficer.statusCode, byOfficer.body).toBe(201);
      const le = (await call(officer, 'GET', `/api/v1/responses/${byOfficer.json().id}`)).json();
      const immediate = stepOf(le, 'cross-report-immediate');
      expect(immediate.dueAt).toBe(le.openedAt);
      expect(immediate.mine).toBe(true);
      expect(le.steps.map((s: { stepId: string }) => s.stepId)).not.toContain('cross-report-law-enforcement');

      // Anyone else: the county welfare department cross-reports to law enforcement and the district attorney; for a
      // youth in child welfare services, also the 24-hour report that the youth was identified as exploited.
      const byClinician = await call(clinician, 'POST', '/api/v1/responses', {
        openedBy: 'disclosure',
        youthId,
        inChildWelfare: true,
      });
      expect(byClinician.statusCode, byClinician.body).toBe(201);
      const other = (await call(socialWorker, 'GET', `/api/v1/responses/${byClinician.json().id}`)).json();
      expect(other.facts.in_child_welfare).toBe(true);
      expect(stepOf(other, 'cross-report-law-enforcement').mine).toBe(true);
      const identified = stepOf(other, 'child-welfare-exploitation-report');
      expect(Date.parse(identified.dueAt!) - Date.parse(other.learnedAt)).toBe(24 * 3600_000);
      expect(other.steps.map((s: { stepId: string }) => s.stepId)).not.toContain('cross-report-immediate');

      // A youth missing from placement: the reports to law enforcement (for NCIC) and NCMEC within 24 hours of
      // learning of it (42 U.S.C. 671(a)(35)), and none of the steps that start from a suspicion of exploitation.
      const learnedAt = new Date(Date.now() - 3 * 3600_000).toISOString();
      const ran = await call(socialWorker, 'POST', '/api/v1/responses', {
        openedBy: 'ran_from_placement',
        youthId,
        learnedAt,
      });
      expect(ran.statusCode, ran.body).toBe(201);
      const missing = (await call(socialWorker, 'GET', `/api/v1/responses/${ran.json().id}`)).json();
      expect(missing.facts.in_child_welfare).toBe(true);
      expect(missing.steps.map((s: { stepId: string }) => s.stepId)).toEqual([
        'missing-report-law-enforcement',
        'missing-report-ncmec',
      ]);
      for (const step of missing.steps) {
        expect(step.mine).toBe(true);
        expect(Date.parse(step.dueAt) - Date.parse(learnedAt)).toBe(24 * 3600_000);
      }
      const done = await call(
        socialWorker,
        'POST',
        `/api/v1/responses/${missing.id}/steps/missing-report-ncmec/complete`,
        { version: stepOf(missing, 'missing-report-ncmec').version, note: 'NCMEC case number 0000000' },
      );
      expect(done.statusCode, done.body).toBe(204);
    });

    it('lets a supervisor mark only their own agency’s steps not applicable, and says so in the audit (issue 13, item 7)', async () => {
      const sheriffSupervisor = await signedInUser(h, officer.user.agency_id!, 'supervisor', 'resp-sheriff-supervisor');
      const dmhSupervisor = await signedInUser(h, clinician.user.agency_id!, 'supervisor', 'resp-dmh-supervisor');
      const opened = await call(officer, 'POST', '/api/v1/responses', { openedBy: 'recovery', youthId });
      const id = opened.json().id;
      const response = (await call(officer, 'GET', `/api/v1/responses/${id}`)).json();
      const onScene = stepOf(response, 'mental-health-on-scene');
      const url = `/api/v1/responses/${id}/steps/mental-health-on-scene/not-applicable`;
      const body = { version: onScene.version, reason: 'The clinician met the youth at the clinic instead.' };
      // The Sheriff's supervisor sees the response (a deputy is on the team) but does not decide DMH's step.
      const refused = await call(sheriffSupervisor, 'POST', url, body);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toMatch(/another agency/);
      // DMH's supervisor does, and the audit says a supervisor decided it.
      const done = await call(dmhSupervisor, 'POST', url, body);
      expect(done.statusCode, done.body).toBe(204);
      const entry = await h.t.database.db
        .selectFrom('audit_event')
        .select(['actor_user_id', 'details'])
        .where('event', '=', 'response.step_not_applicable')
        .where('actor_user_id', '=', dmhSupervisor.user.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.details)).toMatchObject({ step: 'mental-health-on-scene', as_supervisor: true });
      // The Sheriff's supervisor still decides the deputy's own steps.
      const crossReport = stepOf(response, 'cross-report-immediate');
      const own = await call(
        sheriffSupervisor,
        'POST',
        `/api/v1/responses/${id}/steps/cross-report-immediate/not-applicable`,
        {
          version: crossReport.version,
          reason: 'Child welfare was on scene and took the report there.',
        },
      );
      expect(own.statusCode, own.body).toBe(204);
    });

    it('hides a response from someone without need-to-know', async () => {
      const opened = await call(socialWorker, 'POST', '/api/v1/responses', { openedBy: 'hotline_call', youthId });
      expect((await call(outsider, 'GET', `/api/v1/responses/${opened.json().id}`)).statusCode).toBe(404);
      expect((await call(outsider, 'GET', '/api/v1/deadlines')).json()).toEqual([]);
    });
  });
}
