import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * The mark of a demonstration database: one row, written by `harbor demo seed` in the transaction that checks the
 * database holds no one yet, and completed when every fictional record is in. While it exists the staff app shows
 * its "Demonstration data" banner on every page; a county's own database never has it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('demo_marker')
    // Always 'demo': the primary key keeps it to one row, so two seeds at once cannot both begin.
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Which version of the demonstration county was seeded.
    .addColumn('seed_version', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    // Null while the seed runs (or when it stopped half-way).
    .addColumn('completed_at', 'text')
    .execute();
}
