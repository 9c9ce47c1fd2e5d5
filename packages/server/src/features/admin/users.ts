import type { Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { HarborError } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { isLocked } from '../../identity/lockout.js';

/** The user an administrator acts on; not found when there is none. */
export async function findUser(db: Kysely<Database>, id: string): Promise<User> {
  const user = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user) throw new HarborError('not_found', 'no such user');
  return user;
}

/** A user as administration shows them (schemas.ts UserSummary). */
export function userSummary(u: User, now = new Date()) {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    role: u.role as Role,
    agencyId: u.agency_id,
    status: u.status,
    locked: isLocked(u, now),
    mfaEnrolled: u.totp_enrolled_at !== null,
    version: u.version,
  };
}
