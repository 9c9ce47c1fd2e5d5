import { translate } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import { sampleYouthInput } from '../../testing/youth.js';
import { exportDirectory } from './export-directory.js';

const NOW = new Date('2026-12-02T18:30:00.000Z');

/**
 * Issue 15: directory entries are retired, never deleted (referrals point at them): a service by its HSDS status, an
 * organisation by retiring its services. Retired, a service leaves the staff search and the referral; it stays in the
 * editor's search, the HSDS API and the export, with its change history and audit entries.
 */
for (const dialect of DIALECTS) {
  describe(`retiring directory entries [${dialect}]`, () => {
    let h: TestApp;
    let admin: SignedInUser;
    let clinician: SignedInUser;
    let organizationId: string;
    const services: string[] = [];
    let youthId: string;

    const call = (who: SignedInUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, lang = 'en') =>
      h.app.inject({
        method,
        url,
        headers: { ...who.headers, 'accept-language': lang },
        ...(payload ? { payload } : {}),
      });
    const found = async (who: SignedInUser, query = '') =>
      (
        (await call(who, 'GET', `/api/v1/directory/services?text=retiring${query}`)).json().items as {
          id: string;
          status: string;
        }[]
      ).map((i) => `${i.id}:${i.status}`);
    const refer = (serviceId: string) =>
      call(
        clinician,
        'POST',
        '/api/v1/referrals',
        {
          youthId,
          serviceId,
          reason: 'Needs a survivor advocate',
          basis: { basis: 'youth_consent' },
          contact: { doNotContactYouthDirectly: false },
        },
        'es',
      );

    beforeAll(async () => {
      h = await createTestApp(dialect, { now: () => NOW });
      const db = h.t.database.db;
      const agencyId = (await createAgency(db, { name: 'Valley Advocates', kind: 'advocacy' })).id;
      const dmh = (await createAgency(db, { name: 'DMH', kind: 'mental_health' })).id;
      admin = await signedInUser(h, agencyId, 'admin', 'retire-admin');
      clinician = await signedInUser(h, dmh, 'clinician', 'retire-clinician');
      const organization = await call(admin, 'POST', '/api/v1/directory/organizations', {
        name: 'Retiring Youth Services',
        description: 'An organisation that closes.',
        agencyId,
      });
      organizationId = organization.json().id;
      for (const name of ['Retiring advocacy', 'Retiring shelter']) {
        const service = await call(admin, 'POST', '/api/v1/directory/services', { organizationId, name });
        expect(service.statusCode, service.body).toBe(201);
        services.push(service.json().id);
      }
      const youth = await call(clinician, 'POST', '/api/v1/youth', sampleYouthInput({ dateOfBirth: '2011-03-04' }));
      expect(youth.statusCode, youth.body).toBe(201);
      youthId = youth.json().id;
    });
    afterAll(() => h.close());

    it('retires a service by its HSDS status: out of the search and the referral, kept for the editors and HSDS', async () => {
      const [advocacy, shelter] = services as [string, string];
      const draft = await refer(advocacy);
      expect(draft.statusCode, draft.body).toBe(201);
      const retired = await call(admin, 'PATCH', `/api/v1/directory/services/${advocacy}`, {
        version: 1,
        status: 'inactive',
      });
      expect(retired.statusCode, retired.body).toBe(200);

      expect(await found(clinician)).toEqual([`${shelter}:active`]);
      expect(await found(admin)).toEqual([`${shelter}:active`]);
      expect(await found(admin, '&retired=true')).toEqual([`${advocacy}:inactive`, `${shelter}:active`]);
      const notEditor = await call(clinician, 'GET', '/api/v1/directory/services?retired=true', undefined, 'es');
      expect(notEditor.statusCode).toBe(403);
      expect(notEditor.json().error.message).toBe(translate('es', 'directory.error.retiredForEditors'));

      // No referral to it, and a draft made before cannot be sent; nothing is written by the refusal.
      const refused = await refer(advocacy);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields[0].message).toBe(translate('es', 'referral.service.retired'));
      const before = await h.t.database.db.selectFrom('referral').select('id').execute();
      const read = (await call(clinician, 'GET', `/api/v1/referrals/${draft.json().id}`)).json();
      const send = await call(clinician, 'POST', `/api/v1/referrals/${read.id}/send`, { version: read.version });
      expect(send.statusCode).toBe(400);
      expect(send.json().error.fields[0].message).toBe(translate('en', 'referral.service.retired'));
      expect(await h.t.database.db.selectFrom('referral').select('id').execute()).toEqual(before);
      expect((await call(clinician, 'GET', `/api/v1/referrals/${read.id}`)).json().status).toBe('draft');

      // Still served: its page, the HSDS API and the export, with the status; its history names the change.
      expect((await call(clinician, 'GET', `/api/v1/directory/services/${advocacy}`)).json().status).toBe('inactive');
      expect((await call(clinician, 'GET', `/api/hsds/services/${advocacy}`)).json().status).toBe('inactive');
      const exported = await exportDirectory(h.t.database.db);
      expect(exported.services.find((s) => s.id === advocacy)).toMatchObject({ status: 'inactive' });
      const history = (await call(admin, 'GET', `/api/v1/directory/changes?entity=service&id=${advocacy}`)).json();
      expect(history.items[0]).toMatchObject({ field: 'status', oldValue: 'active', newValue: 'inactive' });
    });

    it('retires an organisation by retiring each of its services still offered, each in its history and audit', async () => {
      const [advocacy, shelter] = services as [string, string];
      const bad = await call(admin, 'POST', `/api/v1/directory/organizations/${organizationId}/retire`, {
        status: 'active',
      });
      expect(bad.statusCode).toBe(400);
      const byClinician = await call(clinician, 'POST', `/api/v1/directory/organizations/${organizationId}/retire`, {
        status: 'defunct',
      });
      expect(byClinician.statusCode).toBe(403);
      const missing = await call(admin, 'POST', `/api/v1/directory/organizations/${services[0]}/retire`, {
        status: 'defunct',
      });
      expect(missing.statusCode).toBe(404);

      const retired = await call(admin, 'POST', `/api/v1/directory/organizations/${organizationId}/retire`, {
        status: 'defunct',
      });
      expect(retired.statusCode, retired.body).toBe(200);
      // The service already inactive keeps its status; the one still offered becomes defunct.
      expect(retired.json()).toEqual({ id: organizationId, retired: 1 });
      expect(await found(clinician)).toEqual([]);
      expect(await found(admin, '&retired=true')).toEqual([`${advocacy}:inactive`, `${shelter}:defunct`]);
      const history = (await call(admin, 'GET', `/api/v1/directory/changes?entity=service&id=${shelter}`)).json();
      expect(history.items[0]).toMatchObject({ field: 'status', oldValue: 'active', newValue: 'defunct' });
      const audit = await h.t.database.db
        .selectFrom('audit_event')
        .select(['record_id', 'fields'])
        .where('event', '=', 'directory.changed')
        .where('record_id', '=', shelter)
        .execute();
      expect(audit.map((a) => JSON.parse(String(a.fields)))).toContainEqual(['status']);
      const again = await call(admin, 'POST', `/api/v1/directory/organizations/${organizationId}/retire`, {
        status: 'defunct',
      });
      expect(again.json()).toEqual({ id: organizationId, retired: 0 });
      // The organisation stays in the HSDS API.
      expect((await call(clinician, 'GET', `/api/hsds/organizations/${organizationId}`)).statusCode).toBe(200);
    });
  });
}
