import { addDays, countyDate } from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { drawnText } from '../../testing/pdf.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { courtCaller } from './testing.js';

// Issue 16: before each hearing, a progress report per agency, due a set number of days before, with only what the
// court may receive on the disclosure's legal basis; edited by its author, signed and sent; a PDF in either language.

type Who = 'clinician' | 'officer' | 'officer2' | 'liaison';

for (const dialect of DIALECTS) {
  describe(`progress reports to the court [${dialect}]`, () => {
    let h: TestApp;
    const people = {} as Record<Who, SignedInUser>;
    let hearingId: string;
    let youthId: string;
    let today: string;
    const { call, ok } = courtCaller(() => h, people);
    const start = (who: Who, basis: object, locale = 'en') =>
      call(who, 'POST', `/api/v1/court-hearings/${hearingId}/progress-reports`, { locale, basis });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const db = h.t.database.db;
      const dmh = await createAgency(db, { name: 'DMH', kind: 'mental_health' });
      const probation = await createAgency(db, { name: 'Probation Department', kind: 'probation' });
      const court = await createAgency(db, { name: 'Juvenile Court', kind: 'court' });
      people.clinician = await signedInUser(h, dmh.id, 'clinician', 'report-clinician');
      people.officer = await signedInUser(h, probation.id, 'probation_officer', 'report-officer');
      people.officer2 = await signedInUser(h, probation.id, 'probation_officer', 'report-officer-2');
      people.liaison = await signedInUser(h, court.id, 'court_liaison', 'report-liaison');
      const youth = await ok(
        call(
          'clinician',
          'POST',
          '/api/v1/youth',
          sampleYouthInput({ legalName: { given: 'Marisol', family: 'Ochoa' } }),
        ),
        201,
      );
      youthId = youth.id;
      for (const member of ['officer', 'officer2', 'liaison'] as const) {
        await ok(
          call('clinician', 'POST', `/api/v1/youth/${youthId}/care-team`, {
            userId: people[member].user.id,
            basis: 'court_order',
          }),
          201,
        );
      }
      today = countyDate(new Date(), h.config.timeZone);
      const { id } = await ok(
        call('officer', 'POST', `/api/v1/youth/${youthId}/court-enrollments`, {
          programId: 'star',
          enrolledOn: addDays(today, -14),
          youthAgreed: true,
          offeredAtDisposition: true,
        }),
        201,
      );
      // Last week's hearing, which the youth attended; STAR sets today's a week later.
      const last = await ok(
        call('officer', 'POST', `/api/v1/court-enrollments/${id}/hearings`, {
          hearingOn: addDays(today, -7),
          department: 'Dept. 260',
          type: 'review',
        }),
        201,
      );
      const recorded = await ok(
        call('officer', 'PUT', `/api/v1/court-hearings/${last.id}`, {
          version: 1,
          appeared: ['youth', 'probation_officer'],
          outcome: 'incentive',
        }),
      );
      hearingId = recorded.nextHearingId;
      const entry = (who: Who, body: object) =>
        ok(
          call(who, 'POST', `/api/v1/court-enrollments/${id}/responses`, {
            occurredOn: addDays(today, -7),
            teamDecision: 'Agreed by the MDT',
            ...body,
          }),
          201,
        );
      await entry('officer', { kind: 'incentive', behaviour: 'Went to school every day.', response: 'Praise' });
      await entry('clinician', {
        kind: 'service_change',
        behaviour: 'Trouble sleeping.',
        response: 'TF-CBT weekly',
        fieldClass: 'clinical',
      });
    });
    afterAll(() => h.close());

    it('refuses a disclosure without a basis the court may receive, and says why (audited)', async () => {
      const override = await start('clinician', { basis: 'override', overrideReason: 'The judge asked' }, 'es');
      expect(override.statusCode).toBe(400);
      expect(override.json().error.fields[0].message).toMatch(/W&I 827/);
      const old = new Date(Date.now() - 45 * 24 * 3600_000).toISOString();
      const outside = await start('clinician', { basis: 'mdt_18961_7', mdtReportedAt: old });
      expect(outside.statusCode).toBe(400);
      const noConsent = await start('clinician', { basis: 'youth_consent' });
      expect(noConsent.json().error.fields[0].message).toMatch(/whose consent/);
      const refusals = await h.t.database.db
        .selectFrom('audit_event')
        .select('outcome')
        .where('event', '=', 'court.report_refused')
        .where('youth_id', '=', youthId)
        .execute();
      expect(refusals.map((r) => r.outcome)).toEqual(['denied', 'denied', 'denied']);
      const none = await h.t.database.db.selectFrom('court_progress_report').select('id').execute();
      expect(none).toEqual([]);
    });

    it('holds only the sections the basis allows, filled from the record; the liaison sees court-relevant ones', async () => {
      const { id } = await ok(start('clinician', { basis: 'youth_consent', consentBy: 'The youth (FC 6924)' }), 201);
      const report = await ok(call('clinician', 'GET', `/api/v1/court-progress-reports/${id}`));
      expect(report).toMatchObject({
        status: 'draft',
        dueOn: addDays(today, -2),
        overdue: true,
        youthName: 'Marisol Ochoa',
      });
      expect(report.sections).toEqual([
        { id: 'attendance', text: 'The youth attended 1 hearing of 1 held since enrollment.' },
        {
          id: 'treatment_progress',
          text: `${addDays(today, -7)}: Service change. Trouble sleeping. Response: TF-CBT weekly`,
        },
      ]);
      const seen = await ok(call('liaison', 'GET', `/api/v1/court-progress-reports/${id}`));
      expect(seen.sections).toEqual([
        { id: 'attendance', text: 'The youth attended 1 hearing of 1 held since enrollment.' },
        { id: 'treatment_progress' },
      ]);
      expect((await start('clinician', { basis: 'wic_827' })).statusCode).toBe(409);
    });

    it('is edited by its author, signed, sent, and read back from its PDF field by field, in Spanish', async () => {
      const { id } = await ok(start('officer', { basis: 'wic_827' }, 'es'), 201);
      const draft = await ok(call('officer', 'GET', `/api/v1/court-progress-reports/${id}`));
      expect(draft.sections.map((s: { id: string }) => s.id)).toEqual(['compliance', 'school', 'contacts']);
      expect(draft.sections[0].text).toBe(
        `El joven asistió a 1 audiencia de 1 celebradas desde la inscripción.\n${addDays(today, -7)}: Incentivo. Went to school every day. Respuesta: Praise`,
      );
      const edit = (who: Who, version: number, sections: object) =>
        call(who, 'PUT', `/api/v1/court-progress-reports/${id}`, { version, sections });
      expect((await edit('officer2', 1, { school: 'x' })).statusCode).toBe(409);
      expect((await edit('officer', 1, { treatment_progress: 'x' })).statusCode).toBe(400);
      await ok(
        edit('officer', 1, { school: 'Asiste a clases todos los días', contacts: 'Tres visitas esta semana' }),
        204,
      );
      const move = (step: string, version: number) =>
        call('officer', 'POST', `/api/v1/court-progress-reports/${id}/${step}`, { version });
      expect((await move('send', 2)).statusCode).toBe(409);
      await ok(move('sign', 2), 204);
      expect((await edit('officer', 3, { school: 'changed' })).statusCode).toBe(409);
      await ok(move('send', 3), 204);
      const sent = await ok(call('officer', 'GET', `/api/v1/court-progress-reports/${id}`));
      expect(sent).toMatchObject({ status: 'sent', overdue: false });
      // The youth's page lists it with the meetings' disclosures: to the court, its classes and basis, by whom.
      const { items } = await ok(call('clinician', 'GET', `/api/v1/youth/${youthId}/disclosures`, undefined, 'es'));
      expect(items).toEqual([
        {
          at: sent.sentAt,
          to: [],
          classes: ['protocol'],
          basis: 'wic_827',
          basisDetail: {},
          meeting: null,
          court: {
            programName: 'Tribunal STAR (Éxito a través del logro y la resiliencia)',
            hearingOn: today,
            department: 'Dept. 260',
          },
          by: { userId: people.officer.user.id, name: 'report-officer' },
        },
      ]);

      const pdf = await call('officer', 'GET', `/api/v1/court-progress-reports/${id}.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const form = (await PDFDocument.load(pdf.rawPayload)).getForm();
      const value = (name: string) => form.getTextField(name).getText();
      expect(value('youth')).toBe('Marisol Ochoa');
      expect(value('program')).toBe('Tribunal STAR (Éxito a través del logro y la resiliencia)');
      expect(value('phase')).toBe('Fase 1: vinculación');
      expect(value('hearing')).toBe(`${today}, Dept. 260`);
      expect(value('agency')).toBe('Probation Department');
      expect(value('author')).toBe('report-officer');
      expect(value('dueOn')).toBe(addDays(today, -2));
      expect(value('basis')).toBe('W&I 827(a)(1): expediente juvenil');
      expect(value('signed')).toBe(sent.signedAt);
      expect(value('section.school')).toBe('Asiste a clases todos los días');
      expect(value('section.contacts')).toBe('Tres visitas esta semana');
      expect(form.getFields().map((f) => f.getName())).not.toContain('section.treatment_progress');
      const text = await drawnText(pdf.rawPayload);
      expect(text).toContain('Informe de progreso paral tribunal');
      expect(text).toContain('Expediente juvenil confidencial (W&I 827)');
    });

    it('lists what each agency still owes the court, late or not', async () => {
      const due = async (who: Who) =>
        (await ok(call(who, 'GET', '/api/v1/court-progress-reports/due?days=1'))).items as {
          hearing: { id: string };
          dueOn: string;
          overdue: boolean;
          report: { status: string } | null;
          youth: { initials: string };
        }[];
      const clinician = await due('clinician');
      expect(clinician).toHaveLength(1);
      expect(clinician[0]).toMatchObject({
        hearing: { id: hearingId },
        dueOn: addDays(today, -2),
        overdue: true,
        report: { status: 'draft' },
        youth: { initials: 'M. O.' },
      });
      // Probation sent its report; the court writes none.
      expect(await due('officer2')).toEqual([]);
      expect(await due('liaison')).toEqual([]);
      const bad = await call('clinician', 'GET', '/api/v1/court-progress-reports/due?days=0');
      expect(bad.statusCode).toBe(400);
    });
  });
}
