import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * A meeting's invitation sequence (iCalendar SEQUENCE): the chair may move a scheduled meeting, and a calendar takes
 * the new invitation in place of the old one only when its sequence is higher.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('mdt_meeting')
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
