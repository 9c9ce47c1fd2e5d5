import type { YouthAccessFacts } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Actor } from './actor.js';

/**
 * The rows need-to-know is decided from: a youth's current care team (members not removed: only the actor, and for a
 * supervisor the members of the actor's agency, matter) and the actor's break-glass grants on the youth.
 */
export async function accessFacts(db: Kysely<Database>, actor: Actor, youthId: string): Promise<YouthAccessFacts> {
  return (await accessFactsMany(db, actor, [youthId])).get(youthId) ?? { members: [], grants: [] };
}

/** The same for many youth at once (two queries whatever their number). */
export async function accessFactsMany(
  db: Kysely<Database>,
  actor: Actor,
  youthIds: readonly string[],
): Promise<Map<string, YouthAccessFacts>> {
  const facts = new Map<string, { members: { userId: string; agencyId: string }[]; grants: { expiresAt: string }[] }>();
  const ids = [...new Set(youthIds)];
  if (ids.length === 0) return facts;
  for (const id of ids) facts.set(id, { members: [], grants: [] });
  const members = await db
    .selectFrom('care_team_member')
    .select(['youth_id', 'user_id', 'agency_id'])
    .where('youth_id', 'in', ids)
    .where('removed_at', 'is', null)
    .where((eb) =>
      actor.role === 'supervisor'
        ? eb.or([eb('user_id', '=', actor.userId), eb('agency_id', '=', actor.agencyId)])
        : eb('user_id', '=', actor.userId),
    )
    .execute();
  for (const m of members) facts.get(m.youth_id)?.members.push({ userId: m.user_id, agencyId: m.agency_id });
  const grants = await db
    .selectFrom('break_glass_grant')
    .select(['youth_id', 'expires_at'])
    .where('youth_id', 'in', ids)
    .where('user_id', '=', actor.userId)
    .execute();
  for (const g of grants) facts.get(g.youth_id)?.grants.push({ expiresAt: g.expires_at });
  return facts;
}
