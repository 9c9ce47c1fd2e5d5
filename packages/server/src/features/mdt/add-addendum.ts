import { mayAddAddendum } from '@harbor/core';
import type { Kysely } from 'kysely';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { conflicting, entryTarget, type MeetingFound, meetingChange, meetingFor } from './mdt-rules.js';
import { insertAddendum } from './queries.js';

/** After sign-off the minutes change only this way: an addendum (text, by, at) to the meeting or to one entry. */
export async function addAddendum(input: {
  services: Pick<Services, 'database' | 'auditKey' | 'gate'>;
  actor: Actor;
  meetingId: string;
  body: { text: string; entryId?: string | undefined };
}): Promise<string> {
  const { services, actor, meetingId, body } = input;
  const { gate } = services;
  const check = (found: MeetingFound) => {
    if (!mayAddAddendum(found.meeting.status)) {
      throw conflicting(found.meeting.status === 'cancelled' ? 'mdt.meeting.cancelled' : 'mdt.minutes.notSigned');
    }
    if (found.role === 'guest') throw conflicting('mdt.meeting.attendeesOnly');
  };
  const write = async (db: Kysely<Database>, id: string, seal: (text: string) => string, entryId: string | null) =>
    insertAddendum(db, {
      id,
      meeting_id: meetingId,
      entry_id: entryId,
      text: seal(body.text),
      author_user_id: actor.userId,
      at: toStoredTime(gate.now()),
    });
  const entryId = body.entryId;
  if (!entryId) {
    // For the meeting as a whole: no youth named.
    return meetingChange(services, actor, gate.now(), async (trx) => {
      check(await meetingFor(trx, actor, meetingId));
      const id = newId();
      await write(trx, id, (text) => gate.sealValue('mdt_addendum', 'text', id, text), null);
      return { result: id, event: 'mdt.addendum_added', recordId: meetingId };
    });
  }
  const found: { entry?: MdtEntryTable; meeting?: MeetingFound } = {};
  return gate.write(actor, entryTarget(actor, meetingId, entryId, found), {
    action: 'mdt_add_addendum',
    run: async (h) => {
      check(found.meeting!);
      const id = newId();
      await write(h.db, id, (text) => h.seal('mdt_addendum', 'text', id, text), entryId);
      h.record({
        event: 'mdt.addendum_added',
        youthId: found.entry!.youth_id,
        recordType: 'mdt_addendum',
        recordId: id,
        fields: ['text'],
        outcome: 'success',
        details: { meeting_id: meetingId },
      });
      return id;
    },
  });
}
