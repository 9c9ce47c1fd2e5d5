import { AUDIT_AGENCY_DETAIL_KEYS, type YouthAccess, youthRecordReference } from '@harbor/core';
import type { AuditRecord } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { RecordsGate } from '../../records/gate.js';
import { usersOfGrants, usersOfMemberships, youthNames } from '../youth/youth-facts.js';

/** Who may see a youth named in the audit log: their agency on the care team (or they on it), never by break-glass. */
const namesYouth = (access: YouthAccess | undefined) => access === 'care_team' || access === 'agency_supervisor';

/** Record types whose id is a user's. */
const USER_RECORDS = new Set(['user', 'app_user']);

/**
 * The names a page of audit entries needs, for this reader: the people it names (who acted, and whom an entry is
 * about: an account changed, a care-team member added or removed, the person whose emergency access was reviewed),
 * the agencies (of who acted, and in the details), and each youth's short record reference. A youth is named only
 * when the reader may see that youth's identity (a supervisor of an agency on the care team): through the records
 * gate, so each youth named is audited as a read of their name (`via` says from where). An administrator, who reads
 * no youth records, gets references only.
 */
export async function nameAuditEntries(input: {
  gate: RecordsGate;
  actor: Actor;
  entries: readonly AuditRecord[];
  via: 'audit_search' | 'audit_export';
}) {
  const { gate, actor, entries } = input;
  const db = gate.db;

  const members = await usersOfMemberships(
    db,
    entries.flatMap((e) => (e.recordType === 'care_team_member' && e.recordId ? [e.recordId] : [])),
  );
  const visitors = await usersOfGrants(
    db,
    entries.flatMap((e) => (e.event === 'access.break_glass_reviewed' && e.recordId ? [e.recordId] : [])),
  );
  const subjectOf = (e: AuditRecord): string | null => {
    if (!e.recordId) return null;
    const subject = USER_RECORDS.has(e.recordType ?? '')
      ? e.recordId
      : e.recordType === 'care_team_member'
        ? members.get(e.recordId)
        : e.event === 'access.break_glass_reviewed'
          ? visitors.get(e.recordId)
          : undefined;
    return subject && subject !== e.actorUserId ? subject : null;
  };
  const subjects = new Map(entries.map((e) => [e.seq, subjectOf(e)]));

  const userIds = [
    ...new Set(entries.flatMap((e) => [e.actorUserId, subjects.get(e.seq)]).filter((id): id is string => !!id)),
  ];
  const people = new Map(
    userIds.length === 0
      ? []
      : (await db.selectFrom('app_user').select(['id', 'display_name']).where('id', 'in', userIds).execute()).map(
          (u) => [u.id, u.display_name],
        ),
  );

  const agencyIds = [
    ...new Set(
      entries.flatMap((e) => [
        e.actorAgencyId,
        ...AUDIT_AGENCY_DETAIL_KEYS.map((key) => e.details[key]).filter((v) => typeof v === 'string'),
      ]),
    ),
  ].filter((id): id is string => !!id);
  const agencies: Record<string, string> = {};
  if (agencyIds.length > 0) {
    for (const a of await db.selectFrom('agency').select(['id', 'name']).where('id', 'in', agencyIds).execute()) {
      agencies[a.id] = a.name;
    }
  }

  const youthIds = [...new Set(entries.flatMap((e) => (e.youthId ? [e.youthId] : [])))];
  const youth =
    youthIds.length === 0
      ? []
      : await gate.readMany(actor, { event: 'youth.read', details: { via: input.via } }, async (h) => {
          const access = await h.accessTo(youthIds);
          const names = await youthNames(
            h,
            youthIds.filter((id) => namesYouth(access.get(id))),
          );
          return [...names].map(([id, name]) => ({
            youthId: id,
            recordType: 'youth',
            recordId: id,
            view: { id, displayName: classed('identity', name) },
          }));
        });

  return {
    entries: entries.map((e) => {
      const subjectUserId = subjects.get(e.seq) ?? null;
      return {
        ...e,
        actorName: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null,
        subjectUserId,
        subjectName: subjectUserId ? (people.get(subjectUserId) ?? null) : null,
        youthRef: e.youthId ? youthRecordReference(e.youthId) : null,
      };
    }),
    youth,
    agencies,
  };
}
