import { type Kysely, sql } from 'kysely';

// Frozen in time: a migration never imports application code and is never edited once released.

const SHIPPED_TYPES: readonly [string, string, string][] = [
  ['case_review', 'Case review', 'Revisión de caso'],
  ['protocol_30_day', '30-day protocol MDT', 'Reunión MDT del protocolo a los 30 días'],
  ['emergency_staffing', 'Emergency staffing', 'Reunión de emergencia del equipo'],
  ['pre_court_staffing', 'Pre-court staffing', 'Reunión del equipo antes de la audiencia'],
];

export async function up(db: Kysely<any>): Promise<void> {
  // Meeting types: county data (admins rename or retire them).
  await db.schema
    .createTable('mdt_meeting_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('mdt_meeting_type')
    .values(SHIPPED_TYPES.map(([id, en, es], position) => ({ id, name_en: en, name_es: es, active: 1, position })))
    .execute();

  // A meeting holds no youth data: type, time, place or link, chair, status, the minutes' sign-off.
  await db.schema
    .createTable('mdt_meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type_id', 'text', (c) => c.notNull().references('mdt_meeting_type.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('link', 'text')
    .addColumn('chair_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    // scheduled | signed | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('cancelled_at', 'text')
    // When the attendees were reminded (24 hours before), once.
    .addColumn('reminded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mdt_meeting_starts').on('mdt_meeting').columns(['starts_at', 'id']).execute();

  // Attendees from any agency, with their part and attendance.
  await db.schema
    .createTable('mdt_attendee')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mdt_meeting.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    // chair | member | guest
    .addColumn('meeting_role', 'text', (c) => c.notNull())
    // present | absent | excused, null until recorded
    .addColumn('attendance', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mdt_attendee_pk', ['meeting_id', 'user_id'])
    .execute();
  await db.schema.createIndex('mdt_attendee_user').on('mdt_attendee').columns(['user_id']).execute();

  // A youth on the meeting's roster: the one link between a meeting and a youth.
  await db.schema
    .createTable('mdt_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mdt_meeting.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('added_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mdt_entry_unique')
    .on('mdt_entry')
    .columns(['meeting_id', 'youth_id'])
    .unique()
    .execute();
  await db.schema.createIndex('mdt_entry_youth').on('mdt_entry').columns(['youth_id']).execute();

  // What is written about a youth at a meeting: members' agenda items, notes (in a field class), decisions.
  await db.schema
    .createTable('mdt_entry_text')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('mdt_entry.id'))
    // agenda | note | decision
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('field_class', 'text', (c) => c.notNull())
    // Encrypted.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mdt_entry_text_entry').on('mdt_entry_text').columns(['entry_id', 'at']).execute();

  // Action items: an owner (an attendee), a due time; escalated once when overdue.
  await db.schema
    .createTable('mdt_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('mdt_entry.id'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mdt_meeting.id'))
    // Encrypted.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('escalated_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mdt_action_owner').on('mdt_action').columns(['owner_user_id', 'due_at']).execute();
  await db.schema
    .createIndex('mdt_action_overdue')
    .on('mdt_action')
    .columns(['due_at', 'id'])
    .where(sql.ref('done_at'), 'is', null)
    .where(sql.ref('escalated_at'), 'is', null)
    .execute();

  // Every disclosure at a meeting, with its legal basis (the basis's facts encrypted as JSON), and to whom.
  await db.schema
    .createTable('mdt_disclosure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mdt_meeting.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull().references('mdt_entry.id'))
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    // 1: to every attendee (as they were when disclosed; recipients hold them).
    .addColumn('to_all', 'integer', (c) => c.notNull())
    // JSON array of field classes.
    .addColumn('classes', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text')
    .addColumn('window_ends_at', 'text')
    .addColumn('basis_detail', 'text')
    .addColumn('by_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mdt_disclosure_youth').on('mdt_disclosure').columns(['youth_id', 'at']).execute();
  await db.schema.createIndex('mdt_disclosure_meeting').on('mdt_disclosure').columns(['meeting_id']).execute();
  await db.schema
    .createTable('mdt_disclosure_recipient')
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('mdt_disclosure.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addPrimaryKeyConstraint('mdt_disclosure_recipient_pk', ['disclosure_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('mdt_disclosure_recipient_user')
    .on('mdt_disclosure_recipient')
    .columns(['user_id'])
    .execute();

  // Addenda to signed minutes: for the meeting or one entry (encrypted).
  await db.schema
    .createTable('mdt_addendum')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('mdt_meeting.id'))
    .addColumn('entry_id', 'text', (c) => c.references('mdt_entry.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mdt_addendum_meeting').on('mdt_addendum').columns(['meeting_id', 'at']).execute();

  // The youth's own stated goals, in their words (encrypted, class clinical).
  await db.schema
    .createTable('youth_goal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('youth_id', 'text', (c) => c.notNull().references('youth.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('said_on', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('youth_goal_youth').on('youth_goal').columns(['youth_id', 'said_on']).execute();

  // Who changes the county's meeting types: administrators by default (role_permission is data).
  await db.insertInto('role_permission').values({ role: 'admin', permission: 'mdt.types' }).execute();

  // A notification about a meeting (a reminder) or an action item (overdue) names them, never a youth.
  await db.schema
    .alterTable('notification')
    .addColumn('mdt_meeting_id', 'text', (c) => c.references('mdt_meeting.id'))
    .execute();
  await db.schema
    .alterTable('notification')
    .addColumn('mdt_action_id', 'text', (c) => c.references('mdt_action.id'))
    .execute();
}
