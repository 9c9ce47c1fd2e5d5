import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // Content-Security-Policy violation reports sent by browsers: a signal of injection attempts or of
  // a page Harbor broke itself. Holds no person's data: addresses are stored without query strings.
  await db.schema
    .createTable('security_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_uri', 'text', (c) => c.notNull())
    .addColumn('blocked_uri', 'text', (c) => c.notNull())
    .addColumn('directive', 'text', (c) => c.notNull())
    .addColumn('disposition', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('security_report_received_at').on('security_report').column('received_at').execute();
}
