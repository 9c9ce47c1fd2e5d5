import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { startHarbor } from '../testing/harbor-process.js';

const WRITERS = 6;
const MAX_WRITES = 240;

for (const dialect of DIALECTS) {
  describe(`durability [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect, { migrate: false });
    });
    afterAll(() => t.drop());

    it('loses no acknowledged write when the server is killed with SIGKILL mid-stream', async () => {
      const url = t.config.kind === 'sqlite' ? t.config.path : t.config.url;
      const harbor = await startHarbor({
        dataDir: t.dir,
        env: { HARBOR_DATABASE_URL: url, HARBOR_SECRET_KEY: 'c'.repeat(64) },
      });
      const acknowledged: string[] = [];
      let sent = 0;
      let killed = false;
      const writer = async () => {
        while (!killed && sent < MAX_WRITES) {
          const page = `w${String(sent++).padStart(4, '0')}`;
          try {
            const res = await fetch(`${harbor.url}/api/v1/security/csp-reports`, {
              method: 'POST',
              headers: { 'content-type': 'application/csp-report' },
              body: JSON.stringify({ 'csp-report': { 'document-uri': `http://harbor.test/${page}` } }),
            });
            if (res.status === 204) acknowledged.push(page);
          } catch {
            // The server died while this write was in flight: it was never acknowledged.
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      // Kill once a good share of the stream is acknowledged, while writes are still in flight.
      while (acknowledged.length < MAX_WRITES / 3) await new Promise((r) => setTimeout(r, 5));
      killed = true;
      harbor.child.kill('SIGKILL');
      await harbor.stop();
      await Promise.all(writers);
      expect(harbor.child.signalCode).toBe('SIGKILL');
      expect(acknowledged.length).toBeGreaterThanOrEqual(MAX_WRITES / 3);

      const database = openDatabase(t.config, { poolSize: 1 });
      try {
        const stored = new Set(
          (await database.db.selectFrom('security_report').select('document_uri').execute()).map((r) =>
            r.document_uri.replace('http://harbor.test/', ''),
          ),
        );
        const lost = acknowledged.filter((page) => !stored.has(page));
        expect(lost).toEqual([]);
      } finally {
        await database.close();
      }
    });
  });
}
