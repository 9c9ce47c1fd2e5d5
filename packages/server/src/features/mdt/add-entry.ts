import { newId, toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { conflicting, meetingFor, requireEditable } from './mdt-rules.js';
import { entryOfYouth, insertEntry } from './queries.js';

/**
 * Puts a youth on a meeting's roster: the chair or a member who may change the youth's records (the records gate
 * decides; anyone else is answered 404).
 */
export async function addEntry(input: {
  gate: RecordsGate;
  actor: Actor;
  meetingId: string;
  youthId: string;
}): Promise<string> {
  const { gate, actor, meetingId, youthId } = input;
  return gate.write(
    actor,
    { youthId },
    {
      action: 'mdt_add_entry',
      run: async (h) => {
        requireEditable(await meetingFor(h.db, actor, meetingId));
        if (await entryOfYouth(h.db, meetingId, youthId)) throw conflicting('mdt.entry.already');
        const id = newId();
        await insertEntry(h.db, {
          id,
          meeting_id: meetingId,
          youth_id: youthId,
          added_by: actor.userId,
          added_at: toStoredTime(h.now),
        });
        h.record({
          event: 'mdt.entry_added',
          youthId,
          recordType: 'mdt_entry',
          recordId: id,
          outcome: 'success',
          details: { meeting_id: meetingId },
        });
        return id;
      },
    },
  );
}
