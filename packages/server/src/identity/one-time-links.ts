import type { Kysely, Selectable } from 'kysely';
import { newId, toStoredTime } from '../db/ids.js';
import type { Database, OneTimeLinkTable } from '../db/schema.js';
import { lockUser, normaliseEmail } from './accounts.js';
import { hashToken, newToken } from './tokens.js';

export type OneTimeLink = Selectable<OneTimeLinkTable>;

export const SETUP_LINK_LIFETIME_MS = 24 * 60 * 60_000;
export const INVITATION_LIFETIME_MS = 72 * 60 * 60_000;
/** A reset link sent by e-mail ("Forgot your password?") works for an hour. */
export const EMAILED_RESET_LIFETIME_MS = 60 * 60_000;
/** A reset link an administrator makes, to hand over by phone or in person, works for 24 hours. */
export const ADMIN_RESET_LIFETIME_MS = 24 * 60 * 60_000;

/** The columns a new link leaves empty. */
const UNUSED = { used_at: null, user_id: null, via: null, revoked_at: null, revoked_by: null } as const;

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
        ...UNUSED,
      })
      .execute();
  });
  return token;
}

/**
 * A single-use link inviting a person into an agency with a role, valid 72 hours. Returns the token, which only the
 * link holds (the database keeps its hash). An earlier open invitation of the same address is withdrawn: only the
 * newest one works. Run it in the transaction that audits the invitation.
 */
export async function createInvitationLink(
  db: Kysely<Database>,
  invitation: { email: string; agencyId: string; role: string; createdBy: string },
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: string; replaced: string[] }> {
  const token = newToken();
  const id = newId();
  const expiresAt = toStoredTime(new Date(now.getTime() + INVITATION_LIFETIME_MS));
  const email = normaliseEmail(invitation.email);
  const replaced = await db
    .updateTable('one_time_link')
    .set({ revoked_at: toStoredTime(now), revoked_by: invitation.createdBy })
    .where('kind', '=', 'invitation')
    .where('email', '=', email)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  await db
    .insertInto('one_time_link')
    .values({
      id,
      kind: 'invitation',
      token_hash: hashToken(token),
      email,
      agency_id: invitation.agencyId,
      role: invitation.role,
      created_by: invitation.createdBy,
      created_at: toStoredTime(now),
      expires_at: expiresAt,
      ...UNUSED,
    })
    .execute();
  return { id, token, expiresAt, replaced: replaced.map((r) => r.id) };
}

/**
 * A new token for an open link (a resent invitation), with a new lifetime from now. The earlier token stops working at
 * once. Undefined when the link was used or withdrawn meanwhile.
 */
export async function reissueLink(
  db: Kysely<Database>,
  id: string,
  lifetimeMs: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: string } | undefined> {
  const token = newToken();
  const expiresAt = toStoredTime(new Date(now.getTime() + lifetimeMs));
  const result = await db
    .updateTable('one_time_link')
    .set({ token_hash: hashToken(token), expires_at: expiresAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? { token, expiresAt } : undefined;
}

/** Withdraws an open link; false when it was used or withdrawn already. */
export async function revokeLink(
  db: Kysely<Database>,
  id: string,
  revokedBy: string | null,
  now = new Date(),
): Promise<boolean> {
  const result = await db
    .updateTable('one_time_link')
    .set({ revoked_at: toStoredTime(now), revoked_by: revokedBy })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An invitation by its id, whatever its state. */
export function findInvitation(db: Kysely<Database>, id: string): Promise<OneTimeLink | undefined> {
  return db
    .selectFrom('one_time_link')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'invitation')
    .executeTakeFirst();
}

/**
 * Invitations neither accepted nor withdrawn (expired ones too, which can be sent again), newest first; only one
 * agency's when `agencyId` is given.
 */
export async function listOpenInvitations(db: Kysely<Database>, scope: { agencyId?: string } = {}) {
  let query = db
    .selectFrom('one_time_link as l')
    .leftJoin('app_user as u', 'u.id', 'l.created_by')
    .select([
      'l.id',
      'l.email',
      'l.role',
      'l.agency_id',
      'l.created_at',
      'l.expires_at',
      'u.display_name as invited_by',
    ])
    .where('l.kind', '=', 'invitation')
    .where('l.used_at', 'is', null)
    .where('l.revoked_at', 'is', null)
    .orderBy('l.created_at', 'desc');
  if (scope.agencyId) query = query.where('l.agency_id', '=', scope.agencyId);
  return query.execute();
}

/**
 * A single-use link for a person to choose a new password: by e-mail (an hour) or made by an administrator (24
 * hours). Every earlier open reset link of the person is withdrawn, so only the newest works. Run it in the
 * transaction that audits it.
 */
export async function createPasswordResetLink(
  db: Kysely<Database>,
  reset: {
    userId: string;
    email: string;
    createdBy: string | null;
    via: 'email' | 'admin' | 'cli';
    lifetimeMs: number;
  },
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: string }> {
  await lockUser(db, reset.userId);
  await retirePasswordResetLinks(db, reset.userId, reset.createdBy, now);
  const token = newToken();
  const id = newId();
  const expiresAt = toStoredTime(new Date(now.getTime() + reset.lifetimeMs));
  await db
    .insertInto('one_time_link')
    .values({
      id,
      kind: 'password_reset',
      token_hash: hashToken(token),
      email: normaliseEmail(reset.email),
      agency_id: null,
      role: null,
      created_by: reset.createdBy,
      created_at: toStoredTime(now),
      expires_at: expiresAt,
      ...UNUSED,
      user_id: reset.userId,
      via: reset.via,
    })
    .execute();
  return { id, token, expiresAt };
}

/** Withdraws every open reset link of a person (a newer one was made, or the password was just set). */
export async function retirePasswordResetLinks(
  db: Kysely<Database>,
  userId: string,
  by: string | null,
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('one_time_link')
    .set({ revoked_at: toStoredTime(now), revoked_by: by })
    .where('kind', '=', 'password_reset')
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

/** How many reset links were e-mailed to a person since a time (those made by an administrator do not count). */
export async function countEmailedResetLinks(db: Kysely<Database>, userId: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('one_time_link')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'password_reset')
    .where('user_id', '=', userId)
    .where('via', '=', 'email')
    .where('created_at', '>', toStoredTime(since))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Marks a live link of the given kind used and returns it, or undefined when the token is unknown,
 * expired, withdrawn or already used. The conditional update makes two concurrent uses impossible.
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
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', toStoredTime(now))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return db.selectFrom('one_time_link').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
