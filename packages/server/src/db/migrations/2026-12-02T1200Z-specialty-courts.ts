import type { Kysely } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

/**
 * Specialty courts (STAR, DREAM, a county's own): program definitions kept as data; a youth's enrollment with its
 * phase history, its hearings (the calendar), the response log (incentives, sanctions, service changes) and each
 * agency's progress report before a hearing. Free text is encrypted by the application.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('court_program')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    // shipped | imported
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('court_program_pk', ['id', 'version'])
    .execute();

  await db.schema
    .createTable('court_enrollment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('program_id', 'text', (c) => c.notNull())
    .addColumn('program_version', 'integer', (c) => c.notNull())
    // active | graduated | exited
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('phase_id', 'text', (c) => c.notNull())
    .addColumn('enrolled_on', 'text', (c) => c.notNull())
    .addColumn('offered_at_disposition', 'integer', (c) => c.notNull())
    .addColumn('probation_officer_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('ended_on', 'text')
    .addColumn('exit_reason', 'text')
    .addColumn('exit_note', 'text')
    .addColumn('enrolled_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('court_enrollment_youth').on('court_enrollment').columns(['youth_id']).execute();
  await db.schema
    .createIndex('court_enrollment_officer')
    .on('court_enrollment')
    .columns(['program_id', 'status', 'probation_officer_id'])
    .execute();

  await db.schema
    .createTable('court_phase_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('court_enrollment.id'))
    .addColumn('phase_id', 'text', (c) => c.notNull())
    .addColumn('entered_at', 'text', (c) => c.notNull())
    // Null for the first phase, which comes with the enrollment.
    .addColumn('team_decision', 'text')
    .addColumn('court_ordered', 'integer', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .execute();
  await db.schema
    .createIndex('court_phase_entry_enrollment')
    .on('court_phase_entry')
    .columns(['enrollment_id'])
    .execute();

  await db.schema
    .createTable('court_hearing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('court_enrollment.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('hearing_on', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    // JSON array of who appeared (roles), once the hearing is recorded.
    .addColumn('appeared', 'text')
    .addColumn('outcome', 'text')
    .addColumn('next_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('court_hearing_enrollment')
    .on('court_hearing')
    .columns(['enrollment_id', 'hearing_on'])
    .execute();

  await db.schema
    .createTable('court_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('court_enrollment.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    // incentive | sanction | service_change
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('behaviour', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('team_decision', 'text', (c) => c.notNull())
    // protocol | clinical: who may read the entry
    .addColumn('field_class', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('court_response_enrollment')
    .on('court_response')
    .columns(['enrollment_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('court_progress_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hearing_id', 'text', (c) => c.notNull().references('court_hearing.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('locale', 'text', (c) => c.notNull())
    // The legal basis of the disclosure (JSON: referral sharing's basis and its details).
    .addColumn('basis', 'text', (c) => c.notNull())
    // JSON object section id -> text, encrypted.
    .addColumn('sections', 'text', (c) => c.notNull())
    // draft | signed | sent
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('court_progress_report_agency', ['hearing_id', 'agency_id'])
    .execute();
  await db.schema
    .createIndex('court_progress_report_due')
    .on('court_progress_report')
    .columns(['status', 'due_on'])
    .execute();
}
