import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { auditChainKey } from '../../audit/chain.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/databases.js';
import { exportDirectory } from './export-directory.js';
import { importDirectory } from './import-directory.js';
import { id, SAMPLE, sampleDirectory, testValidator } from './testing.js';

const auditKey = auditChainKey(randomBytes(32));
const options = { validator: testValidator(), auditKey, now: new Date('2026-12-02T10:00:00.000Z') };

for (const dialect of DIALECTS) {
  describe(`harbor directory import and export [${dialect}]`, () => {
    const open: TestDatabase[] = [];
    const database = async () => {
      const t = await createTestDatabase(dialect);
      open.push(t);
      return t.database.db;
    };
    afterEach(async () => {
      for (const t of open.splice(0)) await t.drop();
    });

    it('round-trips: export, import into an empty database, export gives the same document', async () => {
      const first = await database();
      expect(await importDirectory(first, sampleDirectory(), options)).toMatchObject({
        ok: true,
        counts: { organization: 2, service: 3, location: 2, service_practice: 1, service_profile: 3 },
      });
      const exported = await exportDirectory(first);
      expect(exported.services.map((s) => s.id)).toEqual([SAMPLE.advocacy, SAMPLE.therapy, SAMPLE.shelter]);
      const v = testValidator();
      for (const s of exported.services) expect(v.check('service', s)).toEqual([]);
      for (const o of exported.organizations) expect(v.check('organization', o)).toEqual([]);
      // The export holds the confidential site's address (it is the whole directory, for its keepers).
      expect(JSON.stringify(exported)).toContain('Hidden Lane');

      const second = await database();
      const text = JSON.parse(JSON.stringify(exported));
      expect(await importDirectory(second, text, options)).toMatchObject({ ok: true });
      expect(await exportDirectory(second)).toEqual(exported);
      const audit = await second.selectFrom('audit_event').select(['event', 'details']).execute();
      expect(audit.map((a) => a.event)).toEqual(['directory.imported']);
    });

    it('refuses a bad file, listing every planted problem, and stores nothing', async () => {
      const db = await database();
      const bad = sampleDirectory() as unknown as {
        services: Record<string, unknown>[];
        organizations: Record<string, unknown>[];
        taxonomy_terms: Record<string, unknown>[];
      };
      // Schema problems: a service without its status, an e-mail that is not one, an id that is not a UUID.
      delete bad.services[0]!.status;
      bad.organizations[0]!.email = 'not an e-mail';
      (bad.services[1]!.phones as Record<string, unknown>[]).push({ id: 'phone-7', number: '(323) 555-0199' });
      const schema = await importDirectory(db, bad, options);
      expect(schema.ok).toBe(false);
      const paths = (o: typeof schema) => (o.ok ? [] : o.problems.map((p) => p.path));
      expect(paths(schema)).toEqual(
        expect.arrayContaining(['services[0]', 'organizations[0].email', 'services[1].phones[0].id']),
      );

      // Reference problems, once every object has its shape.
      const broken = sampleDirectory() as unknown as typeof bad;
      broken.services[0]!.organization_id = id(999);
      const sal = (broken.services[1]!.service_at_locations as Record<string, unknown>[])[0]!;
      sal.location_id = id(998);
      broken.taxonomy_terms[0]!.taxonomy_id = id(997);
      broken.services[2]!.id = SAMPLE.advocacy;
      broken.services[2]!.minimum_age = 30;
      (broken.services[1]!.phones as Record<string, unknown>[]).push({
        id: id(990),
        number: '(213) 555-0190',
        location_id: id(991),
      });
      const refs = await importDirectory(db, broken, options);
      expect(refs.ok).toBe(false);
      expect(refs.ok ? [] : refs.problems).toEqual(
        expect.arrayContaining([
          { path: 'services[0].organization_id', message: expect.stringContaining('names no organization') },
          {
            path: 'services[1].service_at_locations[0].location_id',
            message: expect.stringContaining('names no location'),
          },
          { path: 'taxonomy_terms[0].taxonomy_id', message: expect.stringContaining('names no taxonomy') },
          { path: 'services[2].id', message: 'repeats the id of services[0]' },
          { path: 'services[2].maximum_age', message: 'is below minimum_age' },
          { path: 'services[1].phones[0].location_id', message: expect.stringContaining('names no location') },
        ]),
      );
      for (const table of [
        'directory_organization',
        'directory_service',
        'directory_location',
        'directory_taxonomy',
      ] as const) {
        expect(await db.selectFrom(table).select('id').execute()).toEqual([]);
      }
      expect(await db.selectFrom('audit_event').select('event').execute()).toEqual([]);
    });

    it('refuses to import an entry already in the directory', async () => {
      const db = await database();
      expect((await importDirectory(db, sampleDirectory(), options)).ok).toBe(true);
      const again = await importDirectory(db, sampleDirectory(), options);
      expect(again.ok ? [] : again.problems).toEqual(
        expect.arrayContaining([
          { path: 'organizations[0].id', message: 'is already in the directory' },
          { path: 'services[0].id', message: 'is already in the directory' },
        ]),
      );
    });
  });
}
