import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // Response protocols as data, like instruments: one row per id and version, never changed once stored.
  await db.schema
    .createTable('protocol')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    // shipped | imported
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('protocol_pk', ['id', 'version'])
    .execute();

  // A response to an identified or recovered youth (or one not identified yet), run by a protocol version.
  await db.schema
    .createTable('response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.references('youth.id'))
    .addColumn('screening_id', 'text', (c) => c.references('screening.id'))
    .addColumn('protocol_id', 'text', (c) => c.notNull())
    .addColumn('protocol_version', 'integer', (c) => c.notNull())
    // screening | recovery | disclosure | hotline_call
    .addColumn('opened_by', 'text', (c) => c.notNull())
    .addColumn('opener_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('opener_agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('recovered_at', 'text')
    // The facts steps apply on (on_probation, reporter_is_law_enforcement), JSON.
    .addColumn('facts', 'text', (c) => c.notNull())
    // open | closed
    .addColumn('status', 'text', (c) => c.notNull())
    // The crisis plan (encrypted JSON), once a safety step opens.
    .addColumn('crisis_plan', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('response_protocol_fk', ['protocol_id', 'protocol_version'], 'protocol', ['id', 'version'])
    .execute();
  await db.schema.createIndex('response_youth').on('response').columns(['youth_id', 'opened_at']).execute();
  await db.schema.createIndex('response_opener').on('response').columns(['opener_user_id', 'status']).execute();

  // Each step of a response: who owns it, when its clock started, when it is due, who completed it and when.
  await db.schema
    .createTable('response_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('response.id'))
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('owner_role', 'text', (c) => c.notNull())
    .addColumn('owner_agency_kind', 'text')
    // Set when someone takes the step (or it belongs to the response's opener).
    .addColumn('owner_user_id', 'text', (c) => c.references('app_user.id'))
    // pending | completed | not_applicable
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text')
    .addColumn('due_at', 'text')
    .addColumn('completed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('completed_at', 'text')
    // Why a step is not applicable, or a completion note (no youth identifiers; encrypted).
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('response_step_unique')
    .on('response_step')
    .columns(['response_id', 'step_id'])
    .unique()
    .execute();
  // The deadlines view: open steps by due time.
  await db.schema
    .createIndex('response_step_due')
    .on('response_step')
    .columns(['due_at', 'id'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema.createIndex('response_step_owner').on('response_step').columns(['owner_user_id', 'status']).execute();

  // The telephone report to the child abuse hotline (PC 11166(a)): when, where, to whom, and the referral number.
  await db.schema
    .createTable('telephone_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('response.id'))
    .addColumn('called_at', 'text', (c) => c.notNull())
    .addColumn('hotline', 'text', (c) => c.notNull())
    // The hotline worker's name and the 19-digit referral number (encrypted: they identify the case).
    .addColumn('worker_name', 'text', (c) => c.notNull())
    .addColumn('referral_number', 'text', (c) => c.notNull())
    .addColumn('response_category', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('telephone_report_response').on('telephone_report').column('response_id').execute();

  // The written follow-up report (SS 8572): the reporter's draft of the PC 11167(a) fields (encrypted JSON), then
  // submitted with a time.
  await db.schema
    .createTable('written_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('response.id'))
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('written_report_response').on('written_report').column('response_id').unique().execute();

  // Escalations to send: one row per step and escalation level, so each is sent exactly once. A scheduler process
  // claims due rows with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED), records the notifications, and marks it sent.
  await db.schema
    .createTable('escalation')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_step_id', 'text', (c) => c.notNull().references('response_step.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    // owner | owner_supervisor
    .addColumn('notify', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    // pending | sent | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('escalation_unique')
    .on('escalation')
    .columns(['response_step_id', 'level'])
    .unique()
    .execute();
  await db.schema
    .createIndex('escalation_due')
    .on('escalation')
    .columns(['due_at', 'id'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();

  // Notifications in the web app (and by e-mail when SMTP is configured).
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    // step_overdue | step_overdue_supervisor | crisis
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.references('response.id'))
    .addColumn('response_step_id', 'text', (c) => c.references('response_step.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // none | pending | sent | failed
    .addColumn('email_status', 'text', (c) => c.notNull())
    .addColumn('email_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email_claimed_until', 'text')
    .execute();
  await db.schema.createIndex('notification_user').on('notification').columns(['user_id', 'created_at']).execute();
  await db.schema
    .createIndex('notification_email')
    .on('notification')
    .columns(['email_status', 'created_at'])
    .execute();

  // What law enforcement records about a youth's case; SB 1322: never an arrest or charge of a minor under PC 647(b)
  // or 653.22 (the application refuses them).
  await db.schema
    .createTable('law_enforcement_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('response.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}
