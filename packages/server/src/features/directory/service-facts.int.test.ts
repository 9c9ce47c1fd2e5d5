import { HARBOR_TAXONOMIES } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.js';
import { createAgency } from '../../identity/accounts.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/databases.js';
import { serviceFacts } from './service-facts.js';

const at = '2026-12-02T10:00:00.000Z';
const times = { created_at: at, updated_at: at };

for (const dialect of DIALECTS) {
  describe(`serviceFacts [${dialect}]`, () => {
    let t: TestDatabase;
    const serviceId = newId();
    let agencyId: string;

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const db = t.database.db;
      agencyId = (await createAgency(db, { name: 'Valley Advocates', kind: 'advocacy' })).id;
      const organizationId = newId();
      await db
        .insertInto('directory_organization')
        .values({
          id: organizationId,
          name: 'Valley Advocates',
          description: 'Advocacy',
          agency_id: agencyId,
          ...times,
        })
        .execute();
      await db
        .insertInto('directory_service')
        .values({
          id: serviceId,
          organization_id: organizationId,
          name: 'Survivor advocacy',
          status: 'active',
          minimum_age: 11,
          maximum_age: 21,
          ...times,
        })
        .execute();
      await db
        .insertInto('directory_service_profile')
        .values({ service_id: serviceId, csec_specialised: 1, accepts_runaway: 0, ...times })
        .execute();
      await db
        .insertInto('directory_taxonomy')
        .values({ id: HARBOR_TAXONOMIES.category, name: 'Harbor categories', description: 'Needs', ...times })
        .execute();
      const termId = newId();
      await db
        .insertInto('directory_taxonomy_term')
        .values({
          id: termId,
          code: 'advocacy',
          name: 'Advocacy',
          description: 'Advocacy',
          taxonomy_id: HARBOR_TAXONOMIES.category,
          ...times,
        })
        .execute();
      await db
        .insertInto('directory_attribute')
        .values({ id: newId(), link_id: serviceId, link_entity: 'service', taxonomy_term_id: termId, ...times })
        .execute();
      await db
        .insertInto('directory_service_practice')
        .values([
          {
            id: newId(),
            service_id: serviceId,
            practice: 'tf_cbt',
            clinician_name: 'A. Rivera',
            certified_until: '2027-06-30',
            ...times,
          },
          {
            id: newId(),
            service_id: serviceId,
            practice: 'family_therapy',
            clinician_name: 'B. Chen',
            certified_until: '2026-01-31',
            ...times,
          },
        ])
        .execute();
      await db
        .insertInto('directory_language')
        .values([
          { id: newId(), service_id: serviceId, code: 'es', name: 'Spanish', ...times },
          { id: newId(), service_id: serviceId, code: 'en', name: 'English', ...times },
        ])
        .execute();
      await db
        .insertInto('directory_service_area')
        .values({ id: newId(), service_id: serviceId, name: 'SPA 2 San Fernando', ...times })
        .execute();
    });
    afterAll(() => t.drop());

    it('gives what eligibility and routing need, with only certifications still valid', async () => {
      const facts = await serviceFacts(t.database.db, serviceId, new Date(at));
      expect(facts).toEqual({
        serviceId,
        serviceName: 'Survivor advocacy',
        status: 'active',
        organizationId: expect.any(String),
        organizationName: 'Valley Advocates',
        agencyId,
        minimumAge: 11,
        maximumAge: 21,
        areas: ['SPA 2 San Fernando'],
        acceptsRunaway: false,
        csecSpecialised: true,
        categories: ['advocacy'],
        practices: ['tf_cbt'],
        languages: ['en', 'es'],
      });
    });

    it('answers undefined for a service that does not exist', async () => {
      expect(await serviceFacts(t.database.db, newId())).toBeUndefined();
    });
  });
}
