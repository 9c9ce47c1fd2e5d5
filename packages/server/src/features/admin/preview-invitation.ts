import type { Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { harborErrorWithMessage } from '../../errors.js';
import { hashToken } from '../../identity/tokens.js';

/**
 * What an open invitation is for, shown to whoever holds its link before they accept: the address the account will
 * sign in with, the role and the agency. Nothing is spent. A link that is unknown, used, withdrawn or expired is not
 * found, with the same message as at acceptance.
 */
export async function previewInvitation(input: { db: Kysely<Database>; token: string; now?: Date }) {
  const now = input.now ?? new Date();
  const row = await input.db
    .selectFrom('one_time_link as l')
    .innerJoin('agency as a', 'a.id', 'l.agency_id')
    .select(['l.email', 'l.role', 'l.expires_at', 'a.name as agency_name'])
    .where('l.token_hash', '=', hashToken(input.token))
    .where('l.kind', '=', 'invitation')
    .where('l.used_at', 'is', null)
    .where('l.revoked_at', 'is', null)
    .where('l.expires_at', '>', toStoredTime(now))
    .executeTakeFirst();
  if (!row?.email || !row.role) throw harborErrorWithMessage('not_found', 'invitation.invalid', 'bad invitation');
  return { email: row.email, role: row.role as Role, agencyName: row.agency_name, expiresAt: row.expires_at };
}
