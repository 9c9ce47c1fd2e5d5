import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { openDatabase } from './database.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

const ALL = Object.keys(MIGRATIONS);

for (const dialect of DIALECTS) {
  describe(`migrations [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect, { migrate: false });
    });
    afterAll(() => t.drop());

    it('applies every migration once, in name order, and then nothing', async () => {
      expect(ALL).toEqual([...ALL].sort());
      expect(await pendingMigrations(t.database)).toEqual(ALL);
      expect(await migrateToLatest(t.database)).toEqual(ALL);
      expect(await migrateToLatest(t.database)).toEqual([]);
      expect(await pendingMigrations(t.database)).toEqual([]);
      const { rows } = await sql<{ n: number }>`select count(*) as n from harbor_migration`.execute(t.database.db);
      expect(Number(rows[0]?.n)).toBe(ALL.length);
    });

    it('runs SQLite with WAL, synchronous=FULL and foreign keys on', async () => {
      if (dialect !== 'sqlite') return;
      const pragma = async (name: string) =>
        Object.values((await sql.raw(`pragma ${name}`).execute(t.database.db)).rows[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('synchronous')).toBe(2); // FULL
      expect(await pragma('foreign_keys')).toBe(1);
    });
  });
}

describe('migrations started by several processes at once [postgres]', () => {
  it('migrate once and let the others find nothing to do', async () => {
    const t = await createTestDatabase('postgres', { migrate: false });
    const instances = Array.from({ length: 4 }, () => openDatabase(t.config, { poolSize: 2 }));
    try {
      const results = await Promise.all(instances.map((instance) => migrateToLatest(instance)));
      expect(results.flat().sort()).toEqual([...ALL].sort());
      expect(results.filter((applied) => applied.length > 0)).toHaveLength(1);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await t.drop();
    }
  });
});
