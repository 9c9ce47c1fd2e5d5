import type { Role } from '@harbor/core';
import { type Kysely, sql } from 'kysely';
import type { RolePermissionTable } from '../../access/role-permissions.js';
import type { Database } from '../../db/schema.js';

/** At most this many people are listed for one lookup. */
export const MAX_DIRECTORY_RESULTS = 20;

/** `q` as a LIKE pattern matching text that starts with it (%, _ and \ taken literally). */
function startsWith(q: string): string {
  return `${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * People of any agency who could join a youth's care team: active users whose role may read youth records, whose
 * name (any word of it) or e-mail address starts with `q`. Case is ignored; accents are not folded.
 */
export async function searchDirectory(db: Kysely<Database>, permissions: RolePermissionTable, q: string) {
  const roles = (Object.keys(permissions) as Role[]).filter((role) => permissions[role].has('youth.read'));
  if (roles.length === 0) return [];
  const prefix = startsWith(q.trim());
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.display_name', 'u.role', 'u.agency_id', 'a.name as agency_name'])
    .where('u.status', '=', 'active')
    .where('u.role', 'in', roles)
    .where((eb) =>
      eb.or([
        sql<boolean>`lower(u.display_name) like ${prefix} escape '\\'`,
        sql<boolean>`lower(u.display_name) like ${`% ${prefix}`} escape '\\'`,
        sql<boolean>`u.email like ${prefix} escape '\\'`,
      ]),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .limit(MAX_DIRECTORY_RESULTS)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    role: r.role,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
  }));
}
