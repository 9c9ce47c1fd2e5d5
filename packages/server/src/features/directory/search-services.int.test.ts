import { HOTLINE_LIST } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/chain.js';
import { newId } from '../../db/ids.js';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { importDirectory } from './import-directory.js';
import { hotlineIds } from './ship-hotlines.js';
import { SAMPLE, sampleDirectory, testValidator } from './testing.js';

interface Item {
  id: string;
  name: { text: string; language: string };
  categories: string[];
  languages: string[];
}

// Tuesday 2 December 2026, 10:30 in Los Angeles: the advocacy service's office is open (MO-FR 09:00-17:00).
const NOW = new Date('2026-12-02T18:30:00.000Z');

for (const dialect of DIALECTS) {
  describe(`staff search of the directory [${dialect}]`, () => {
    let h: TestApp;
    let staff: SignedInUser;

    beforeAll(async () => {
      h = await createTestApp(dialect, { now: () => NOW });
      const agency = await createAgency(h.t.database.db, { name: 'County DMH', kind: 'mental_health' });
      staff = await signedInUser(h, agency.id, 'clinician', 'searcher');
      const outcome = await importDirectory(h.t.database.db, sampleDirectory(), {
        validator: testValidator(),
        auditKey: auditChainKey(h.config.secretKey),
      });
      expect(outcome.ok).toBe(true);
      const at = NOW.toISOString();
      // A Spanish name waiting for review (never served), and a reviewed one.
      await h.t.database.db
        .insertInto('directory_translation')
        .values([
          {
            id: newId(),
            entity: 'service',
            entity_id: SAMPLE.advocacy,
            field: 'name',
            language: 'es',
            text: 'Defensoría (borrador)',
            created_at: at,
            updated_at: at,
          },
          {
            id: newId(),
            entity: 'service',
            entity_id: SAMPLE.therapy,
            field: 'name',
            language: 'es',
            text: 'Terapia del trauma para jóvenes',
            reviewed_by: staff.user.id,
            reviewed_at: at,
            created_at: at,
            updated_at: at,
          },
        ])
        .execute();
    });
    afterAll(() => h.close());

    const search = async (query: string, language = 'en') => {
      const res = await h.app.inject({
        url: `/api/v1/directory/services?${query}`,
        headers: { ...staff.headers, 'accept-language': language },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { totalItems: number; items: Item[] };
    };
    const ids = async (query: string) => (await search(query)).items.map((i) => i.id);

    it('finds a Spanish-speaking TF-CBT provider for a 15-year-old', async () => {
      expect(await ids('language=es&practice=tf_cbt&age=15')).toEqual([SAMPLE.therapy]);
      expect(await ids('language=es&age=15&category=mental_health')).toEqual([SAMPLE.therapy]);
      expect(await ids('practice=tf_cbt&age=19')).toEqual([]);
    });

    it('filters by need, area, specialisation, beds, availability and words', async () => {
      expect(await ids('category=emergency_shelter&bedsAvailable=true')).toEqual([SAMPLE.shelter]);
      expect(await ids('csecSpecialised=true')).toEqual([SAMPLE.shelter, SAMPLE.advocacy]);
      expect(await ids('area=san%20fernando')).toEqual([SAMPLE.advocacy]);
      expect(await ids('text=TRAUMA')).toEqual([SAMPLE.therapy]);
      expect(await ids('text=valley%20youth')).toEqual([SAMPLE.shelter, SAMPLE.advocacy]);
      expect(await ids('text=100%25')).toEqual([]);
      // Open now: 24/7 intake (the shelter, the DCFS hotline) or open by its schedule (the advocacy office).
      const open = await ids('availability=open_now&csecSpecialised=true');
      expect(open).toEqual([SAMPLE.shelter, SAMPLE.advocacy]);
      expect(await ids('availability=intake_24_7&csecSpecialised=true')).toEqual([SAMPLE.shelter]);
    });

    it('ships the hotlines as crisis-line entries, with their reviewed Spanish', async () => {
      const lines = await search('category=crisis_line&perPage=50', 'es');
      expect(lines.totalItems).toBe(HOTLINE_LIST.length);
      const dcfs = lines.items.find((i) => i.id === hotlineIds({ id: 'dcfs_child_protection_hotline' }).service);
      expect(dcfs?.name).toEqual({ text: 'Línea Directa de Protección Infantil del DCFS', language: 'es' });
      const detail = await h.app.inject({
        url: `/api/v1/directory/services/${dcfs?.id}`,
        headers: { ...staff.headers, 'accept-language': 'es' },
      });
      expect(detail.json()).toMatchObject({
        intake24x7: true,
        phones: [
          { number: '(800) 540-4000', description: null },
          { number: '(213) 639-4500', description: { text: 'Desde fuera de California', language: 'es' } },
          { number: '(800) 272-6699', type: 'textphone' },
        ],
      });
    });

    it('answers in the caller’s language only with a reviewed translation, else English marked so', async () => {
      const page = await search('perPage=50', 'es');
      const named = (id: string) => page.items.find((i) => i.id === id)?.name;
      expect(named(SAMPLE.therapy)).toEqual({ text: 'Terapia del trauma para jóvenes', language: 'es' });
      expect(named(SAMPLE.advocacy)).toEqual({ text: 'Survivor advocacy', language: 'en' });
    });

    it('pages, and refuses a bad query with a translated error', async () => {
      const first = await search('perPage=2');
      expect(first.items).toHaveLength(2);
      expect(first.totalItems).toBe(3 + HOTLINE_LIST.length);
      const bad = await h.app.inject({
        url: '/api/v1/directory/services?age=old&category=nothing',
        headers: { ...staff.headers, 'accept-language': 'es' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
      const anonymous = await h.app.inject({ url: '/api/v1/directory/services' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('shows one service with its profile, practices and locations', async () => {
      const res = await h.app.inject({ url: `/api/v1/directory/services/${SAMPLE.shelter}`, headers: staff.headers });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        id: SAMPLE.shelter,
        csecSpecialised: true,
        intake24x7: true,
        acceptsRunaway: true,
        emergencyBeds: 6,
        bedsAvailable: 2,
        categories: ['emergency_shelter'],
        locations: [{ id: SAMPLE.shelterSite, confidential: true, addresses: [] }],
      });
      const therapy = await h.app.inject({
        url: `/api/v1/directory/services/${SAMPLE.therapy}`,
        headers: staff.headers,
      });
      expect(therapy.json().practices).toEqual([
        {
          id: expect.any(String),
          practice: 'tf_cbt',
          clinicianName: 'Dr. Ana Reyes',
          certifiedUntil: '2027-09-30',
          expired: false,
        },
      ]);
      const missing = await h.app.inject({ url: `/api/v1/directory/services/${newId()}`, headers: staff.headers });
      expect(missing.statusCode).toBe(404);
    });

    it('counts the clinicians with a current certification, keeps only those in a practice filter, lists phones', async () => {
      // NOW is 2 December 2026 in Los Angeles: a certification that ended the day before does not count; one ending
      // today, or with no expiry recorded, does; a practice named without a clinician is not a certification.
      const practice = (name: string | null, practiceId: string, until: string | null) => ({
        id: newId(),
        service_id: SAMPLE.advocacy,
        practice: practiceId,
        clinician_name: name,
        certified_until: until,
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
      });
      await h.t.database.db
        .insertInto('directory_service_practice')
        .values([
          practice('L. Ortiz', 'tf_cbt', '2026-12-01'),
          practice('M. Soto', 'tf_cbt', '2026-12-02'),
          practice('N. Park', 'tf_cbt', null),
          practice('P. Vega', 'tf_cbt', '2027-05-31'),
          practice('Q. Lee', 'family_therapy', '2026-11-30'),
          practice(null, 'mentoring', null),
        ])
        .execute();
      expect(await ids('practice=tf_cbt')).toEqual([SAMPLE.advocacy, SAMPLE.therapy]);
      expect(await ids('practice=family_therapy')).toEqual([]);
      expect(await ids('practice=mentoring')).toEqual([]);
      const page = (await search('perPage=50')).items as unknown as {
        id: string;
        certifications: unknown[];
        phones: unknown[];
      }[];
      const advocacy = page.find((i) => i.id === SAMPLE.advocacy);
      expect(advocacy?.certifications).toEqual([
        { practice: 'family_therapy', certifiedClinicians: 0, nextExpiry: null },
        { practice: 'mentoring', certifiedClinicians: 0, nextExpiry: null },
        { practice: 'tf_cbt', certifiedClinicians: 3, nextExpiry: '2026-12-02' },
      ]);
      expect(advocacy?.phones).toEqual([
        { id: expect.any(String), number: '(818) 555-0111', extension: null, type: 'voice', description: null },
      ]);
      const detail = await h.app.inject({
        url: `/api/v1/directory/services/${SAMPLE.therapy}`,
        headers: staff.headers,
      });
      expect(detail.json()).toMatchObject({
        certifications: [{ practice: 'tf_cbt', certifiedClinicians: 1, nextExpiry: '2027-09-30' }],
        phones: [{ number: '(323) 555-0123', type: 'voice' }],
      });
    });
  });
}
