import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MdtActionTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import type { Located, RecordsGate } from '../../records/gate.js';
import { conflicting, meetingFor } from './mdt-rules.js';
import { loadAction, loadEntry, markActionDone } from './queries.js';

/**
 * Marks an action item done: an attendee of its meeting who may change the youth's records. Follow-up work outlives
 * the meeting: allowed after sign-off, not at a cancelled meeting.
 */
export async function completeAction(input: { gate: RecordsGate; actor: Actor; actionId: string }): Promise<void> {
  const { gate, actor, actionId } = input;
  const found: { row?: MdtActionTable; youthId?: string } = {};
  await gate.write(
    actor,
    {
      recordType: 'mdt_entry',
      recordId: actionId,
      locate: async (db: Kysely<Database>): Promise<Located | undefined> => {
        const row = await loadAction(db, actionId);
        const entry = row && (await loadEntry(db, row.entry_id));
        if (!row || !entry) return undefined;
        found.row = row;
        found.youthId = entry.youth_id;
        return { youthId: entry.youth_id, mdtMeetingId: row.meeting_id };
      },
    },
    {
      action: 'mdt_complete_action',
      run: async (h) => {
        const row = found.row!;
        const meeting = await meetingFor(h.db, actor, row.meeting_id);
        if (meeting.meeting.status === 'cancelled') throw conflicting('mdt.meeting.cancelled');
        if (!(await markActionDone(h.db, row.id, actor.userId, h.now))) throw conflicting('mdt.action.done');
        h.record({
          event: 'mdt.action_done',
          youthId: found.youthId!,
          recordType: 'mdt_action',
          recordId: row.id,
          outcome: 'success',
          details: { meeting_id: row.meeting_id },
        });
      },
    },
  );
}
