import type { AgencyKind, Locale, Role } from '@harbor/core';
import type { Kysely, Selectable } from 'kysely';
import { newId, toStoredTime } from '../db/ids.js';
import type { AgencyTable, AppUserTable, Database } from '../db/schema.js';
import { versionedInsertColumns } from '../db/versioned.js';
import { NO_PASSWORD_FAILURES } from './lockout.js';

export type Agency = Selectable<AgencyTable>;
export type User = Selectable<AppUserTable>;

/** E-mail addresses are compared trimmed, Unicode-normalised and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

export async function createAgency(
  db: Kysely<Database>,
  input: { name: string; kind: AgencyKind },
  now = new Date(),
): Promise<Agency> {
  const row = { id: newId(), name: input.name.trim(), kind: input.kind, ...versionedInsertColumns(now) };
  await db.insertInto('agency').values(row).execute();
  return row;
}

export async function createUser(
  db: Kysely<Database>,
  input: {
    agencyId: string;
    email: string;
    displayName: string;
    role: Role;
    passwordHash: string | null;
    locale?: Locale;
  },
  now = new Date(),
): Promise<User> {
  const id = newId();
  await db
    .insertInto('app_user')
    .values({
      id,
      agency_id: input.agencyId,
      email: normaliseEmail(input.email),
      display_name: input.displayName.trim(),
      role: input.role,
      status: 'active',
      locale: input.locale ?? 'en',
      password_hash: input.passwordHash,
      totp_secret: null,
      totp_enrolled_at: null,
      totp_last_step: null,
      first_failed_at: null,
      locked_until: null,
      oidc_issuer: null,
      oidc_subject: null,
      ...versionedInsertColumns(now),
    })
    .execute();
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db.selectFrom('app_user').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Forgets a person's second factor: the authenticator secret, its last used step, every recovery code, and the count
 * and lock of failed codes. Their next sign-in asks them to set up an authenticator again (a new secret, new recovery
 * codes). End their sessions with it.
 */
export async function clearSecondFactor(db: Kysely<Database>, userId: string, now = new Date()): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db
    .updateTable('app_user')
    .set((eb) => ({
      totp_secret: null,
      totp_enrolled_at: null,
      totp_last_step: null,
      failed_second_factors: 0,
      second_factor_locked_until: null,
      version: eb('version', '+', 1),
      updated_at: toStoredTime(now),
    }))
    .where('id', '=', userId)
    .execute();
}

/** Sets a new password hash, and lifts any lockout: the person proved who they are another way. */
export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('app_user')
    .set((eb) => ({
      password_hash: passwordHash,
      ...NO_PASSWORD_FAILURES,
      version: eb('version', '+', 1),
      updated_at: toStoredTime(now),
    }))
    .where('id', '=', userId)
    .execute();
}

/**
 * Locks a person's row until the end of the transaction (a row lock on PostgreSQL, the write lock on SQLite), so that
 * what the transaction reads about them (their open reset links, say) stays true until it commits.
 */
export async function lockUser(trx: Kysely<Database>, userId: string): Promise<void> {
  await trx
    .updateTable('app_user')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', userId)
    .execute();
}
