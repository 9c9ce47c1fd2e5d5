import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

export async function up(db: Kysely<any>): Promise<void> {
  // A referral of a youth to a service of the directory, received by the Harbor agency the service's organisation
  // names. Statuses and closure reasons from core's referral vocabulary; free text encrypted.
  await db.schema
    .createTable('referral')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('directory_service.id'))
    // The service and organisation as they were named when the referral was made.
    .addColumn('service_name', 'text', (c) => c.notNull())
    .addColumn('organization_name', 'text', (c) => c.notNull())
    .addColumn('csec_specialised', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('referring_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('referring_agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('receiving_agency_id', 'text', (c) => c.notNull().references('agency.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('closure_reason', 'text')
    // Why the youth is referred (encrypted).
    .addColumn('reason', 'text', (c) => c.notNull())
    // The basis for sharing; for an MDT (W&I 18961.7) the report's time and the window's end; the override's reason,
    // the good cause and the court order's reference (encrypted JSON).
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('mdt_reported_at', 'text')
    .addColumn('mdt_window_ends_at', 'text')
    .addColumn('basis_detail', 'text')
    // The sections of the record shared with the receiving agency (JSON array of core's section names).
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('do_not_contact_directly', 'integer', (c) => c.notNull())
    // The safe contact (encrypted JSON: name, relationship, phone) and how to call (encrypted).
    .addColumn('safe_contact', 'text')
    .addColumn('contact_note', 'text')
    .addColumn('youth_area', 'text')
    .addColumn('youth_runaway', 'integer')
    // When sent: the eligibility reasons found (JSON of message keys and values), and a supervisor's override.
    .addColumn('eligibility_reasons', 'text')
    .addColumn('eligibility_override_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('eligibility_override_reason', 'text')
    .addColumn('eligibility_override_at', 'text')
    // The clocks, from the moment it was sent.
    .addColumn('sent_at', 'text')
    .addColumn('acknowledge_due_at', 'text')
    .addColumn('first_contact_due_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('closed_at', 'text')
    // When the overdue acknowledgement and first contact were escalated (once each).
    .addColumn('acknowledge_escalated_at', 'text')
    .addColumn('first_contact_escalated_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('referral_youth').on('referral').columns(['youth_id', 'created_at']).execute();
  await db.schema
    .createIndex('referral_receiving')
    .on('referral')
    .columns(['receiving_agency_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('referral_referring')
    .on('referral')
    .columns(['referring_agency_id', 'status', 'created_at'])
    .execute();
  // The expiry pass: unanswered referrals by their end.
  await db.schema
    .createIndex('referral_expiry')
    .on('referral')
    .columns(['expires_at', 'id'])
    .where(sql.ref('status'), '=', 'requested')
    .execute();

  // The clocks' pass (the deadline scheduler): acknowledgements due, first contacts due, not escalated yet.
  await db.schema
    .createIndex('referral_acknowledge_due')
    .on('referral')
    .columns(['acknowledge_due_at', 'id'])
    .where(sql.ref('acknowledge_escalated_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('referral_first_contact_due')
    .on('referral')
    .columns(['first_contact_due_at', 'id'])
    .where(sql.ref('first_contact_escalated_at'), 'is', null)
    .execute();

  // Every change of a referral's status: who, for which agency, when, from and to, the closure reason, a note.
  await db.schema
    .createTable('referral_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('referral_id', 'text', (c) => c.notNull().references('referral.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    // Null for Harbor itself (an expiry).
    .addColumn('actor_user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('actor_agency_id', 'text', (c) => c.references('agency.id'))
    .addColumn('closure_reason', 'text')
    // Encrypted.
    .addColumn('note', 'text')
    .execute();
  // A notification about a referral (overdue, expired) names the referral, never the youth.
  await db.schema
    .alterTable('notification')
    .addColumn('referral_id', 'text', (c) => c.references('referral.id'))
    .execute();

  await db.schema.createIndex('referral_event_referral').on('referral_event').columns(['referral_id', 'at']).execute();
}
