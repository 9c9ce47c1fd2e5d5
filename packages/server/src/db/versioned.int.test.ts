import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HarborError } from '../errors.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../testing/databases.js';
import { newId } from './ids.js';
import { updateVersioned, versionedInsertColumns } from './versioned.js';

for (const dialect of DIALECTS) {
  describe(`optimistic concurrency [${dialect}]`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await t.database.db.schema
        .createTable('sample')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    });
    afterAll(() => t.drop());

    const db = () => t.database.db as never as import('kysely').Kysely<any>;

    it('applies an update made against the current version and bumps it', async () => {
      const id = newId();
      await db()
        .insertInto('sample')
        .values({ id, label: 'first', ...versionedInsertColumns(new Date('2026-01-01T00:00:00Z')) })
        .execute();
      expect(await updateVersioned(db(), 'sample', id, 1, { label: 'second' })).toBe(2);
      const row = await db().selectFrom('sample').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ label: 'second', version: 2, created_at: '2026-01-01T00:00:00.000Z' });
      expect(row.updated_at > row.created_at).toBe(true);
    });

    it('refuses a stale version with conflict and changes nothing', async () => {
      const id = newId();
      await db()
        .insertInto('sample')
        .values({ id, label: 'a', ...versionedInsertColumns() })
        .execute();
      await updateVersioned(db(), 'sample', id, 1, { label: 'b' });
      const error = await updateVersioned(db(), 'sample', id, 1, { label: 'c' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HarborError);
      expect((error as HarborError).code).toBe('conflict');
      // The answer names the version the row is at now, to read again from.
      expect((error as HarborError).currentVersion).toBe(2);
      const row = await db().selectFrom('sample').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ label: 'b', version: 2 });
    });

    it('answers not_found for a missing row', async () => {
      const error = await updateVersioned(db(), 'sample', newId(), 1, { label: 'x' }).catch((e: unknown) => e);
      expect((error as HarborError).code).toBe('not_found');
    });

    it('lets exactly one of many concurrent writers of the same version win', async () => {
      const id = newId();
      await db()
        .insertInto('sample')
        .values({ id, label: 'start', ...versionedInsertColumns() })
        .execute();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => updateVersioned(db(), 'sample', id, 1, { label: `writer ${i}` })),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(losers.every((o) => (o.reason as HarborError).code === 'conflict')).toBe(true);
      const { version } = await db()
        .selectFrom('sample')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(version).toBe(2);
    });

    it('refuses to let a caller set managed columns', async () => {
      await expect(updateVersioned(db(), 'sample', newId(), 1, { version: 9 })).rejects.toThrow(/managed/);
      await sql`select 1`.execute(db());
    });
  });
}
