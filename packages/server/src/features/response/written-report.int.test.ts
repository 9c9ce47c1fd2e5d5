import { WRITTEN_REPORT_FIELDS } from '@harbor/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { drawnText } from '../../testing/pdf.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';

/**
 * The written report holds what PC 11167(a) lists (issue 12, item 4): the person suspected of the abuse or
 * exploitation, guardians besides the parents, the child's grade and class; it is made without the child's name when
 * the name is not known; its times are on the county's clock. The suspected person's details stay inside the report's
 * sealed fields (the mandated_report class).
 */

const REPORTER = {
  reporterBusinessAddress: '4024 N Durfee Ave, El Monte, CA 91732',
  reporterPhone: '(626) 555-0142',
  suspicionBasis: 'The youth was advertised online; an older man collects the money.',
  suspicionSource: 'A screenshot a classmate showed the school counselor.',
};

const SUSPECT = {
  suspectName: 'Marcus Dell',
  suspectStreetName: 'Big M',
  suspectAddress: '1200 W 7th St, Apt 4, Los Angeles, CA 90017',
  suspectPhone: '(213) 555-0177',
  suspectVehicle: 'Black Dodge Charger, license plate 8ABC123',
  suspectOnline: 'Instagram @bigm_213; the ad site lists the youth as “Candy”',
  suspectOther: 'Says he is her boyfriend; about 30 years old.',
  guardians: 'Rosa Díaz (grandmother, legal guardian) (323) 555-0101',
  childGradeClass: '9th grade, homeroom 214',
};

for (const dialect of DIALECTS) {
  describe(`the written report’s content [${dialect}]`, () => {
    let h: TestApp;
    let officer: SignedInUser;
    let worker: SignedInUser;
    /** The person making the report: the officer, or the social worker (who may record a youth's contacts). */
    let reporter: SignedInUser;

    const call = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, locale = 'en') =>
      h.app.inject({
        method,
        url,
        headers: { ...reporter.headers, 'accept-language': locale },
        ...(payload ? { payload } : {}),
      });

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const sheriff = await createAgency(h.t.database.db, { name: 'Sheriff', kind: 'sheriff' });
      const dcfs = await createAgency(h.t.database.db, { name: 'DCFS', kind: 'child_welfare' });
      officer = await signedInUser(h, sheriff.id, 'law_enforcement', 'report-officer');
      worker = await signedInUser(h, dcfs.id, 'social_worker', 'report-worker');
    });
    beforeEach(() => {
      reporter = officer;
    });
    afterAll(() => h.close());

    const openResponse = async (youthId?: string) => {
      const opened = await call('POST', '/api/v1/responses', {
        openedBy: 'disclosure',
        ...(youthId ? { youthId } : {}),
      });
      expect(opened.statusCode, opened.body).toBe(201);
      return opened.json().id as string;
    };

    it('is made without the child’s name when it is not known (PC 11167(a): “if known”), and the PDF says so in both languages', async () => {
      const id = await openResponse();
      const draft = (await call('GET', `/api/v1/responses/${id}/written-report`)).json();
      expect(draft.fields.childName).toBe('');
      const fields = { ...draft.fields, ...REPORTER };
      const sent = await call('PUT', `/api/v1/responses/${id}/written-report`, {
        fields,
        version: 0,
        submittedAt: new Date(Date.now() - 1000).toISOString(),
        sentVia: 'online_system',
      });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json().fields.childName).toBe('');
      for (const [locale, words] of [
        ['en', /^Not known/],
        ['es', /^No se conoce/],
      ] as const) {
        const pdf = (await call('GET', `/api/v1/responses/${id}/written-report.pdf`, undefined, locale)).rawPayload;
        const form = (await PDFDocument.load(pdf)).getForm();
        expect(form.getTextField('childName').getText()).toMatch(words);
        // When it was sent: on the county's clock with its zone, never UTC.
        const text = await drawnText(pdf);
        expect(text).toMatch(/P[SD]T/);
        expect(text).not.toMatch(/UTC|GMT|\d{4}-\d{2}-\d{2}T/);
      }
    });

    it('keeps the person suspected, the guardians besides the parents and the grade and class, sealed, in the PDF', async () => {
      reporter = worker;
      const youth = await call('POST', '/api/v1/youth', {
        ...sampleYouthInput(),
        contacts: [
          { name: 'Ana Díaz', relationship: 'mother', phone: '(323) 555-0100', address: null },
          { name: 'Rosa Díaz', relationship: 'grandmother, legal guardian', phone: '(323) 555-0101', address: null },
        ],
      });
      expect(youth.statusCode, youth.body).toBe(201);
      const id = await openResponse(youth.json().id);
      const draft = (await call('GET', `/api/v1/responses/${id}/written-report`)).json();
      // The pre-fill puts a guardian besides the parents in its own field.
      expect(draft.fields.parents).toBe('Ana Díaz (mother) (323) 555-0100');
      expect(draft.fields.guardians).toBe('Rosa Díaz (grandmother, legal guardian) (323) 555-0101');
      for (const field of Object.keys(SUSPECT)) expect(WRITTEN_REPORT_FIELDS).toContain(field);
      const fields = { ...draft.fields, ...REPORTER, ...SUSPECT };
      const saved = await call('PUT', `/api/v1/responses/${id}/written-report`, { fields, version: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().fields).toMatchObject(SUSPECT);
      // Sealed in the report's one encrypted column: the database never holds the suspected person in clear.
      const row = await h.t.database.db
        .selectFrom('written_report')
        .select('fields')
        .where('response_id', '=', id)
        .executeTakeFirstOrThrow();
      for (const value of ['Marcus Dell', 'Big M', '8ABC123', 'bigm_213', 'homeroom 214'])
        expect(String(row.fields)).not.toContain(value);

      const pdf = (await call('GET', `/api/v1/responses/${id}/written-report.pdf`, undefined, 'es')).rawPayload;
      const form = (await PDFDocument.load(pdf)).getForm();
      for (const [field, value] of Object.entries(SUSPECT)) {
        // The standard fonts draw typographic quotes (WinAnsi): they print as typed.
        expect(form.getTextField(field).getText(), field).toBe(value);
      }
      const text = await drawnText(pdf);
      expect(text).toContain('La persona sospechosa del abuso o la explotación (si se conoce)');
      expect(text).toContain('Apodo, sobrenombre o nombre que usa en la calle');
      expect(text).toContain('Grado y clase (si se conocen)');
    });

    it('reads a report saved before the new fields with them empty, and saves one from a client that leaves them out', async () => {
      const id = await openResponse();
      const draft = (await call('GET', `/api/v1/responses/${id}/written-report`)).json();
      const older = Object.fromEntries(
        Object.entries({ ...draft.fields, ...REPORTER }).filter(([f]) => !/^suspect|^guardians$|GradeClass$/.test(f)),
      );
      const saved = await call('PUT', `/api/v1/responses/${id}/written-report`, { fields: older, version: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().fields.suspectName).toBe('');
      expect(saved.json().fields.guardians).toBe('');
      const again = (await call('GET', `/api/v1/responses/${id}/written-report`)).json();
      expect(Object.keys(again.fields).sort()).toEqual([...WRITTEN_REPORT_FIELDS].sort());
    });

    it('still refuses to mark it sent without what PC 11167(a) requires of the reporter and the suspicion', async () => {
      const id = await openResponse();
      const draft = (await call('GET', `/api/v1/responses/${id}/written-report`)).json();
      const early = await call('PUT', `/api/v1/responses/${id}/written-report`, {
        fields: { ...draft.fields, ...SUSPECT },
        version: 0,
        submittedAt: new Date().toISOString(),
      });
      expect(early.statusCode).toBe(400);
      const paths = early.json().error.fields.map((f: { path: string }) => f.path);
      expect(paths).toEqual(
        expect.arrayContaining(['body.fields.reporterBusinessAddress', 'body.fields.suspicionBasis']),
      );
      expect(paths).not.toContain('body.fields.childName');
    });
  });
}
