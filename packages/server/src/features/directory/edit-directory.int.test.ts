import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';

const NOW = new Date('2026-12-02T18:30:00.000Z');

for (const dialect of DIALECTS) {
  describe(`editing the directory [${dialect}]`, () => {
    let h: TestApp;
    let admin: SignedInUser;
    let advocate: SignedInUser;
    let clinician: SignedInUser;
    let agencyId: string;
    let organizationId: string;
    let serviceId: string;

    beforeAll(async () => {
      h = await createTestApp(dialect, { now: () => NOW });
      const db = h.t.database.db;
      agencyId = (await createAgency(db, { name: 'Valley Advocates', kind: 'advocacy' })).id;
      admin = await signedInUser(h, agencyId, 'admin', 'editor-admin');
      advocate = await signedInUser(h, agencyId, 'advocate', 'editor-advocate');
      clinician = await signedInUser(h, agencyId, 'clinician', 'editor-clinician');
      // The county grants the directory to its advocates' role (role permissions are data).
      await db.insertInto('role_permission').values({ role: 'advocate', permission: 'directory.edit' }).execute();
    });
    afterAll(() => h.close());

    const call = (
      who: SignedInUser,
      method: 'GET' | 'POST' | 'PATCH' | 'PUT',
      url: string,
      payload?: object,
      language = 'en',
    ) =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': language },
        ...(payload ? { payload } : {}),
      });
    const changes = async (entity: string, id: string) =>
      (await call(admin, 'GET', `/api/v1/directory/changes?entity=${entity}&id=${id}`)).json().items as {
        field: string;
        oldValue: string | null;
        newValue: string | null;
        changedBy: string | null;
      }[];
    const detail = async (who: SignedInUser, language = 'en') =>
      (await call(who, 'GET', `/api/v1/directory/services/${serviceId}`, undefined, language)).json();

    it('lets an editor add an organisation and a service, and refuses those without the permission', async () => {
      const organization = await call(admin, 'POST', '/api/v1/directory/organizations', {
        name: 'Valley Youth Advocates',
        description: 'Advocacy for youth who have been exploited.',
        agencyId,
      });
      expect(organization.statusCode, organization.body).toBe(201);
      organizationId = organization.json().id;
      const service = await call(advocate, 'POST', '/api/v1/directory/services', {
        organizationId,
        name: 'Survivor advocacy',
        minimumAge: 11,
        maximumAge: 21,
        categories: ['advocacy'],
        languages: ['en', 'es'],
        areas: ['SPA 2 San Fernando'],
      });
      expect(service.statusCode, service.body).toBe(201);
      serviceId = service.json().id;
      expect(await detail(admin)).toMatchObject({
        agencyId,
        categories: ['advocacy'],
        languages: ['en', 'es'],
        areas: ['SPA 2 San Fernando'],
      });
      const refused = await call(clinician, 'POST', '/api/v1/directory/organizations', { name: 'X', description: 'Y' });
      expect(refused.statusCode).toBe(403);
    });

    it('records every changed field (old, new, who, when) and an audit entry naming the fields', async () => {
      const changed = await call(admin, 'PATCH', `/api/v1/directory/services/${serviceId}`, {
        version: 1,
        name: 'Survivor advocacy and accompaniment',
        languages: ['en', 'es', 'ko'],
        maximumAge: 21,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().version).toBe(2);
      const history = await changes('service', serviceId);
      expect(history.slice(0, 2)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            field: 'name',
            oldValue: 'Survivor advocacy',
            newValue: 'Survivor advocacy and accompaniment',
            changedBy: 'editor-admin',
          }),
          expect.objectContaining({ field: 'languages', oldValue: 'en,es', newValue: 'en,es,ko' }),
        ]),
      );
      // maximum_age did not change: no row for it after the first.
      expect(history.filter((c) => c.field === 'maximum_age')).toHaveLength(1);
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['event', 'record_id', 'fields'])
        .where('event', '=', 'directory.changed')
        .where('record_id', '=', serviceId)
        .execute();
      expect(audit.map((a) => JSON.parse(String(a.fields)))).toContainEqual(['name', 'languages']);
    });

    it('refuses bad input with a translated error and changes nothing', async () => {
      const before = await detail(admin);
      const historyBefore = await changes('service', serviceId);
      const ages = await call(
        admin,
        'PATCH',
        `/api/v1/directory/services/${serviceId}`,
        { version: 2, name: 'New name', minimumAge: 25 },
        'es',
      );
      expect(ages.statusCode).toBe(400);
      expect(ages.json().error.fields).toEqual([
        { path: 'maximumAge', message: translate('es', 'directory.error.agesOrder') },
      ]);
      const stale = await call(admin, 'PATCH', `/api/v1/directory/services/${serviceId}`, {
        version: 1,
        name: 'Stale',
      });
      expect(stale.statusCode).toBe(409);
      const agency = await call(
        admin,
        'PATCH',
        `/api/v1/directory/organizations/${organizationId}`,
        { version: 1, agencyId: '00000000-0000-4000-8000-000000000999' },
        'es',
      );
      expect(agency.json().error.fields[0].message).toBe(translate('es', 'directory.error.noAgency'));
      const shape = await call(admin, 'PATCH', `/api/v1/directory/services/${serviceId}`, {
        version: 2,
        status: 'open',
        email: 'no',
      });
      expect(shape.statusCode).toBe(400);
      expect(await detail(admin)).toEqual(before);
      expect(await changes('service', serviceId)).toEqual(historyBefore);
    });

    it('sets the profile and the free beds, refusing more free beds than the service has', async () => {
      const profile = await call(admin, 'PUT', `/api/v1/directory/services/${serviceId}/profile`, {
        csecSpecialised: true,
        intake24x7: true,
        acceptsRunaway: true,
        emergencyBeds: 4,
      });
      expect(profile.statusCode, profile.body).toBe(200);
      // Once there, the profile is changed at the version read.
      const blind = await call(admin, 'PUT', `/api/v1/directory/services/${serviceId}/profile`, {
        csecSpecialised: false,
      });
      expect(blind.statusCode).toBe(409);
      expect(
        (await call(advocate, 'PUT', `/api/v1/directory/services/${serviceId}/beds`, { bedsAvailable: 3 })).statusCode,
      ).toBe(200);
      const over = await call(
        advocate,
        'PUT',
        `/api/v1/directory/services/${serviceId}/beds`,
        { bedsAvailable: 9 },
        'es',
      );
      expect(over.statusCode).toBe(400);
      expect(over.json().error.fields[0].message).toBe(translate('es', 'directory.error.bedsOverTotal'));
      expect(await detail(admin)).toMatchObject({
        csecSpecialised: true,
        intake24x7: true,
        acceptsRunaway: true,
        emergencyBeds: 4,
        bedsAvailable: 3,
        bedsUpdatedAt: NOW.toISOString(),
      });
      expect(await changes('profile', serviceId)).toContainEqual(
        expect.objectContaining({
          field: 'beds_available',
          oldValue: null,
          newValue: '3',
          changedBy: 'editor-advocate',
        }),
      );
    });

    it('adds practices, phones, schedules and a confidential location whose address only editors see', async () => {
      const practice = await call(admin, 'POST', `/api/v1/directory/services/${serviceId}/practices`, {
        practice: 'tf_cbt',
        clinicianName: 'Dr. Ana Reyes',
        certifiedUntil: '2026-06-30',
      });
      expect(practice.statusCode, practice.body).toBe(201);
      expect(
        (
          await call(admin, 'POST', `/api/v1/directory/services/${serviceId}/phones`, {
            number: '(818) 555-0111',
            type: 'voice',
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await call(admin, 'POST', `/api/v1/directory/services/${serviceId}/schedules`, {
            byday: 'MO,TU',
            opensAt: '09:00',
            closesAt: '17:00',
          })
        ).statusCode,
      ).toBe(201);
      const location = await call(admin, 'POST', `/api/v1/directory/services/${serviceId}/locations`, {
        name: 'Safe house',
        locationType: 'physical',
        confidential: true,
        address: {
          address1: '200 Hidden Lane',
          city: 'Los Angeles',
          stateProvince: 'CA',
          postalCode: '91402',
          country: 'US',
        },
      });
      expect(location.statusCode, location.body).toBe(201);
      const seen = await detail(admin);
      expect(seen.practices).toEqual([expect.objectContaining({ practice: 'tf_cbt', expired: true })]);
      expect(seen.locations[0].addresses[0].address1).toBe('200 Hidden Lane');
      expect((await detail(clinician)).locations[0].addresses).toEqual([]);
      const bad = await call(admin, 'POST', `/api/v1/directory/services/${serviceId}/schedules`, {
        byday: 'MONDAY',
        opensAt: '25:00',
        closesAt: '17:00',
      });
      expect(bad.statusCode).toBe(400);
    });

    it('changes a practice, a phone and a location at the version read, each change in its history', async () => {
      const seen = await detail(admin);
      const practiceId = seen.practices[0].id;
      const renewed = await call(admin, 'PATCH', `/api/v1/directory/practices/${practiceId}`, {
        version: 1,
        certifiedUntil: '2028-06-30',
      });
      expect(renewed.statusCode, renewed.body).toBe(200);
      expect((await detail(admin)).practices[0]).toMatchObject({ certifiedUntil: '2028-06-30', expired: false });
      expect(await changes('practice', practiceId)).toContainEqual(
        expect.objectContaining({ field: 'certified_until', oldValue: '2026-06-30', newValue: '2028-06-30' }),
      );
      const phoneId = seen.phones[0].id;
      expect(
        (await call(admin, 'PATCH', `/api/v1/directory/phones/${phoneId}`, { version: 1, number: '(818) 555-0112' }))
          .statusCode,
      ).toBe(200);
      expect(
        (await call(admin, 'PATCH', `/api/v1/directory/phones/${phoneId}`, { version: 1, number: '(818) 555-0113' }))
          .statusCode,
      ).toBe(409);
      expect((await detail(admin)).phones[0].number).toBe('(818) 555-0112');
      const locationId = seen.locations[0].id;
      expect(
        (await call(admin, 'PATCH', `/api/v1/directory/locations/${locationId}`, { version: 1, confidential: false }))
          .statusCode,
      ).toBe(200);
      expect(await changes('location', locationId)).toContainEqual(
        expect.objectContaining({ field: 'confidential', oldValue: '1', newValue: '0' }),
      );
      expect((await detail(clinician)).locations[0].addresses).toHaveLength(1);
    });

    it('serves a Spanish text only once reviewed, recording who reviewed it and when', async () => {
      const text = {
        entity: 'service',
        entityId: serviceId,
        field: 'name',
        language: 'es',
        text: 'Acompañamiento a sobrevivientes',
      };
      const draft = await call(admin, 'PUT', '/api/v1/directory/translations', { ...text, reviewed: false });
      expect(draft.statusCode, draft.body).toBe(200);
      expect((await detail(clinician, 'es')).name).toEqual({
        text: 'Survivor advocacy and accompaniment',
        language: 'en',
      });
      const reviewed = await call(advocate, 'PUT', '/api/v1/directory/translations', { ...text, reviewed: true });
      expect(reviewed.json()).toMatchObject({ reviewed: true });
      expect((await detail(clinician, 'es')).name).toEqual({ text: 'Acompañamiento a sobrevivientes', language: 'es' });
      const row = await h.t.database.db
        .selectFrom('directory_translation')
        .selectAll()
        .where('id', '=', reviewed.json().id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ reviewed_by: advocate.user.id, reviewed_at: NOW.toISOString() });
      const empty = await call(
        admin,
        'PUT',
        '/api/v1/directory/translations',
        { ...text, field: 'alert', reviewed: true },
        'es',
      );
      expect(empty.json().error.fields[0].message).toBe(translate('es', 'directory.error.emptyField'));
    });
  });
}
