import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { newId, toStoredTime } from '../../db/ids.js';
import type { CareTeamBasis, CareTeamMemberTable, Database, YouthIndexTable, YouthTable } from '../../db/schema.js';
import { updateVersioned } from '../../db/versioned.js';
import { SUMMARY_COLUMNS, type SummaryRow } from './youth-data.js';

/**
 * The youth feature's query module: with the records gate, the only code that reads or writes `youth`, `youth_index`,
 * `care_team_member` and `break_glass_grant` (an architecture test checks; the review's queries are in
 * break-glass-queries.ts). Use cases call these with the gate's
 * handle, after the gate has decided need-to-know.
 */

type Db = Kysely<Database>;

export const loadYouthRow = (db: Db, id: string): Promise<Selectable<YouthTable> | undefined> =>
  db.selectFrom('youth').selectAll().where('id', '=', id).executeTakeFirst();

export async function youthExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('youth').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function insertYouth(db: Db, row: Selectable<YouthTable>): Promise<void> {
  await db.insertInto('youth').values(row).execute();
}

export const updateYouthRow = (db: Db, id: string, version: number, changes: Record<string, unknown>, now: Date) =>
  updateVersioned(db, 'youth', id, version, changes, now);

/** Replaces a youth's blind indexes (inside the transaction that writes the record). */
export async function replaceYouthIndexes(db: Db, youthId: string, rows: readonly YouthIndexTable[]): Promise<void> {
  await db.deleteFrom('youth_index').where('youth_id', '=', youthId).execute();
  if (rows.length > 0)
    await db
      .insertInto('youth_index')
      .values([...rows])
      .execute();
}

export const youthIndexesOf = (db: Db, youthIds: readonly string[]) =>
  db
    .selectFrom('youth_index')
    .select(['youth_id', 'kind', 'hash'])
    .where('youth_id', 'in', [...youthIds])
    .execute();

export const youthRowsByIds = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('youth')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();

/** The youth on a user's care teams, most recently updated first, after a (updated_at, id) cursor. */
export async function myYouthPage(
  db: Db,
  userId: string,
  page: { limit: number; after?: [string, string] | undefined },
): Promise<SummaryRow[]> {
  let query = db
    .selectFrom('youth as y')
    .innerJoin('care_team_member as m', 'm.youth_id', 'y.id')
    .select(SUMMARY_COLUMNS.map((column) => `y.${column}` as const))
    .where('m.user_id', '=', userId)
    .where('m.removed_at', 'is', null);
  if (page.after) {
    const [updatedAt, id] = page.after;
    query = query.where((eb) =>
      eb.or([eb('y.updated_at', '<', updatedAt), eb.and([eb('y.updated_at', '=', updatedAt), eb('y.id', '<', id)])]),
    );
  }
  return query
    .orderBy('y.updated_at', 'desc')
    .orderBy('y.id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

/** List lines of these youth, most recently updated first. */
export async function summariesOf(db: Db, ids: readonly string[], limit: number): Promise<SummaryRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('youth')
    .select(SUMMARY_COLUMNS)
    .where('id', 'in', [...ids])
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Youth whose indexes of these kinds hold one of these hashes (and, when given, a date hash too). */
export async function youthIdsByIndex(
  db: Db,
  match: { kinds: readonly YouthIndexTable['kind'][]; hashes: readonly string[]; dates?: readonly string[] },
  limit: number,
): Promise<string[]> {
  let query = db
    .selectFrom('youth_index as i')
    .select('i.youth_id')
    .distinct()
    .where('i.kind', 'in', [...match.kinds])
    .where('i.hash', 'in', [...match.hashes]);
  if (match.dates) {
    const dates = [...match.dates];
    query = query.where('i.youth_id', 'in', (eb) =>
      eb.selectFrom('youth_index as d').select('d.youth_id').where('d.kind', '=', 'date').where('d.hash', 'in', dates),
    );
  }
  return (await query.limit(limit).execute()).map((r) => r.youth_id);
}

/** The agencies a youth is known to: those on the active care team, else the agency that opened the record. */
export async function agenciesKnowing(
  db: Db,
  youthIds: readonly string[],
): Promise<Map<string, { id: string; name: string }[]>> {
  const known = new Map<string, { id: string; name: string }[]>();
  if (youthIds.length === 0) return known;
  const members = await db
    .selectFrom('care_team_member as m')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select(['m.youth_id', 'a.id', 'a.name'])
    .where('m.youth_id', 'in', [...youthIds])
    .where('m.removed_at', 'is', null)
    .execute();
  const creators = await db
    .selectFrom('youth as y')
    .innerJoin('agency as a', 'a.id', 'y.created_by_agency_id')
    .select(['y.id as youth_id', 'a.id', 'a.name'])
    .where('y.id', 'in', [...youthIds])
    .execute();
  for (const row of members) {
    const list = known.get(row.youth_id) ?? [];
    if (!list.some((a) => a.id === row.id)) list.push({ id: row.id, name: row.name });
    known.set(row.youth_id, list);
  }
  // The agency that opened the record counts when no agency is on the team any more.
  for (const row of creators) {
    if (!known.has(row.youth_id)) known.set(row.youth_id, [{ id: row.id, name: row.name }]);
  }
  return known;
}

// ---- Care team -----------------------------------------------------------------------------------------------------

export async function addMember(
  db: Db,
  member: { youthId: string; userId: string; agencyId: string; basis: CareTeamBasis; addedBy: string; now: Date },
): Promise<string> {
  const id = newId();
  const row: CareTeamMemberTable = {
    id,
    youth_id: member.youthId,
    user_id: member.userId,
    agency_id: member.agencyId,
    basis: member.basis,
    added_by: member.addedBy,
    added_at: toStoredTime(member.now),
    removed_by: null,
    removed_at: null,
  };
  await db.insertInto('care_team_member').values(row).execute();
  return id;
}

export async function isActiveMember(db: Db, youthId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('care_team_member')
    .select('id')
    .where('youth_id', '=', youthId)
    .where('user_id', '=', userId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a member (keeps the row, with who and when); false when there was no such active member. */
export async function removeMember(
  db: Db,
  input: { youthId: string; memberId: string; by: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('care_team_member')
    .set({ removed_at: toStoredTime(input.now), removed_by: input.by })
    .where('id', '=', input.memberId)
    .where('youth_id', '=', input.youthId)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const careTeamOf = (db: Db, youthId: string) =>
  db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select([
      'm.id',
      'm.user_id',
      'u.display_name',
      'u.role',
      'u.email',
      'u.work_phone',
      'u.status',
      'm.agency_id',
      'a.name as agency_name',
      'm.basis',
      'm.added_at',
    ])
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .orderBy('m.added_at')
    .execute();

/** Everyone ever on a youth's care team, with when they joined and left (the youth's timeline). */
export const careTeamHistoryOf = (db: Db, youthId: string) =>
  db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .leftJoin('app_user as by', 'by.id', 'm.added_by')
    .leftJoin('app_user as rb', 'rb.id', 'm.removed_by')
    .select([
      'm.id',
      'u.display_name',
      'u.role',
      'a.name as agency_name',
      'm.basis',
      'm.added_at',
      'by.display_name as added_by_name',
      'm.removed_at',
      'rb.display_name as removed_by_name',
    ])
    .where('m.youth_id', '=', youthId)
    .execute();

/** The break-glass accesses to a youth, with who opened them (the youth's timeline). */
export const grantsOnYouth = (db: Db, youthId: string) =>
  db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select([
      'g.id',
      'g.user_id',
      'u.display_name',
      'u.role',
      'a.name as agency_name',
      'g.reason',
      'g.granted_at',
      'g.expires_at',
    ])
    .where('g.youth_id', '=', youthId)
    .execute();

/** When and by whom a youth's record was opened. */
export const youthCreation = (db: Db, youthId: string) =>
  db
    .selectFrom('youth as y')
    .leftJoin('app_user as u', 'u.id', 'y.created_by')
    .select(['y.id', 'y.created_at', 'u.display_name'])
    .where('y.id', '=', youthId)
    .executeTakeFirst();

/** The active members of a youth's care team with one of these roles (whom a protocol step or a crisis concerns). */
export const activeMembersWithRole = (db: Db, youthId: string, roles: readonly string[]) =>
  db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.email', 'u.agency_id'])
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .where('u.role', 'in', [...roles])
    .where('u.status', '=', 'active')
    .execute();

/**
 * Who must hear of a violation on a youth's record (an unlawful arrest, SB 1322): the active members of the care team
 * and the active supervisors of their agencies, each once.
 */
export async function careTeamAndSupervisors(db: Db, youthId: string): Promise<string[]> {
  const members = await db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.agency_id'])
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .where('u.status', '=', 'active')
    .execute();
  const agencies = [...new Set(members.map((m) => m.agency_id))];
  const supervisors =
    agencies.length === 0
      ? []
      : await db
          .selectFrom('app_user')
          .select('id')
          .where('agency_id', 'in', agencies)
          .where('role', '=', 'supervisor')
          .where('status', '=', 'active')
          .execute();
  return [...new Set([...members.map((m) => m.id), ...supervisors.map((s) => s.id)])];
}

/** The youth on whose current care teams a user (or, with `agencyId`, anyone of an agency) is: a subquery for other features. */
export function careTeamYouthIds(db: Db, by: { userId: string } | { agencyId: string }) {
  const query = db.selectFrom('care_team_member as m').select('m.youth_id').where('m.removed_at', 'is', null);
  return 'userId' in by ? query.where('m.user_id', '=', by.userId) : query.where('m.agency_id', '=', by.agencyId);
}

/** Whether someone with this role (and agency kind) is on a youth's current care team: of an agency, or of any (null). */
export async function agencyHasTeamRole(
  db: Db,
  youthId: string,
  agencyId: string | null,
  owner: { role: string; agencyKind: string | null },
): Promise<boolean> {
  let query = db
    .selectFrom('care_team_member as m')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .innerJoin('agency as a', 'a.id', 'm.agency_id')
    .select('m.id')
    .where('m.youth_id', '=', youthId)
    .where('m.removed_at', 'is', null)
    .where('u.role', '=', owner.role);
  if (agencyId) query = query.where('m.agency_id', '=', agencyId);
  if (owner.agencyKind) query = query.where('a.kind', '=', owner.agencyKind);
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Whether an agency was on the care team of an audit entry's youth when the entry was made (a supervisor's audit
 * scope): from when a member of the agency joined until they left. What happened to a youth after the agency left
 * the team is no longer the agency's to see; what its own people did stays in its scope by who did it.
 */
export function agencyOnTeamAtEntry(eb: ExpressionBuilder<Database, 'audit_event'>, agencyId: string) {
  return eb.exists(
    eb
      .selectFrom('care_team_member as m')
      .select('m.id')
      .whereRef('m.youth_id', '=', 'audit_event.youth_id')
      .where('m.agency_id', '=', agencyId)
      .whereRef('m.added_at', '<=', 'audit_event.at')
      .where((w) => w.or([w('m.removed_at', 'is', null), w('m.removed_at', '>=', w.ref('audit_event.at'))])),
  );
}

// ---- Break-glass ---------------------------------------------------------------------------------------------------

export async function insertGrant(
  db: Db,
  grant: { id: string; userId: string; youthId: string; reason: string; grantedAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('break_glass_grant')
    .values({
      id: grant.id,
      user_id: grant.userId,
      youth_id: grant.youthId,
      reason: grant.reason,
      granted_at: grant.grantedAt,
      expires_at: grant.expiresAt,
    })
    .execute();
}

/** How many youth records there are at all (system work, no one's data: `harbor demo seed` fills empty databases only). */
export async function countYouth(db: Db): Promise<number> {
  const row = await db
    .selectFrom('youth')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
/** Break-glass grants on youth whose care team includes the agency, newest first. */
export const grantsOnAgencyTeams = (db: Db, agencyId: string, limit: number) =>
  db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select([
      'a.name as agency_name',
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
          .where('m.agency_id', '=', agencyId),
      ),
    )
    .orderBy('g.granted_at', 'desc')
    .limit(limit)
    .execute();

/** Every agency by name (not a youth's data): the agencies that may have issued a youth's identifier. */
export const agencyNames = (db: Db) =>
  db.selectFrom('agency').select(['id', 'name', 'kind']).orderBy('name').limit(500).execute();
