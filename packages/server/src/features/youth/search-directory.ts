import type { Role } from '@harbor/core';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { RolePermissionTable } from '../../access/role-permissions.js';
import type { Database } from '../../db/schema.js';

/** At most this many people are listed for one lookup. */
export const MAX_DIRECTORY_RESULTS = 20;
/** Outside the caller's agency, how much of the given name and of the family name a lookup must give. */
export const OUTSIDE_NAME_PART = 3;

/** `q` as a LIKE pattern, %, _ and \ taken literally. */
function literal(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * What finds someone of another agency (issue 13, item 10): their whole e-mail address, or the start of their given
 * name and of a later word of their name (the family name), at least OUTSIDE_NAME_PART letters each ("Tom Bra" finds
 * Tom Bradley). Nothing else: a two-letter prefix no longer lists every agency's staff.
 */
function outsideMatch(q: string): Expression<SqlBool> | undefined {
  if (q.includes('@')) return sql<SqlBool>`u.email = ${q}`;
  const words = q.split(/\s+/);
  const [given, family] = [words[0] ?? '', words.at(-1) ?? ''];
  if (words.length < 2 || given.length < OUTSIDE_NAME_PART || family.length < OUTSIDE_NAME_PART) return undefined;
  return sql<SqlBool>`lower(u.display_name) like ${`${literal(given)}% ${literal(family)}%`} escape '\\'`;
}

/**
 * People who could join a youth's care team: active users whose role may read youth records. In the caller's own
 * agency, those whose name (any word of it) or e-mail address starts with `q`, with their role; in another agency, only
 * on a fuller match (outsideMatch), and only their name and agency (and the id that adds them). Case is ignored;
 * accents are not folded.
 */
export async function searchDirectory(
  db: Kysely<Database>,
  permissions: RolePermissionTable,
  caller: { agencyId: string },
  q: string,
) {
  const roles = (Object.keys(permissions) as Role[]).filter((role) => permissions[role].has('youth.read'));
  if (roles.length === 0) return [];
  const query = q.trim().toLowerCase();
  const prefix = `${literal(query)}%`;
  const outside = outsideMatch(query);
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.agency_id', 'a.name as agency_name'])
    .where('u.status', '=', 'active')
    .where('u.role', 'in', roles)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('u.agency_id', '=', caller.agencyId),
          eb.or([
            sql<boolean>`lower(u.display_name) like ${prefix} escape '\\'`,
            sql<boolean>`lower(u.display_name) like ${`% ${prefix}`} escape '\\'`,
            sql<boolean>`u.email like ${prefix} escape '\\'`,
          ]),
        ]),
        ...(outside ? [eb.and([eb('u.agency_id', '!=', caller.agencyId), outside])] : []),
      ]),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(MAX_DIRECTORY_RESULTS)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    ...(r.agency_id === caller.agencyId ? { role: r.role } : {}),
    agencyId: r.agency_id,
    agencyName: r.agency_name,
  }));
}
