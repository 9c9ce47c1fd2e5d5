import type { Kysely, Selectable } from 'kysely';
import { newId, toStoredTime } from '../db/ids.js';
import type { Database, OneTimeLinkTable } from '../db/schema.js';
import { normaliseEmail } from './accounts.js';
import { hashToken, newToken } from './tokens.js';

export type OneTimeLink = Selectable<OneTimeLinkTable>;

export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60_000;
export const INVITATION_LIFETIME_MS = 72 * 60 * 60_000;

/**
 * A single-use link to create the first administrator, valid 24 hours. Any earlier set-up link that
 * was not used stops working, so only the newest printed link is live.
 */
export async function createSetupLink(db: Kysely<Database>, now = new Date()): Promise<string> {
  const token = newToken();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('one_time_link')
      .set({ expires_at: toStoredTime(now) })
      .where('kind', '=', 'setup')
      .where('used_at', 'is', null)
      .where('expires_at', '>', toStoredTime(now))
      .execute();
    await trx
      .insertInto('one_time_link')
      .values({
        id: newId(),
        kind: 'setup',
        token_hash: hashToken(token),
        email: null,
        agency_id: null,
        role: null,
        created_by: null,
        created_at: toStoredTime(now),
        expires_at: toStoredTime(new Date(now.getTime() + SETUP_LINK_LIFETIME_MS)),
        used_at: null,
      })
      .execute();
  });
  return token;
}

/**
 * A single-use link inviting a person into an agency with a role, valid 72 hours. Returns the token, which only the
 * link holds (the database keeps its hash). Run it in the transaction that audits the invitation.
 */
export async function createInvitationLink(
  db: Kysely<Database>,
  invitation: { email: string; agencyId: string; role: string; createdBy: string },
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: string }> {
  const token = newToken();
  const id = newId();
  const expiresAt = toStoredTime(new Date(now.getTime() + INVITATION_LIFETIME_MS));
  await db
    .insertInto('one_time_link')
    .values({
      id,
      kind: 'invitation',
      token_hash: hashToken(token),
      email: normaliseEmail(invitation.email),
      agency_id: invitation.agencyId,
      role: invitation.role,
      created_by: invitation.createdBy,
      created_at: toStoredTime(now),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { id, token, expiresAt };
}

/**
 * Marks a live link of the given kind used and returns it, or undefined when the token is unknown,
 * expired or already used. The conditional update makes two concurrent uses impossible.
 */
export async function consumeLink(
  db: Kysely<Database>,
  token: string,
  kind: OneTimeLink['kind'],
  now = new Date(),
): Promise<OneTimeLink | undefined> {
  if (!token || token.length > 100) return undefined;
  const tokenHash = hashToken(token);
  const result = await db
    .updateTable('one_time_link')
    .set({ used_at: toStoredTime(now) })
    .where('token_hash', '=', tokenHash)
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .where('expires_at', '>', toStoredTime(now))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('one_time_link').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
