import type { Kysely } from 'kysely';
import { toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';
import type { User } from '../identity/accounts.js';

/** Why a user may see a youth's records, or null when they may not (the API then answers 404). */
export type YouthAccess = 'care_team' | 'agency_supervisor' | 'break_glass' | null;

export const BREAK_GLASS_MS = 60 * 60_000;

/**
 * Need-to-know (W&I 827): a user reads a youth's records when on that youth's care team, when a
 * supervisor of an agency on the team, or during a 60-minute break-glass grant. Everyone else is
 * told the record does not exist. The role's permissions are checked separately (route rule).
 */
export async function youthAccess(
  db: Kysely<Database>,
  user: Pick<User, 'id' | 'role' | 'agency_id'>,
  youthId: string,
  now = new Date(),
): Promise<YouthAccess> {
  const member = await db
    .selectFrom('care_team_member')
    .select('id')
    .where('youth_id', '=', youthId)
    .where('user_id', '=', user.id)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  if (member) return 'care_team';
  if (user.role === 'supervisor') {
    const agencyOnTeam = await db
      .selectFrom('care_team_member')
      .select('id')
      .where('youth_id', '=', youthId)
      .where('agency_id', '=', user.agency_id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (agencyOnTeam) return 'agency_supervisor';
  }
  const grant = await db
    .selectFrom('break_glass_grant')
    .select('id')
    .where('youth_id', '=', youthId)
    .where('user_id', '=', user.id)
    .where('expires_at', '>', toStoredTime(now))
    .executeTakeFirst();
  return grant ? 'break_glass' : null;
}

/**
 * youthAccess for many youth at once (search results, duplicate checks): the youth among `youthIds` the user may
 * read, each with the reason. Youth not in the map are outside the user's need-to-know.
 */
export async function youthAccessMany(
  db: Kysely<Database>,
  user: Pick<User, 'id' | 'role' | 'agency_id'>,
  youthIds: readonly string[],
  now = new Date(),
): Promise<Map<string, Exclude<YouthAccess, null>>> {
  const access = new Map<string, Exclude<YouthAccess, null>>();
  if (youthIds.length === 0) return access;
  const ids = [...new Set(youthIds)];
  const members = await db
    .selectFrom('care_team_member')
    .select(['youth_id', 'user_id'])
    .where('youth_id', 'in', ids)
    .where('removed_at', 'is', null)
    .where((eb) =>
      user.role === 'supervisor'
        ? eb.or([eb('user_id', '=', user.id), eb('agency_id', '=', user.agency_id)])
        : eb('user_id', '=', user.id),
    )
    .execute();
  for (const m of members) if (m.user_id === user.id) access.set(m.youth_id, 'care_team');
  for (const m of members) if (!access.has(m.youth_id)) access.set(m.youth_id, 'agency_supervisor');
  const grants = await db
    .selectFrom('break_glass_grant')
    .select('youth_id')
    .where('youth_id', 'in', ids)
    .where('user_id', '=', user.id)
    .where('expires_at', '>', toStoredTime(now))
    .execute();
  for (const g of grants) if (!access.has(g.youth_id)) access.set(g.youth_id, 'break_glass');
  return access;
}
