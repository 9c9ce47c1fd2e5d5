import type { Kysely } from 'kysely';
import { BREAK_GLASS_MS, youthAccess } from '../../access/youth-access.js';
import { appendAudit, auditOnce } from '../../audit/index.js';
import type { User } from '../../auth/accounts.js';
import { newId, toStoredTime } from '../../db/ids.js';
import type { CareTeamBasis, Database } from '../../db/schema.js';
import { versionedInsertColumns } from '../../db/versioned.js';
import { HarborError } from '../../errors.js';

/** Who is asking, from where: every read and write of a youth's data is audited with it. */
export interface Caller {
  db: Kysely<Database>;
  auditKey: Buffer;
  user: User;
  ip?: string | undefined;
  now?: Date;
}

const who = (c: Caller) => ({ actorUserId: c.user.id, actorAgencyId: c.user.agency_id, ip: c.ip });

/** Refuses, as if the record did not exist, and records the denial. */
async function deny(c: Caller, youthId: string, action: string): Promise<never> {
  await auditOnce(c.db, c.auditKey, {
    event: 'access.denied',
    ...who(c),
    youthId,
    recordType: 'youth',
    recordId: youthId,
    outcome: 'denied',
    details: { action },
  });
  throw new HarborError('not_found', `no need-to-know for youth ${youthId}`);
}

/** The one gate in front of a youth's records: need-to-know, or 404 (and an audited denial). */
export async function requireYouthAccess(c: Caller, youthId: string, action: string) {
  const access = await youthAccess(c.db, c.user, youthId, c.now);
  if (!access) return deny(c, youthId, action);
  return access;
}

export async function createYouth(c: Caller) {
  const now = c.now ?? new Date();
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('youth')
      .values({ id, created_by: c.user.id, created_by_agency_id: c.user.agency_id, ...versionedInsertColumns(now) })
      .execute();
    await trx
      .insertInto('care_team_member')
      .values({
        id: newId(),
        youth_id: id,
        user_id: c.user.id,
        agency_id: c.user.agency_id,
        basis: 'creator',
        added_by: c.user.id,
        added_at: toStoredTime(now),
        removed_by: null,
        removed_at: null,
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'youth.created',
      ...who(c),
      youthId: id,
      recordType: 'youth',
      recordId: id,
      outcome: 'success',
    });
  });
  return {
    id,
    createdAt: toStoredTime(now),
    createdByAgencyId: c.user.agency_id,
    version: 1,
    access: 'care_team' as const,
  };
}

export async function readYouth(c: Caller, youthId: string) {
  const access = await requireYouthAccess(c, youthId, 'read');
  const row = await c.db.selectFrom('youth').selectAll().where('id', '=', youthId).executeTakeFirst();
  if (!row) return deny(c, youthId, 'read');
  await auditOnce(c.db, c.auditKey, {
    event: 'youth.read',
    ...who(c),
    youthId,
    recordType: 'youth',
    recordId: youthId,
    fields: ['id', 'created_at', 'created_by_agency_id'],
    outcome: 'success',
    details: { access },
  });
  return {
    id: row.id,
    createdAt: row.created_at,
    createdByAgencyId: row.created_by_agency_id,
    version: row.version,
    access,
  };
}

export async function listCareTeam(c: Caller, youthId: string) {
  await requireYouthAccess(c, youthId, 'read_care_team');
  const rows = await c.db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.user_id',
      'u.display_name',
      'u.role',
      'm.agency_id',
      'a.name as agency_name',
      'm.basis',
      'm.added_at',
    ])
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .orderBy('m.added_at')
    .execute();
  await auditOnce(c.db, c.auditKey, {
    event: 'youth.read',
    ...who(c),
    youthId,
    recordType: 'care_team',
    recordId: youthId,
    fields: ['care_team'],
    outcome: 'success',
  });
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    displayName: r.display_name,
    role: r.role,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    basis: r.basis,
    addedAt: r.added_at,
  }));
}

/** A care-team member (not a break-glass visitor) adds someone, from any agency, recording the basis. */
export async function addCareTeamMember(c: Caller, youthId: string, input: { userId: string; basis: CareTeamBasis }) {
  const access = await requireYouthAccess(c, youthId, 'add_member');
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access cannot change the care team');
  const now = c.now ?? new Date();
  const target = await c.db
    .selectFrom('app_user')
    .select(['id', 'agency_id', 'status'])
    .where('id', '=', input.userId)
    .executeTakeFirst();
  if (target?.status !== 'active') {
    throw new HarborError('validation_failed', 'unknown or disabled user', [
      { path: 'body.userId', message: 'invalid' },
    ]);
  }
  const memberId = newId();
  await c.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('care_team_member')
      .select('id')
      .where('youth_id', '=', youthId)
      .where('user_id', '=', input.userId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (existing) throw new HarborError('conflict', 'already on the care team');
    await trx
      .insertInto('care_team_member')
      .values({
        id: memberId,
        youth_id: youthId,
        user_id: target.id,
        agency_id: target.agency_id,
        basis: input.basis,
        added_by: c.user.id,
        added_at: toStoredTime(now),
        removed_by: null,
        removed_at: null,
      })
      .execute();
    await appendAudit(trx, c.auditKey, {
      event: 'care_team.member_added',
      ...who(c),
      youthId,
      recordType: 'care_team_member',
      recordId: memberId,
      outcome: 'success',
      details: { basis: input.basis, member_agency_id: target.agency_id },
    });
  });
  return memberId;
}

export async function removeCareTeamMember(c: Caller, youthId: string, memberId: string): Promise<void> {
  const access = await requireYouthAccess(c, youthId, 'remove_member');
  if (access === 'break_glass') throw new HarborError('forbidden', 'break-glass access cannot change the care team');
  const now = c.now ?? new Date();
  await c.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('care_team_member')
      .set({ removed_at: toStoredTime(now), removed_by: c.user.id })
      .where('id', '=', memberId)
      .where('youth_id', '=', youthId)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new HarborError('not_found', 'no such member');
    await appendAudit(trx, c.auditKey, {
      event: 'care_team.member_removed',
      ...who(c),
      youthId,
      recordType: 'care_team_member',
      recordId: memberId,
      outcome: 'success',
    });
  });
}

/**
 * Emergency access to a youth outside one's care team: a written reason, 60 minutes, audited,
 * and listed for the supervisors of the agencies on the youth's care team.
 */
export async function breakGlass(c: Caller, youthId: string, reason: string) {
  const now = c.now ?? new Date();
  const exists = await c.db.selectFrom('youth').select('id').where('id', '=', youthId).executeTakeFirst();
  if (!exists) throw new HarborError('not_found', 'no such youth');
  const grant = {
    id: newId(),
    user_id: c.user.id,
    youth_id: youthId,
    reason: reason.trim(),
    granted_at: toStoredTime(now),
    expires_at: toStoredTime(new Date(now.getTime() + BREAK_GLASS_MS)),
  };
  await c.db.transaction().execute(async (trx) => {
    await trx.insertInto('break_glass_grant').values(grant).execute();
    await appendAudit(trx, c.auditKey, {
      event: 'access.break_glass',
      ...who(c),
      youthId,
      recordType: 'break_glass_grant',
      recordId: grant.id,
      outcome: 'success',
      details: { minutes: BREAK_GLASS_MS / 60_000 },
    });
  });
  return grant;
}

/** Break-glass grants on youth whose care team includes the supervisor's agency, newest first. */
export async function breakGlassForSupervisor(c: Caller, limit = 100) {
  const rows = await c.db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select([
      'g.id',
      'g.youth_id',
      'g.user_id',
      'u.display_name',
      'u.agency_id',
      'g.reason',
      'g.granted_at',
      'g.expires_at',
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team_member as m')
          .select('m.id')
          .whereRef('m.youth_id', '=', 'g.youth_id')
          .where('m.agency_id', '=', c.user.agency_id),
      ),
    )
    .orderBy('g.granted_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    userId: r.user_id,
    userName: r.display_name,
    userAgencyId: r.agency_id,
    reason: r.reason,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
  }));
}
