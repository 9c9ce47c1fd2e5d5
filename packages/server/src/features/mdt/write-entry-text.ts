import type { NoteClass } from '@harbor/core';
import { newId, toStoredTime } from '../../db/ids.js';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { entryTarget, type MeetingFound, refused, requireEditable } from './mdt-rules.js';
import { insertEntryText } from './queries.js';

/**
 * Writes about a youth at a meeting: an agenda item a member adds, a note in its field class, or a decision (the
 * protocol class), encrypted. Only until sign-off, by the chair or a member who may change the youth's records; a
 * note is written only in a class its writer sees.
 */
export async function writeEntryText(input: {
  gate: RecordsGate;
  actor: Actor;
  meetingId: string;
  entryId: string;
  kind: 'agenda' | 'note' | 'decision';
  text: string;
  fieldClass?: NoteClass;
}): Promise<string> {
  const { gate, actor, meetingId, entryId, kind, text } = input;
  const fieldClass = input.fieldClass ?? 'protocol';
  const found: { entry?: MdtEntryTable; meeting?: MeetingFound } = {};
  return gate.write(actor, entryTarget(actor, meetingId, entryId, found), {
    action: `mdt_write_${kind}`,
    run: async (h) => {
      requireEditable(found.meeting!);
      if (!h.classes.has(fieldClass)) throw refused('body.fieldClass', 'error.forbidden');
      if (fieldClass === 'clinical' && !actor.permissions.has('clinical_notes.write')) {
        throw refused('body.fieldClass', 'error.forbidden');
      }
      const id = newId();
      await insertEntryText(h.db, {
        id,
        entry_id: entryId,
        kind,
        field_class: fieldClass,
        text: h.seal('mdt_entry_text', 'text', id, text),
        author_user_id: actor.userId,
        at: toStoredTime(h.now),
      });
      h.record({
        event: 'mdt.written',
        youthId: found.entry!.youth_id,
        recordType: 'mdt_entry_text',
        recordId: id,
        fields: ['text'],
        outcome: 'success',
        details: { kind, meeting_id: meetingId },
      });
      return id;
    },
  });
}
