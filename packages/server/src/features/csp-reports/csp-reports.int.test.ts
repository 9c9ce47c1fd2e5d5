import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, toStoredTime } from '../../db/ids.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { DIALECTS } from '../../testing/databases.js';
import { MAX_STORED_REPORTS, REPORT_RETENTION_MS, recordSecurityReports } from './record-security-reports.js';
import { REPORTS_PER_ADDRESS_PER_MINUTE } from './routes.js';

/** Issue 13, item 9: the anonymous CSP-report endpoint stores within bounds (body, per address, in all) and prunes. */

const batch = (page: string, n = 50) =>
  Array.from({ length: n }, (_, i) => ({
    type: 'csp-violation',
    url: `http://harbor.test/${page}`,
    body: { documentURL: `http://harbor.test/${page}/${i}`, effectiveDirective: 'script-src-elem' },
  }));

for (const dialect of DIALECTS) {
  describe(`CSP reports within bounds [${dialect}]`, () => {
    let h: TestApp;
    beforeAll(async () => {
      h = await createTestApp(dialect);
    });
    afterAll(() => h.close());

    const post = (payload: unknown, remoteAddress: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/v1/security/csp-reports',
        remoteAddress,
        headers: { 'content-type': 'application/reports+json' },
        payload: JSON.stringify(payload),
      });
    const countOf = async (prefix?: string) =>
      Number(
        (
          await h.t.database.db
            .selectFrom('security_report')
            .select((eb) => eb.fn.countAll().as('n'))
            .$if(prefix !== undefined, (q) => q.where('document_uri', 'like', `${prefix}%`))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('refuses a body over 32 KiB', async () => {
      const big = await post(
        batch('big', 1).map((r) => ({ ...r, url: `http://harbor.test/${'x'.repeat(40_000)}` })),
        '192.0.2.1',
      );
      expect(big.statusCode).toBe(413);
      expect(await countOf()).toBe(0);
    });

    it('stores at most so many reports per client address a minute, then answers 429', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await post(batch('flood'), '192.0.2.7')).statusCode);
      expect(REPORTS_PER_ADDRESS_PER_MINUTE).toBe(300);
      expect(statuses).toEqual([204, 204, 204, 204, 204, 204, 429, 429]);
      expect(await countOf('http://harbor.test/flood')).toBe(REPORTS_PER_ADDRESS_PER_MINUTE);
      // Another address has its own allowance; a part of a batch past the allowance is dropped.
      expect((await post(batch('other', 10), '192.0.2.8')).statusCode).toBe(204);
      expect(await countOf('http://harbor.test/other')).toBe(10);
    });

    it('keeps the newest reports up to the cap, and none older than the retention', async () => {
      expect(MAX_STORED_REPORTS).toBe(10_000);
      const db = h.t.database.db;
      await db.deleteFrom('security_report').execute();
      const now = new Date();
      const row = (page: string, at: Date) => ({
        id: newId(),
        received_at: toStoredTime(at),
        kind: 'csp-violation',
        document_uri: `http://harbor.test/${page}`,
        blocked_uri: '',
        directive: 'script-src',
        disposition: 'enforce',
      });
      const old = new Date(now.getTime() - REPORT_RETENTION_MS - 60_000);
      await db
        .insertInto('security_report')
        .values([row('old', old), row('old', old)])
        .execute();
      const recent = Array.from({ length: 8 }, (_, i) => row(`recent${i}`, new Date(now.getTime() - (8 - i) * 1000)));
      await db.insertInto('security_report').values(recent).execute();
      const report = {
        kind: 'csp-violation',
        documentUri: 'http://harbor.test/new',
        blockedUri: '',
        directive: 'img-src',
        disposition: 'enforce',
      };
      await recordSecurityReports({ db, reports: [report, report, report], now, maxStored: 5 });
      const kept = await db
        .selectFrom('security_report')
        .select('document_uri')
        .orderBy('received_at')
        .orderBy('id')
        .execute();
      expect(kept.map((r) => r.document_uri)).toEqual([
        'http://harbor.test/recent6',
        'http://harbor.test/recent7',
        'http://harbor.test/new',
        'http://harbor.test/new',
        'http://harbor.test/new',
      ]);
    });
  });
}
