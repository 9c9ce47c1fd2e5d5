import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDirectory } from '../features/directory/testing.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { runHarbor } from '../testing/harbor-process.js';

const KEY = 'c'.repeat(64);
const envFor = (t: TestDatabase) => ({
  HARBOR_DATA_DIR: t.dir,
  HARBOR_DATABASE_URL: t.config.kind === 'sqlite' ? t.config.path : t.config.url,
  HARBOR_SECRET_KEY: KEY,
});

for (const dialect of DIALECTS) {
  describe(`harbor directory import|export [${dialect}]`, () => {
    let first: TestDatabase;
    let second: TestDatabase;
    beforeAll(async () => {
      first = await createTestDatabase(dialect);
      second = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await first.drop();
      await second.drop();
    });

    it('imports a file, exports it, and the export imports into an empty database as the same file', async () => {
      const file = join(first.dir, 'sample.json');
      writeFileSync(file, JSON.stringify(sampleDirectory()));
      const imported = await runHarbor(['directory', 'import', file], envFor(first));
      expect(imported.stdout + imported.stderr).toContain(
        'Imported 2 organisation(s), 3 service(s) and 2 location(s).',
      );
      expect(imported.code).toBe(0);
      const out = join(first.dir, 'export.json');
      expect((await runHarbor(['directory', 'export', out], envFor(first))).code).toBe(0);
      const again = await runHarbor(['directory', 'import', out], envFor(second));
      expect(again.code, again.stdout + again.stderr).toBe(0);
      const out2 = join(second.dir, 'export.json');
      expect((await runHarbor(['directory', 'export', out2], envFor(second))).code).toBe(0);
      expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out, 'utf8'));
    });

    it('lists every problem of a bad file, exits 1 and stores nothing', async () => {
      const bad = sampleDirectory() as unknown as { services: Record<string, unknown>[] };
      bad.services[0]!.status = 'open';
      bad.services[1]!.url = 'not a url';
      const file = join(second.dir, 'bad.json');
      writeFileSync(file, JSON.stringify(bad));
      const before = await second.database.db.selectFrom('directory_service').select('id').execute();
      const run = await runHarbor(['directory', 'import', file], envFor(second));
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('services[0].status:');
      expect(run.stdout).toContain('services[1].url:');
      expect(run.stderr).toContain('nothing was stored');
      expect(await second.database.db.selectFrom('directory_service').select('id').execute()).toEqual(before);
    });
  });
}
