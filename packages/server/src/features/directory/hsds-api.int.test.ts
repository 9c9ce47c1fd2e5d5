import { HOTLINE_LIST } from '@harbor/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/chain.js';
import { createAgency } from '../../identity/accounts.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { type SignedInUser, signedInUser } from '../../testing/users.js';
import type { HsdsEntity } from './hsds-schemas.js';
import { importDirectory } from './import-directory.js';
import { id, SAMPLE, sampleDirectory, testValidator } from './testing.js';

for (const dialect of DIALECTS) {
  describe(`the HSDS 3.0 read API [${dialect}]`, () => {
    let h: TestApp;
    let staff: SignedInUser;
    const v = testValidator();

    beforeAll(async () => {
      h = await createTestApp(dialect);
      const agency = await createAgency(h.t.database.db, { name: 'County DMH', kind: 'mental_health' });
      staff = await signedInUser(h, agency.id, 'clinician', 'hsds-reader');
      const outcome = await importDirectory(h.t.database.db, sampleDirectory(), {
        validator: v,
        auditKey: auditChainKey(h.config.secretKey),
      });
      expect(outcome).toMatchObject({ ok: true });
    });
    afterAll(() => h.close());

    const get = async (url: string) => {
      const res = await h.app.inject({ url, headers: staff.headers });
      expect(res.statusCode, `${res.body} ${h.logs.filter((l) => l.includes('"err')).slice(-1)}`).toBe(200);
      return res.json() as Record<string, unknown> & { contents?: Record<string, unknown>[] };
    };
    const valid = (entity: HsdsEntity, value: unknown) => expect(v.check(entity, value)).toEqual([]);
    const validPage = (entity: HsdsEntity, page: Awaited<ReturnType<typeof get>>) => {
      expect(v.checkPage(page)).toEqual([]);
      for (const item of page.contents ?? []) valid(entity, item);
    };

    it('answers its root with the HSDS version and where its document is', async () => {
      const asked = await h.app.inject({
        url: '/api/hsds/services',
        headers: { ...staff.headers, 'accept-language': 'es' },
      });
      expect(asked.headers['content-language']).toBe('en');
      const root = await get('/api/hsds/');
      expect(v.checkRoot(root)).toEqual([]);
      expect(root.version).toBe('3.0');
      expect(String(root.openapi_url)).toMatch(/\/api\/openapi\.json$/);
    });

    it('pages services as HSDS pages them, each valid, flat or nested', async () => {
      const first = await get('/api/hsds/services?per_page=2');
      validPage('service', first);
      const last = Math.ceil((3 + HOTLINE_LIST.length) / 2);
      expect(first).toMatchObject({
        total_items: 3 + HOTLINE_LIST.length,
        total_pages: last,
        page_number: 1,
        size: 2,
        first_page: true,
        last_page: false,
        empty: false,
      });
      const second = await get(`/api/hsds/services?per_page=2&page=${last}&full=true`);
      validPage('service', second);
      expect(second).toMatchObject({ page_number: last, first_page: false, last_page: true });
      expect(second.contents?.[0]?.phones).toBeDefined();
      const found = await get('/api/hsds/services?search=SHELTER');
      expect(found.contents?.map((s) => s.id)).toEqual([SAMPLE.shelter]);
      const byOrganization = await get(`/api/hsds/services?organization_id=${SAMPLE.clinic}`);
      expect(byOrganization.contents?.map((s) => s.id)).toEqual([SAMPLE.therapy]);
      const byTerm = await get(`/api/hsds/services?taxonomy_term_id=${SAMPLE.countyTerm}`);
      expect(byTerm.contents?.map((s) => s.id)).toEqual([SAMPLE.advocacy]);
      const none = await get('/api/hsds/services?search=nothing-like-this');
      validPage('service', none);
      expect(none).toMatchObject({ total_items: 0, empty: true, size: 0, contents: [] });
    });

    it('serves a service fully nested, valid, without a confidential site’s address', async () => {
      const service = await get(`/api/hsds/services/${SAMPLE.shelter}`);
      valid('service', service);
      expect(service.organization).toMatchObject({ id: SAMPLE.advocates });
      const [sal] = service.service_at_locations as { location: Record<string, unknown> }[];
      expect(sal?.location).toMatchObject({ id: SAMPLE.shelterSite, addresses: [] });
      expect(sal?.location.latitude).toBeUndefined();
      expect(JSON.stringify(service)).not.toContain('Hidden Lane');
      const attributes = service.attributes as { value?: string; taxonomy_term?: { code: string } }[];
      expect(attributes.find((a) => a.taxonomy_term?.code === 'beds_available')?.value).toBe('2');
      const advocacy = await get(`/api/hsds/services/${SAMPLE.advocacy}`);
      valid('service', advocacy);
      const [office] = advocacy.service_at_locations as { location: { addresses: unknown[] } }[];
      expect(office?.location.addresses).toHaveLength(1);
    });

    it('pages services at locations and serves one nested, valid, without a confidential site’s address', async () => {
      const flat = await get('/api/hsds/service_at_locations');
      validPage('service_at_location', flat);
      expect(flat.contents?.map((sal) => sal.id)).toEqual([id(601), id(602)]);
      expect(flat.contents?.[0]).toEqual({ id: id(601), service_id: SAMPLE.advocacy, location_id: SAMPLE.office });
      const full = await get('/api/hsds/service_at_locations?full=true&per_page=1&page=2');
      validPage('service_at_location', full);
      expect(full).toMatchObject({ total_items: 2, page_number: 2, size: 1, last_page: true });
      expect(full.contents?.[0]?.location).toMatchObject({ id: SAMPLE.shelterSite, addresses: [] });
      expect(JSON.stringify(full)).not.toContain('Hidden Lane');
      // Filtered by their service, as /services is.
      const byOrganization = await get(`/api/hsds/service_at_locations?organization_id=${SAMPLE.advocates}`);
      expect(byOrganization.contents?.map((sal) => sal.id)).toEqual([id(601), id(602)]);
      const bySearch = await get('/api/hsds/service_at_locations?search=shelter');
      expect(bySearch.contents?.map((sal) => sal.id)).toEqual([id(602)]);
      const none = await get(`/api/hsds/service_at_locations?organization_id=${SAMPLE.clinic}`);
      validPage('service_at_location', none);
      expect(none).toMatchObject({ total_items: 0, empty: true, contents: [] });

      const shelter = await get(`/api/hsds/service_at_locations/${id(602)}`);
      valid('service_at_location', shelter);
      expect(shelter).toMatchObject({ id: id(602), service_id: SAMPLE.shelter, phones: [], schedules: [] });
      expect(shelter.location).toMatchObject({ id: SAMPLE.shelterSite, addresses: [] });
      expect((shelter.location as Record<string, unknown>).latitude).toBeUndefined();
      expect(JSON.stringify(shelter)).not.toContain('Hidden Lane');
      const office = await get(`/api/hsds/service_at_locations/${id(601)}`);
      valid('service_at_location', office);
      expect((office.location as { addresses: unknown[] }).addresses).toHaveLength(1);
      const missing = await h.app.inject({ url: `/api/hsds/service_at_locations/${id(699)}`, headers: staff.headers });
      expect(missing.statusCode).toBe(404);
      const bad = await h.app.inject({
        url: '/api/hsds/service_at_locations?postcode=90012',
        headers: { ...staff.headers, 'accept-language': 'es' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    });

    it('pages organisations and serves one nested with its services', async () => {
      validPage('organization', await get('/api/hsds/organizations'));
      validPage('organization', await get('/api/hsds/organizations?full=true&full_service=true'));
      const organization = await get(`/api/hsds/organizations/${SAMPLE.advocates}`);
      valid('organization', organization);
      expect(organization.services).toEqual([{ id: SAMPLE.shelter }, { id: SAMPLE.advocacy }]);
      const nested = await get(`/api/hsds/organizations/${SAMPLE.advocates}?full_service=true`);
      valid('organization', nested);
      for (const service of nested.services as unknown[]) valid('service', service);
      expect(JSON.stringify(nested)).not.toContain('Hidden Lane');
    });

    it("pages taxonomies and their terms, Harbor's own among them", async () => {
      const taxonomies = await get('/api/hsds/taxonomies');
      validPage('taxonomy', taxonomies);
      expect(taxonomies.contents?.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'Harbor categories',
          'Evidence-based practices',
          'Harbor profile',
          'County service codes',
        ]),
      );
      const terms = await get(`/api/hsds/taxonomy_terms?taxonomy_id=${SAMPLE.countyTaxonomy}`);
      validPage('taxonomy_term', terms);
      expect(terms.contents?.map((t) => t.code)).toEqual(['CSEC-ADV']);
      validPage('taxonomy_term', await get('/api/hsds/taxonomy_terms?per_page=100&top_only=true'));
      valid('taxonomy_term', await get(`/api/hsds/taxonomy_terms/${SAMPLE.countyTerm}`));
      valid('taxonomy', await get(`/api/hsds/taxonomies/${SAMPLE.countyTaxonomy}`));
    });

    it('is for signed-in staff only, and answers 404 for an id it does not hold', async () => {
      const anonymous = await h.app.inject({ url: '/api/hsds/services' });
      expect(anonymous.statusCode).toBe(401);
      const missing = await h.app.inject({
        url: '/api/hsds/services/00000000-0000-4000-8000-999999999999',
        headers: staff.headers,
      });
      expect(missing.statusCode).toBe(404);
    });
  });
}
