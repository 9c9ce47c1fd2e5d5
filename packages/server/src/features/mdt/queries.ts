import type { MdtNotificationKind } from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type {
  MdtActionTable,
  MdtAddendumTable,
  MdtAttendeeTable,
  MdtDisclosureTable,
  MdtEntryTable,
  MdtEntryTextTable,
  MdtMeetingTable,
  YouthGoalTable,
} from '../../db/tables/mdt.js';
import { insertNotification } from '../response/queries.js';

/**
 * Every query on the MDT meetings' tables (`mdt_*`) and the youth's goals (`youth_goal`): nothing else names them.
 */
type Db = Kysely<Database>;

// ---- Meeting types (county data) --------------------------------------------------------------------------------

export const meetingTypes = (db: Db) => db.selectFrom('mdt_meeting_type').selectAll().orderBy('position').execute();

export const meetingType = (db: Db, id: string) =>
  db.selectFrom('mdt_meeting_type').selectAll().where('id', '=', id).executeTakeFirst();

export async function saveMeetingType(
  db: Db,
  row: { id: string; name_en: string; name_es: string; active: number },
): Promise<void> {
  const updated = await db
    .updateTable('mdt_meeting_type')
    .set({ name_en: row.name_en, name_es: row.name_es, active: row.active })
    .where('id', '=', row.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  const last = await db
    .selectFrom('mdt_meeting_type')
    .select((eb) => eb.fn.max('position').as('p'))
    .executeTakeFirst();
  await db
    .insertInto('mdt_meeting_type')
    .values({ ...row, position: Number(last?.p ?? -1) + 1 })
    .execute();
}

// ---- Meetings and attendees (no youth data) ---------------------------------------------------------------------

export const loadMeeting = (db: Db, id: string) =>
  db.selectFrom('mdt_meeting').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertMeeting(db: Db, row: MdtMeetingTable): Promise<void> {
  await db.insertInto('mdt_meeting').values(row).execute();
}

export async function setMeetingStatus(
  db: Db,
  id: string,
  from: 'scheduled',
  change: Pick<MdtMeetingTable, 'status'> & Partial<Pick<MdtMeetingTable, 'signed_at' | 'signed_by' | 'cancelled_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('mdt_meeting')
    .set(change)
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The meetings a person chairs or attends, starting in [from, to). */
export const meetingsOf = (db: Db, userId: string, range: { from?: string; to?: string }) =>
  db
    .selectFrom('mdt_meeting as m')
    .innerJoin('mdt_attendee as a', (j) => j.onRef('a.meeting_id', '=', 'm.id').on('a.user_id', '=', userId))
    .innerJoin('app_user as chair', 'chair.id', 'm.chair_user_id')
    .innerJoin('mdt_meeting_type as t', 't.id', 'm.type_id')
    .select([
      'm.id',
      'm.type_id',
      't.name_en',
      't.name_es',
      'm.starts_at',
      'm.duration_minutes',
      'm.place',
      'm.link',
      'm.chair_user_id',
      'chair.display_name as chair_name',
      'm.status',
      'a.meeting_role',
      (eb) =>
        eb
          .selectFrom('mdt_entry as e')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('e.meeting_id', '=', 'm.id')
          .as('youth_count'),
    ])
    .$if(range.from !== undefined, (q) => q.where('m.starts_at', '>=', range.from!))
    .$if(range.to !== undefined, (q) => q.where('m.starts_at', '<', range.to!))
    .orderBy('m.starts_at')
    .orderBy('m.id')
    .limit(500)
    .execute();

/** A meeting's attendees with their names, agency and staff role (the chair is one, `chair`). */
export const attendeesOf = (db: Db, meetingId: string) =>
  db
    .selectFrom('mdt_attendee as a')
    .innerJoin('app_user as u', 'u.id', 'a.user_id')
    .innerJoin('agency as g', 'g.id', 'u.agency_id')
    .select([
      'a.user_id',
      'u.display_name',
      'u.role',
      'u.agency_id',
      'g.name as agency_name',
      'a.meeting_role',
      'a.attendance',
    ])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.added_at')
    .orderBy('a.user_id')
    .execute();

export async function insertAttendee(db: Db, row: MdtAttendeeTable): Promise<void> {
  await db.insertInto('mdt_attendee').values(row).execute();
}

export async function deleteAttendee(db: Db, meetingId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('mdt_attendee')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .where('meeting_role', '!=', 'chair')
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function setAttendance(
  db: Db,
  meetingId: string,
  userId: string,
  attendance: MdtAttendeeTable['attendance'],
): Promise<boolean> {
  const result = await db
    .updateTable('mdt_attendee')
    .set({ attendance })
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An active staff member (an attendee, a chair, an action's owner). */
export const activeUser = (db: Db, userId: string) =>
  db
    .selectFrom('app_user')
    .select(['id', 'display_name', 'agency_id', 'role'])
    .where('id', '=', userId)
    .where('status', '=', 'active')
    .executeTakeFirst();

export const userNames = async (db: Db, ids: readonly string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
};

// ---- Roster entries and what is written about them (youth data) -------------------------------------------------

export const loadEntry = (db: Db, id: string) =>
  db.selectFrom('mdt_entry').selectAll().where('id', '=', id).executeTakeFirst();

export const entriesOf = (db: Db, meetingId: string) =>
  db
    .selectFrom('mdt_entry')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();

export const entryOfYouth = (db: Db, meetingId: string, youthId: string) =>
  db
    .selectFrom('mdt_entry')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('youth_id', '=', youthId)
    .executeTakeFirst();

export async function insertEntry(db: Db, row: MdtEntryTable): Promise<void> {
  await db.insertInto('mdt_entry').values(row).execute();
}

export async function insertEntryText(db: Db, row: MdtEntryTextTable): Promise<void> {
  await db.insertInto('mdt_entry_text').values(row).execute();
}

export const textsOf = (db: Db, entryIds: readonly string[]) =>
  entryIds.length === 0
    ? Promise.resolve([] as MdtEntryTextTable[])
    : db
        .selectFrom('mdt_entry_text')
        .selectAll()
        .where('entry_id', 'in', [...entryIds])
        .orderBy('at')
        .orderBy('id')
        .execute();

export async function insertAction(db: Db, row: MdtActionTable): Promise<void> {
  await db.insertInto('mdt_action').values(row).execute();
}

export const loadAction = (db: Db, id: string) =>
  db.selectFrom('mdt_action').selectAll().where('id', '=', id).executeTakeFirst();

export const actionsOf = (db: Db, entryIds: readonly string[]) =>
  entryIds.length === 0
    ? Promise.resolve([] as MdtActionTable[])
    : db
        .selectFrom('mdt_action')
        .selectAll()
        .where('entry_id', 'in', [...entryIds])
        .orderBy('due_at')
        .orderBy('id')
        .execute();

export async function markActionDone(db: Db, id: string, userId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mdt_action')
    .set({ done_at: toStoredTime(now), done_by: userId })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open action items due by `until` (overdue ones too) owned by the user, or by anyone of the agency. */
export const dueActions = (db: Db, who: { ownerUserId: string } | { agencyId: string }, until: string, limit: number) =>
  db
    .selectFrom('mdt_action as x')
    .innerJoin('mdt_entry as e', 'e.id', 'x.entry_id')
    .innerJoin('mdt_meeting as m', 'm.id', 'x.meeting_id')
    .innerJoin('app_user as o', 'o.id', 'x.owner_user_id')
    .select([
      'x.id',
      'x.meeting_id',
      'x.entry_id',
      'x.text',
      'x.due_at',
      'x.owner_user_id',
      'o.display_name as owner_name',
      'e.youth_id',
    ])
    .where('x.done_at', 'is', null)
    .where('m.status', '!=', 'cancelled')
    .where('x.due_at', '<=', until)
    .where((eb) =>
      'ownerUserId' in who ? eb('x.owner_user_id', '=', who.ownerUserId) : eb('o.agency_id', '=', who.agencyId),
    )
    .orderBy('x.due_at')
    .orderBy('x.id')
    .limit(limit)
    .execute();

/** Open action items past due and not escalated yet (the clock's pass). */
export const overdueActions = (db: Db, now: Date, limit: number) =>
  db
    .selectFrom('mdt_action as x')
    .innerJoin('mdt_meeting as m', 'm.id', 'x.meeting_id')
    .innerJoin('mdt_entry as e', 'e.id', 'x.entry_id')
    .innerJoin('app_user as o', 'o.id', 'x.owner_user_id')
    .select([
      'x.id',
      'x.meeting_id',
      'x.owner_user_id',
      'o.agency_id as owner_agency_id',
      'm.chair_user_id',
      'e.youth_id',
    ])
    .where('x.done_at', 'is', null)
    .where('x.escalated_at', 'is', null)
    .where('m.status', '!=', 'cancelled')
    .where('x.due_at', '<=', toStoredTime(now))
    .orderBy('x.due_at')
    .orderBy('x.id')
    .limit(limit)
    .execute();

export async function markActionEscalated(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mdt_action')
    .set({ escalated_at: toStoredTime(now) })
    .where('id', '=', id)
    .where('escalated_at', 'is', null)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Scheduled meetings starting within `before` of now, not reminded yet. */
export const meetingsToRemind = (db: Db, now: Date, beforeMs: number, limit: number) =>
  db
    .selectFrom('mdt_meeting')
    .select(['id'])
    .where('status', '=', 'scheduled')
    .where('reminded_at', 'is', null)
    .where('starts_at', '>', toStoredTime(now))
    .where('starts_at', '<=', toStoredTime(new Date(now.getTime() + beforeMs)))
    .orderBy('starts_at')
    .limit(limit)
    .execute();

export async function markReminded(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mdt_meeting')
    .set({ reminded_at: toStoredTime(now) })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The active supervisors of these agencies. */
export async function supervisorsOf(db: Db, agencyIds: readonly string[]): Promise<string[]> {
  if (agencyIds.length === 0) return [];
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('agency_id', 'in', [...agencyIds])
    .where('role', '=', 'supervisor')
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}

// ---- Disclosures ---------------------------------------------------------------------------------------------------

export async function insertDisclosure(db: Db, row: MdtDisclosureTable, recipients: readonly string[]): Promise<void> {
  await db.insertInto('mdt_disclosure').values(row).execute();
  if (recipients.length > 0) {
    await db
      .insertInto('mdt_disclosure_recipient')
      .values(recipients.map((user_id) => ({ disclosure_id: row.id, user_id })))
      .execute();
  }
}

export const disclosuresOfEntries = (db: Db, entryIds: readonly string[]) =>
  entryIds.length === 0
    ? Promise.resolve([] as MdtDisclosureTable[])
    : db
        .selectFrom('mdt_disclosure')
        .selectAll()
        .where('entry_id', 'in', [...entryIds])
        .orderBy('at')
        .orderBy('id')
        .execute();

export const disclosuresOfYouth = (db: Db, youthId: string) =>
  db
    .selectFrom('mdt_disclosure as d')
    .innerJoin('mdt_meeting as m', 'm.id', 'd.meeting_id')
    .innerJoin('mdt_meeting_type as t', 't.id', 'm.type_id')
    .innerJoin('app_user as u', 'u.id', 'd.by_user_id')
    .selectAll('d')
    .select(['m.starts_at', 't.name_en', 't.name_es', 'u.display_name as by_name'])
    .where('d.youth_id', '=', youthId)
    .orderBy('d.at', 'desc')
    .orderBy('d.id')
    .execute();

/** The people each disclosure was made to, with their agency. */
export async function recipientsOf(db: Db, disclosureIds: readonly string[]) {
  if (disclosureIds.length === 0) return [];
  return db
    .selectFrom('mdt_disclosure_recipient as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .innerJoin('agency as g', 'g.id', 'u.agency_id')
    .select(['r.disclosure_id', 'r.user_id', 'u.display_name', 'g.name as agency_name'])
    .where('r.disclosure_id', 'in', [...disclosureIds])
    .orderBy('u.display_name')
    .execute();
}

// ---- Addenda -------------------------------------------------------------------------------------------------------

export async function insertAddendum(db: Db, row: MdtAddendumTable): Promise<void> {
  await db.insertInto('mdt_addendum').values(row).execute();
}

export const addendaOf = (db: Db, meetingId: string) =>
  db.selectFrom('mdt_addendum').selectAll().where('meeting_id', '=', meetingId).orderBy('at').orderBy('id').execute();

// ---- The youth's goals ---------------------------------------------------------------------------------------------

export async function insertGoal(db: Db, row: YouthGoalTable): Promise<void> {
  await db.insertInto('youth_goal').values(row).execute();
}

export const goalsOf = (db: Db, youthIds: readonly string[]) =>
  youthIds.length === 0
    ? Promise.resolve([] as YouthGoalTable[])
    : db
        .selectFrom('youth_goal')
        .selectAll()
        .where('youth_id', 'in', [...youthIds])
        .orderBy('said_on', 'desc')
        .orderBy('id')
        .execute();

/** A youth's meetings (for the timeline): when, of which type. */
export const meetingsOfYouth = (db: Db, youthId: string) =>
  db
    .selectFrom('mdt_entry as e')
    .innerJoin('mdt_meeting as m', 'm.id', 'e.meeting_id')
    .select(['e.id', 'm.id as meeting_id', 'm.type_id', 'm.starts_at', 'm.status'])
    .where('e.youth_id', '=', youthId)
    .orderBy('m.starts_at')
    .execute();

/** One MDT notification to each person (it names the meeting, and the action item when there is one; no youth). */
export async function notifyOfMeeting(
  db: Db,
  userIds: readonly string[],
  note: { kind: MdtNotificationKind; meetingId: string; actionId?: string },
  now: Date,
): Promise<void> {
  for (const userId of userIds) {
    await insertNotification(
      db,
      {
        user_id: userId,
        kind: note.kind,
        response_id: null,
        response_step_id: null,
        mdt_meeting_id: note.meetingId,
        ...(note.actionId ? { mdt_action_id: note.actionId } : {}),
      },
      now,
    );
  }
}
