import { newId, toStoredTime } from '../../db/ids.js';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { entryTarget, type MeetingFound, refused, requireEditable } from './mdt-rules.js';
import { insertAction } from './queries.js';

/**
 * An action item about a youth at a meeting: its text (encrypted), an owner among the attendees, a due time. It joins
 * the deadlines view and escalates once when overdue (run-mdt-clocks.ts).
 */
export async function addAction(input: {
  gate: RecordsGate;
  actor: Actor;
  meetingId: string;
  entryId: string;
  body: { text: string; ownerUserId: string; dueAt: string };
}): Promise<string> {
  const { gate, actor, meetingId, entryId, body } = input;
  const found: { entry?: MdtEntryTable; meeting?: MeetingFound } = {};
  return gate.write(actor, entryTarget(actor, meetingId, entryId, found), {
    action: 'mdt_add_action',
    run: async (h) => {
      const meeting = found.meeting!;
      requireEditable(meeting);
      if (!meeting.attendees.some((a) => a.user_id === body.ownerUserId)) {
        throw refused('body.ownerUserId', 'mdt.action.ownerNotAttendee');
      }
      const id = newId();
      const at = toStoredTime(h.now);
      await insertAction(h.db, {
        id,
        entry_id: entryId,
        meeting_id: meetingId,
        text: h.seal('mdt_action', 'text', id, body.text),
        owner_user_id: body.ownerUserId,
        due_at: toStoredTime(new Date(body.dueAt)),
        done_at: null,
        done_by: null,
        escalated_at: null,
        created_by: actor.userId,
        created_at: at,
      });
      h.record({
        event: 'mdt.written',
        youthId: found.entry!.youth_id,
        recordType: 'mdt_action',
        recordId: id,
        fields: ['text', 'owner_user_id', 'due_at'],
        outcome: 'success',
        details: { kind: 'action', meeting_id: meetingId },
      });
      return id;
    },
  });
}
