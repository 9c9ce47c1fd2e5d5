import type { AgencyKind, Locale, Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { RolePermissions } from '../../access/role-permissions.js';
import { appendAudit, auditOnce } from '../../audit/index.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { createAgency, createUser, findUserByEmail, normaliseEmail, type User } from '../../identity/accounts.js';
import { clearFailures, isLocked } from '../../identity/lockout.js';
import { consumeLink } from '../../identity/one-time-links.js';
import { hashPassword } from '../../identity/passwords.js';
import { endUserSessions } from '../../identity/sessions.js';
import { hashToken, newToken } from '../../identity/tokens.js';
import { assertPasswordAcceptable } from '../sign-in/create-administrator.js';

export const INVITATION_LIFETIME_MS = 72 * 60 * 60_000;

/** An administrator or supervisor acting, with what they may do. */
export interface Admin {
  db: Kysely<Database>;
  auditKey: Buffer;
  permissions: RolePermissions;
  user: User;
  ip?: string | undefined;
  now?: Date;
}

const who = (a: Admin) => ({ actorUserId: a.user.id, actorAgencyId: a.user.agency_id, ip: a.ip });

/** Whether the caller manages every account (admin) or only invites into their own agency (supervisor). */
async function managesAll(a: Admin): Promise<boolean> {
  return a.permissions.has(a.user.role, 'users.manage');
}

export function summary(u: User, now = new Date()) {
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

export async function listUsers(a: Admin) {
  let query = a.db.selectFrom('app_user').selectAll().orderBy('display_name');
  if (!(await managesAll(a))) query = query.where('agency_id', '=', a.user.agency_id);
  return (await query.execute()).map((u) => summary(u, a.now));
}

async function target(a: Admin, id: string): Promise<User> {
  const user = await a.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  if (!user) throw new HarborError('not_found', 'no such user');
  return user;
}

/** Changes a user's name, role or status; disabling ends their sessions at once. */
export async function changeUser(
  a: Admin,
  id: string,
  change: {
    version: number;
    displayName?: string | undefined;
    role?: Role | undefined;
    status?: 'active' | 'disabled' | undefined;
  },
) {
  const before = await target(a, id);
  if (before.id === a.user.id && (change.status === 'disabled' || (change.role && change.role !== before.role))) {
    throw new HarborError('forbidden', 'administrators cannot disable themselves or change their own role');
  }
  const now = a.now ?? new Date();
  await a.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.displayName !== undefined) patch.display_name = change.displayName;
    if (change.role !== undefined) patch.role = change.role;
    if (change.status !== undefined) patch.status = change.status;
    await updateVersioned(trx, 'app_user', id, change.version, patch, now);
    const base = { ...who(a), recordType: 'user', recordId: id, outcome: 'success' as const };
    if (change.role !== undefined && change.role !== before.role) {
      await appendAudit(trx, a.auditKey, {
        event: 'admin.role.changed',
        ...base,
        details: { from: before.role, to: change.role },
      });
    }
    if (change.status !== undefined && change.status !== before.status) {
      await appendAudit(trx, a.auditKey, {
        event: change.status === 'disabled' ? 'admin.user.disabled' : 'admin.user.enabled',
        ...base,
      });
    }
    if (change.displayName !== undefined && change.displayName !== before.display_name) {
      await appendAudit(trx, a.auditKey, { event: 'admin.user.updated', ...base, fields: ['display_name'] });
    }
  });
  if (change.status === 'disabled') await endUserSessions(a.db, id, 'user_disabled', now);
  return summary(await target(a, id), now);
}

export async function unlockUser(a: Admin, id: string) {
  await target(a, id);
  await clearFailures(a.db, id);
  await auditOnce(a.db, a.auditKey, {
    event: 'auth.account.unlocked',
    ...who(a),
    recordType: 'user',
    recordId: id,
    outcome: 'success',
  });
}

export async function endSessionsOf(a: Admin, id: string): Promise<number> {
  await target(a, id);
  const ended = await endUserSessions(a.db, id, 'ended_by_admin', a.now);
  await auditOnce(a.db, a.auditKey, {
    event: 'auth.session.ended',
    ...who(a),
    recordType: 'user',
    recordId: id,
    outcome: 'success',
    details: { sessions: ended },
  });
  return ended;
}

/**
 * A single-use invitation link (72 hours). Supervisors invite into their own agency only and never
 * as administrators; administrators invite anyone anywhere.
 */
export async function inviteUser(a: Admin, input: { email: string; role: Role; agencyId: string }, publicUrl: URL) {
  const all = await managesAll(a);
  if (!all && (input.agencyId !== a.user.agency_id || input.role === 'admin')) {
    throw new HarborError('forbidden', 'supervisors invite into their own agency, not as admin');
  }
  const agency = await a.db.selectFrom('agency').select('id').where('id', '=', input.agencyId).executeTakeFirst();
  if (!agency)
    throw new HarborError('validation_failed', 'unknown agency', [
      { path: 'body.agencyId', message: 'validation.invalid' },
    ]);
  if (await findUserByEmail(a.db, input.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  const now = a.now ?? new Date();
  const token = newToken();
  const id = newId();
  const expiresAt = toStoredTime(new Date(now.getTime() + INVITATION_LIFETIME_MS));
  await a.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('one_time_link')
      .values({
        id,
        kind: 'invitation',
        token_hash: hashToken(token),
        email: normaliseEmail(input.email),
        agency_id: input.agencyId,
        role: input.role,
        created_by: a.user.id,
        created_at: toStoredTime(now),
        expires_at: expiresAt,
        used_at: null,
      })
      .execute();
    await appendAudit(trx, a.auditKey, {
      event: 'admin.user.invited',
      ...who(a),
      recordType: 'invitation',
      recordId: id,
      outcome: 'success',
      details: { role: input.role, agency_id: input.agencyId },
    });
  });
  return { id, link: new URL(`/invitation#${token}`, publicUrl).toString(), expiresAt };
}

/** The invited person sets their name and password; MFA enrolment follows at their first sign-in. */
export async function acceptInvitation(
  db: Kysely<Database>,
  auditKey: Buffer,
  input: { token: string; displayName: string; password: string; locale?: Locale | undefined },
  options: { locale: Locale; ip?: string | undefined; now?: Date },
) {
  assertPasswordAcceptable(input.password, options.locale);
  const passwordHash = await hashPassword(input.password);
  const now = options.now ?? new Date();
  const link = await consumeLink(db, input.token, 'invitation', now);
  if (!link?.email || !link.agency_id || !link.role) {
    throw harborErrorWithMessage('not_found', 'invitation.invalid', 'bad invitation');
  }
  if (await findUserByEmail(db, link.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  await db.transaction().execute(async (trx) => {
    const user = await createUser(
      trx,
      {
        agencyId: link.agency_id!,
        email: link.email!,
        displayName: input.displayName,
        role: link.role as Role,
        passwordHash,
        locale: input.locale ?? options.locale,
      },
      now,
    );
    await appendAudit(trx, auditKey, {
      event: 'admin.user.created',
      actorUserId: link.created_by ?? undefined,
      actorAgencyId: link.agency_id!,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { role: link.role!, via: 'invitation' },
      ip: options.ip,
    });
  });
  return { email: link.email };
}

export async function createAgencyAsAdmin(a: Admin, input: { name: string; kind: AgencyKind }) {
  const now = a.now ?? new Date();
  const taken = await a.db.selectFrom('agency').select('id').where('name', '=', input.name).executeTakeFirst();
  if (taken) throw new HarborError('conflict', 'agency name in use');
  return a.db.transaction().execute(async (trx) => {
    const row = await createAgency(trx, input, now);
    await appendAudit(trx, a.auditKey, {
      event: 'admin.agency.created',
      ...who(a),
      recordType: 'agency',
      recordId: row.id,
      outcome: 'success',
    });
    return row;
  });
}

export async function changeAgency(
  a: Admin,
  id: string,
  change: { version: number; name?: string | undefined; kind?: string | undefined },
) {
  const now = a.now ?? new Date();
  await a.db.transaction().execute(async (trx) => {
    const patch: Record<string, unknown> = {};
    if (change.name !== undefined) patch.name = change.name;
    if (change.kind !== undefined) patch.kind = change.kind;
    await updateVersioned(trx, 'agency', id, change.version, patch, now);
    await appendAudit(trx, a.auditKey, {
      event: 'admin.agency.updated',
      ...who(a),
      recordType: 'agency',
      recordId: id,
      outcome: 'success',
      fields: Object.keys(patch),
    });
  });
  return a.db.selectFrom('agency').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
