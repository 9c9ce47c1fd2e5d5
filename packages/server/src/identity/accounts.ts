import type { AgencyKind, Locale, Role } from '@harbor/core';
import type { Kysely, Selectable } from 'kysely';
import { newId } from '../db/ids.js';
import type { AgencyTable, AppUserTable, Database } from '../db/schema.js';
import { versionedInsertColumns } from '../db/versioned.js';

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
