import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * What the audit log (the admin feature) asks of the youth feature's tables: which records a short reference stands
 * for, and who the people are that care-team and break-glass entries are about. Ids only, never a youth's data.
 */

type Db = Kysely<Database>;

/** At most this many records are taken for one reference (a reference is shared by two records very rarely). */
const MAX_RECORDS_PER_REFERENCE = 20;

/** The youth records whose id ends with this suffix (8 lower-case hex digits: a parsed record reference). */
export async function youthIdsWithReference(db: Db, suffix: string): Promise<string[]> {
  if (!/^[0-9a-f]{8}$/.test(suffix)) return [];
  const rows = await db
    .selectFrom('youth')
    .select('id')
    .where('id', 'like', `%${suffix}`)
    .limit(MAX_RECORDS_PER_REFERENCE)
    .execute();
  return rows.map((r) => r.id);
}

/** The person each care-team membership is of (an entry about adding or removing a member names the membership). */
export async function usersOfMemberships(db: Db, memberIds: readonly string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('care_team_member')
    .select(['id', 'user_id'])
    .where('id', 'in', [...new Set(memberIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.user_id]));
}

/** The person who used each break-glass grant (an entry about reviewing an access names the grant). */
export async function usersOfGrants(db: Db, grantIds: readonly string[]): Promise<Map<string, string>> {
  if (grantIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('break_glass_grant')
    .select(['id', 'user_id'])
    .where('id', 'in', [...new Set(grantIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.user_id]));
}
