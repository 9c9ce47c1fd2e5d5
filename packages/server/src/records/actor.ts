import { isRole, type Permission } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { RolePermissions } from '../access/role-permissions.js';
import type { Database } from '../db/schema.js';

/**
 * Who acts: the one description of a signed-in person that every use case receives (made once per request from the
 * session, the role's permissions, which are data, and the agency's kind). The field rules read role, agency kind and
 * permissions; need-to-know reads the user and agency ids; the audit trail records ids and the address.
 */
export interface Actor {
  userId: string;
  role: string;
  agencyId: string;
  agencyKind: string;
  displayName: string;
  email: string;
  permissions: ReadonlySet<Permission>;
  ip?: string | undefined;
}

/** The audit fields naming the actor. */
export const actorFields = (actor: Actor) => ({
  actorUserId: actor.userId,
  actorAgencyId: actor.agencyId,
  ...(actor.ip ? { ip: actor.ip } : {}),
});

/**
 * Makes the actor of a signed-in user: the role's permissions from the role-permission table (data) and the agency's
 * kind (the field rules follow it), read once per request.
 */
export async function actorFor(
  db: Kysely<Database>,
  permissions: RolePermissions,
  user: { id: string; role: string; agency_id: string; display_name: string; email: string },
  ip?: string,
): Promise<Actor> {
  const table = await permissions.table();
  const agency = await db.selectFrom('agency').select('kind').where('id', '=', user.agency_id).executeTakeFirst();
  return {
    userId: user.id,
    role: user.role,
    agencyId: user.agency_id,
    agencyKind: agency?.kind ?? 'other',
    displayName: user.display_name,
    email: user.email,
    permissions: isRole(user.role) ? table[user.role] : new Set(),
    ip,
  };
}
