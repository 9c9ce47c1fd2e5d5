import { REMINDER_BEFORE_MS } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import {
  attendeesOf,
  markActionEscalated,
  markReminded,
  meetingsToRemind,
  notifyOfMeeting,
  overdueActions,
  supervisorsOf,
} from './queries.js';

const BATCH = 50;

/**
 * One pass of the MDT meetings' clocks, run by the deadline scheduler (features/escalation) with the same
 * notifications and e-mail, which never hold a youth's data (they name the meeting): an overdue action item notifies
 * its owner, the owner's agency supervisors and the chair, once; a meeting starting within 24 hours reminds each
 * attendee, once. Each is one transaction with its audit entry; one another process handled meanwhile is left
 * alone. Returns how many it acted on.
 */
export async function runMdtClocks(input: { db: Kysely<Database>; auditKey: Buffer; now: Date }): Promise<number> {
  const { db, auditKey, now } = input;
  let done = 0;
  for (const row of await overdueActions(db, now, BATCH)) {
    const acted = await db.transaction().execute(async (trx) => {
      if (!(await markActionEscalated(trx, row.id, now))) return false;
      const supervisors = await supervisorsOf(trx, [row.owner_agency_id]);
      const recipients = [...new Set([row.owner_user_id, ...supervisors, row.chair_user_id])];
      await notifyOfMeeting(
        trx,
        recipients,
        { kind: 'mdt_action_overdue', meetingId: row.meeting_id, actionId: row.id },
        now,
      );
      await appendAudit(
        trx,
        auditKey,
        {
          event: 'mdt.action_escalated',
          youthId: row.youth_id,
          recordType: 'mdt_action',
          recordId: row.id,
          outcome: 'success',
          details: { recipients: recipients.length, meeting_id: row.meeting_id },
        },
        now,
      );
      return true;
    });
    if (acted) done++;
  }
  for (const meeting of await meetingsToRemind(db, now, REMINDER_BEFORE_MS, BATCH)) {
    const acted = await db.transaction().execute(async (trx) => {
      if (!(await markReminded(trx, meeting.id, now))) return false;
      const attendees = await attendeesOf(trx, meeting.id);
      await notifyOfMeeting(
        trx,
        attendees.map((a) => a.user_id),
        { kind: 'mdt_reminder', meetingId: meeting.id },
        now,
      );
      await appendAudit(
        trx,
        auditKey,
        {
          event: 'mdt.reminded',
          recordType: 'mdt_meeting',
          recordId: meeting.id,
          outcome: 'success',
          details: { recipients: attendees.length },
        },
        now,
      );
      return true;
    });
    if (acted) done++;
  }
  return done;
}
