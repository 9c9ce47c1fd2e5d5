import { SHARING_STATUSES, type YouthAccessFacts } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';

/**
 * The rows need-to-know is decided from: a youth's current care team (members not removed: only the actor, and for a
 * supervisor the members of the actor's agency, matter), the actor's break-glass grants on the youth, the open
 * referrals of the youth to the actor's agency (with the sections each shares) and, asked about one MDT meeting, the
 * disclosures at it naming the actor (with the classes each opens).
 */
export async function accessFacts(
  db: Kysely<Database>,
  actor: Actor,
  youthId: string,
  meetingId?: string | null,
): Promise<YouthAccessFacts> {
  const members = (await membersOf(db, actor, [youthId])).map((m) => ({ userId: m.user_id, agencyId: m.agency_id }));
  // A member (or a supervisor of an agency on the team) reads as such whatever grants there are: no need to look.
  const enough = members.some((m) => m.userId === actor.userId || actor.role === 'supervisor');
  if (enough) return { members, grants: [] };
  const referrals = await referralsOf(db, actor, [youthId]);
  const disclosures = meetingId ? await disclosuresTo(db, actor, [youthId], meetingId) : [];
  return { members, grants: await grantsOf(db, actor, [youthId]), referrals, disclosures };
}

/**
 * The disclosures at one MDT meeting naming the actor (of these youth; a meeting cancelled discloses nothing more),
 * with the classes each opens: they open that meeting's roster entry of the youth, nothing else.
 */
async function disclosuresTo(db: Kysely<Database>, actor: Actor, ids: readonly string[], meetingId: string) {
  const rows = await db
    .selectFrom('mdt_disclosure as d')
    .innerJoin('mdt_disclosure_recipient as r', 'r.disclosure_id', 'd.id')
    .innerJoin('mdt_meeting as m', 'm.id', 'd.meeting_id')
    .select(['d.youth_id', 'd.classes'])
    .where('d.meeting_id', '=', meetingId)
    .where('d.youth_id', 'in', [...ids])
    .where('r.user_id', '=', actor.userId)
    .where('m.status', '!=', 'cancelled')
    .execute();
  return rows.map((r) => ({ youthId: r.youth_id, classes: JSON.parse(r.classes) as string[] }));
}

/** The open referrals (sent, not closed) of these youth to the actor's agency, with the sections each shares. */
async function referralsOf(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const rows = await db
    .selectFrom('referral')
    .select(['youth_id', 'sections'])
    .where('youth_id', 'in', [...ids])
    .where('receiving_agency_id', '=', actor.agencyId)
    .where('status', 'in', [...SHARING_STATUSES])
    .execute();
  return rows.map((r) => ({ youthId: r.youth_id, sections: JSON.parse(r.sections) as string[] }));
}

/** The current members of these youths' care teams who matter to the actor: the actor, and for a supervisor their agency. */
function membersOf(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  return db
    .selectFrom('care_team_member')
    .select(['youth_id', 'user_id', 'agency_id'])
    .where('youth_id', 'in', [...ids])
    .where('removed_at', 'is', null)
    .where((eb) =>
      actor.role === 'supervisor'
        ? eb.or([eb('user_id', '=', actor.userId), eb('agency_id', '=', actor.agencyId)])
        : eb('user_id', '=', actor.userId),
    )
    .execute();
}

/** The actor's break-glass grants on this youth (any age: the decision compares them with the time). */
async function grantsOf(db: Kysely<Database>, actor: Actor, ids: readonly string[]) {
  const rows = await db
    .selectFrom('break_glass_grant')
    .select(['youth_id', 'expires_at'])
    .where('youth_id', 'in', [...ids])
    .where('user_id', '=', actor.userId)
    .execute();
  return rows.map((g) => ({ youthId: g.youth_id, expiresAt: g.expires_at }));
}

/** The same for many youth at once (three queries whatever their number). */
export async function accessFactsMany(
  db: Kysely<Database>,
  actor: Actor,
  youthIds: readonly string[],
  meetingId?: string | null,
): Promise<Map<string, YouthAccessFacts>> {
  const facts = new Map<
    string,
    {
      members: { userId: string; agencyId: string }[];
      grants: { expiresAt: string }[];
      referrals: { sections: string[] }[];
      disclosures: { classes: string[] }[];
    }
  >();
  const ids = [...new Set(youthIds)];
  if (ids.length === 0) return facts;
  for (const id of ids) facts.set(id, { members: [], grants: [], referrals: [], disclosures: [] });
  for (const m of await membersOf(db, actor, ids)) {
    facts.get(m.youth_id)?.members.push({ userId: m.user_id, agencyId: m.agency_id });
  }
  for (const g of await grantsOf(db, actor, ids)) facts.get(g.youthId)?.grants.push({ expiresAt: g.expiresAt });
  for (const r of await referralsOf(db, actor, ids)) facts.get(r.youthId)?.referrals.push({ sections: r.sections });
  if (meetingId) {
    for (const d of await disclosuresTo(db, actor, ids, meetingId)) {
      facts.get(d.youthId)?.disclosures.push({ classes: d.classes });
    }
  }
  return facts;
}
