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

const CACHE_MS = 30_000;

/**
 * The kind of each agency (the field rules follow it), read through a short cache as the role permissions are: a
 * change takes effect at once in the process that made it (`invalidate`) and within 30 seconds in the others.
 */
export class AgencyKinds {
  readonly #kinds = new Map<string, { kind: string; at: number }>();

  constructor(private readonly db: Kysely<Database>) {}

  async of(agencyId: string, now = Date.now()): Promise<string> {
    const cached = this.#kinds.get(agencyId);
    if (cached && now - cached.at <= CACHE_MS) return cached.kind;
    const row = await this.db.selectFrom('agency').select('kind').where('id', '=', agencyId).executeTakeFirst();
    // An agency that does not exist (it cannot, by the foreign key) gets the narrowest ceiling there is.
    const kind = row?.kind ?? 'police';
    this.#kinds.set(agencyId, { kind, at: now });
    return kind;
  }

  invalidate(): void {
    this.#kinds.clear();
  }
}

/**
 * Makes the actor of a signed-in user: the role's permissions from the role-permission table (data) and the agency's
 * kind (the field rules follow it), both through short caches.
 */
export async function actorFor(
  agencyKinds: AgencyKinds,
  permissions: RolePermissions,
  user: { id: string; role: string; agency_id: string; display_name: string; email: string },
  ip?: string,
): Promise<Actor> {
  const table = await permissions.table();
  return {
    userId: user.id,
    role: user.role,
    agencyId: user.agency_id,
    agencyKind: await agencyKinds.of(user.agency_id),
    displayName: user.display_name,
    email: user.email,
    permissions: isRole(user.role) ? table[user.role] : new Set(),
    ip,
  };
}
