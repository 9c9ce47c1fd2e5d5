import { type AuditEventName, type MeetingRole, type MessageKey, meetingRoleOf, minutesOpen } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import type { MdtEntryTable, MdtMeetingTable } from '../../db/tables/mdt.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { type Actor, actorFields } from '../../records/actor.js';
import type { Located } from '../../records/gate.js';
import type { Services } from '../../services.js';
import { attendeesOf, loadEntry, loadMeeting } from './queries.js';

/** A refusal the request's content caused: 400 with the field and its message, nothing changed. */
export const refused = (path: string, key: MessageKey) =>
  new HarborError('validation_failed', key, [{ path, message: key }]);

/** A change the meeting's state or the law does not allow: 409 with its message. */
export const conflicting = (key: MessageKey) => harborErrorWithMessage('conflict', key, key);

export type Attendee = Awaited<ReturnType<typeof attendeesOf>>[number];

export interface MeetingFound {
  meeting: MdtMeetingTable;
  attendees: Attendee[];
  /** The reader's part in it. */
  role: MeetingRole;
}

/** A meeting as its chair or an attendee sees it; anyone else is answered 404, as if it did not exist. */
export async function meetingFor(db: Kysely<Database>, actor: Actor, meetingId: string): Promise<MeetingFound> {
  const meeting = await loadMeeting(db, meetingId);
  if (!meeting) throw new HarborError('not_found', `no meeting ${meetingId}`);
  const attendees = await attendeesOf(db, meetingId);
  const role = meetingRoleOf(
    actor.userId,
    meeting.chair_user_id,
    attendees.map((a) => ({ userId: a.user_id, meetingRole: a.meeting_role })),
  );
  if (!role) throw new HarborError('not_found', `not at meeting ${meetingId}`);
  return { meeting, attendees, role };
}

/** The minutes must be open (scheduled), and the reader the chair or a member (guests watch). */
export function requireEditable(found: MeetingFound, chairOnly = false): void {
  const closed = minutesOpen(found.meeting.status);
  if (closed) throw conflicting(closed);
  if (chairOnly ? found.role !== 'chair' : found.role === 'guest') {
    throw harborErrorWithMessage('forbidden', chairOnly ? 'mdt.meeting.chairOnly' : 'mdt.meeting.attendeesOnly');
  }
}

/**
 * The gate's target of a roster entry: its youth, at its meeting (whose disclosures may open it), or 404. The reader
 * must be at the meeting; `found` receives the rows.
 */
export function entryTarget(
  actor: Actor,
  meetingId: string,
  entryId: string,
  found: { entry?: MdtEntryTable; meeting?: MeetingFound },
) {
  return {
    recordType: 'mdt_entry',
    recordId: entryId,
    locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
      const entry = await loadEntry(db, entryId);
      if (!entry || entry.meeting_id !== meetingId) return undefined;
      found.entry = entry;
      found.meeting = await meetingFor(db, actor, meetingId);
      return { youthId: entry.youth_id, mdtMeetingId: meetingId };
    },
  };
}

/** A meeting's own change (no youth data): the change and its audit entry in one transaction. */
export async function meetingChange<T>(
  services: Pick<Services, 'database' | 'auditKey'>,
  actor: Actor,
  now: Date,
  work: (trx: Kysely<Database>) => Promise<{
    result: T;
    event: AuditEventName;
    /** The meeting's id (a UUID); none for a change of a meeting type, whose id is a slug (it goes in `details`). */
    recordId?: string;
    details?: Record<string, string | number | boolean>;
  }>,
): Promise<T> {
  return services.database.db.transaction().execute(async (trx) => {
    const { result, event, recordId, details } = await work(trx);
    await appendAudit(
      trx,
      services.auditKey,
      {
        event,
        ...actorFields(actor),
        recordType: 'mdt_meeting',
        ...(recordId ? { recordId } : {}),
        outcome: 'success',
        ...(details ? { details } : {}),
      },
      now,
    );
    return result;
  });
}
