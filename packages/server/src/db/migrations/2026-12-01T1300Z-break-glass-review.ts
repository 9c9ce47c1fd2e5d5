import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * The review of break-glass accesses: for each access, the current disposition of each agency whose supervisors
 * review it (justified, or follow-up needed), with a note that may describe the youth (encrypted by the application,
 * so a text column). One row per access and reviewing agency, changed under optimistic concurrency (`version`); each
 * change is an audit entry, so the history stays in the audit trail.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('break_glass_review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('grant_id', 'text', (c) => c.notNull().references('break_glass_grant.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    // justified | follow_up
    .addColumn('disposition', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('break_glass_review_grant_agency')
    .on('break_glass_review')
    .columns(['grant_id', 'agency_id'])
    .unique()
    .execute();
}
