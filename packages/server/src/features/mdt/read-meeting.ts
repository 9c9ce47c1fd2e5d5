import { type FieldClass, type Locale, MDT_ENTRY_RECORD_TYPE, meetingPowers } from '@harbor/core';
import type { MdtEntryTable } from '../../db/tables/mdt.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { ListHandle, RecordsGate } from '../../records/gate.js';
import { youthLabels } from '../youth/youth-facts.js';
import { agendaOf } from './agenda.js';
import { meetingFor } from './mdt-rules.js';
import {
  actionsOf,
  addendaOf,
  disclosuresOfEntries,
  entriesOf,
  meetingType,
  recipientsOf,
  textsOf,
  userNames,
} from './queries.js';

/**
 * A meeting as its chair or an attendee sees it. Each youth on the roster is decided by the records gate for this
 * reader at this meeting: a youth the reader may not see is `{ entryId, restricted: true }` and nothing else; the
 * others carry their name and what the reader's classes (or a disclosure's, at this meeting only) allow, each
 * audited as a read of that youth.
 */
export async function readMeeting(input: {
  gate: RecordsGate;
  actor: Actor;
  locale: Locale;
  timeZone: string;
  meetingId: string;
}) {
  const { gate, actor, locale, timeZone, meetingId } = input;
  const db = gate.db;
  const found = await meetingFor(db, actor, meetingId);
  const { meeting, attendees } = found;
  const entries = await entriesOf(db, meetingId);
  const opened = await gate.readMany(actor, { event: 'mdt.read', mdtMeetingId: meetingId }, (h) =>
    openEntries(h, entries, locale, timeZone),
  );
  const byId = new Map(opened.map((e) => [e.entryId, e]));
  const type = await meetingType(db, meeting.type_id);
  const addenda = (await addendaOf(db, meetingId)).filter((a) => a.entry_id === null);
  const names = await userNames(db, [
    meeting.chair_user_id,
    ...addenda.map((a) => a.author_user_id),
    meeting.signed_by ?? '',
  ]);
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? '' });
  return {
    id: meeting.id,
    type: { id: meeting.type_id, name: (locale === 'es' ? type?.name_es : type?.name_en) ?? meeting.type_id },
    startsAt: meeting.starts_at,
    durationMinutes: meeting.duration_minutes,
    place: meeting.place,
    link: meeting.link,
    status: meeting.status,
    chair: person(meeting.chair_user_id),
    attendees: attendees.map((a) => ({
      userId: a.user_id,
      name: a.display_name,
      agencyName: a.agency_name,
      staffRole: a.role,
      meetingRole: a.meeting_role,
      attendance: a.attendance,
    })),
    entries: entries.map((e) => byId.get(e.id) ?? { entryId: e.id, restricted: true as const }),
    addenda: addenda.map((a) => ({
      id: a.id,
      entryId: null,
      text: gate.openValue('mdt_addendum', 'text', a.id, a.text),
      by: person(a.author_user_id),
      at: a.at,
    })),
    signedAt: meeting.signed_at,
    signedBy: meeting.signed_by ? person(meeting.signed_by) : null,
    may: meetingPowers(found.role, meeting.status),
  };
}

/** The entries the gate lets this reader see at this meeting, each with what its classes allow. */
async function openEntries(h: ListHandle, entries: MdtEntryTable[], locale: Locale, timeZone: string) {
  const decided = await h.decide(
    entries.map((e) => e.youth_id),
    MDT_ENTRY_RECORD_TYPE,
  );
  const visible = entries.filter((e) => decided.has(e.youth_id));
  const ids = visible.map((e) => e.id);
  const [texts, actions, disclosures, addenda, labels] = await Promise.all([
    textsOf(h.db, ids),
    actionsOf(h.db, ids),
    disclosuresOfEntries(h.db, ids),
    addendaOf(h.db, visible[0]?.meeting_id ?? ''),
    youthLabels(
      h,
      visible.map((e) => e.youth_id),
    ),
  ]);
  const recipients = await recipientsOf(
    h.db,
    disclosures.map((d) => d.id),
  );
  const names = await userNames(h.db, [
    ...texts.map((t) => t.author_user_id),
    ...actions.flatMap((a) => [a.owner_user_id, a.done_by ?? '']),
    ...disclosures.map((d) => d.by_user_id),
    ...addenda.map((a) => a.author_user_id),
  ]);
  const person = (userId: string) => ({ userId, name: names.get(userId) ?? '' });
  const agendas = await agendaOf(h, visible, locale, timeZone);
  return visible.map((e) => {
    const { access, classes } = decided.get(e.youth_id)!;
    const protocol = <T>(value: T, author?: string) => classed('protocol', value, { author: author ?? null });
    const open = (table: string, row: { id: string; text: string }) => h.open(table, 'text', row.id, row.text);
    const mine = <T extends { entry_id: string }>(rows: T[]) => rows.filter((r) => r.entry_id === e.id);
    return {
      youthId: e.youth_id,
      recordType: MDT_ENTRY_RECORD_TYPE,
      recordId: e.id,
      view: {
        entryId: e.id,
        restricted: false as const,
        youthId: e.youth_id,
        displayName: classed('identity', labels.get(e.youth_id)?.name ?? ''),
        classes: [...classes] as FieldClass[],
        via: access === 'mdt_disclosure' ? ('disclosure' as const) : ('access' as const),
        agenda: [
          ...(agendas.get(e.id) ?? []),
          ...mine(texts)
            .filter((t) => t.kind === 'agenda')
            .map((t) =>
              protocol({ id: t.id, kind: 'member' as const, text: open('mdt_entry_text', t) }, t.author_user_id),
            ),
        ],
        notes: mine(texts)
          .filter((t) => t.kind === 'note')
          .map((t) =>
            classed(
              t.field_class as FieldClass,
              {
                id: t.id,
                fieldClass: t.field_class as 'protocol' | 'clinical' | 'safety',
                text: open('mdt_entry_text', t),
                by: person(t.author_user_id),
                at: t.at,
              },
              { author: t.author_user_id },
            ),
          ),
        decisions: mine(texts)
          .filter((t) => t.kind === 'decision')
          .map((t) =>
            protocol(
              { id: t.id, text: open('mdt_entry_text', t), by: person(t.author_user_id), at: t.at },
              t.author_user_id,
            ),
          ),
        actions: mine(actions).map((a) =>
          protocol({
            id: a.id,
            text: open('mdt_action', a),
            owner: person(a.owner_user_id),
            dueAt: a.due_at,
            doneAt: a.done_at,
            doneBy: a.done_by ? person(a.done_by) : null,
          }),
        ),
        disclosures: mine(disclosures).map((d) =>
          protocol({
            id: d.id,
            basis: d.basis,
            to:
              d.to_all === 1
                ? ('all' as const)
                : recipients.filter((r) => r.disclosure_id === d.id).map((r) => r.user_id),
            classes: JSON.parse(d.classes) as ('identity' | 'protocol' | 'contact' | 'safety' | 'clinical')[],
            at: d.at,
            by: person(d.by_user_id),
          }),
        ),
        addenda: addenda
          .filter((a) => a.entry_id === e.id)
          .map((a) =>
            protocol({
              id: a.id,
              entryId: e.id,
              text: h.open('mdt_addendum', 'text', a.id, a.text),
              by: person(a.author_user_id),
              at: a.at,
            }),
          ),
      },
    };
  });
}
