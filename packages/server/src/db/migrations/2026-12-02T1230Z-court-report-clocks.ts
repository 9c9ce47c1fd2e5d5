import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * A progress report's clock: each (hearing, agency) whose report to the court became overdue is escalated once to
 * the agency's supervisors (the row is the "once"); the notification names the hearing, never the youth.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('court_report_escalation')
    .addColumn('hearing_id', 'text', (c) => c.notNull().references('court_hearing.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('escalated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('court_report_escalation_pk', ['hearing_id', 'agency_id'])
    .execute();
  await db.schema
    .alterTable('notification')
    .addColumn('court_hearing_id', 'text', (c) => c.references('court_hearing.id'))
    .execute();
}
