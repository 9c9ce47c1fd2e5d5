import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { BreakGlassReviewTable } from '../../db/tables/break-glass-review.js';
import { updateVersioned } from '../../db/versioned.js';

/**
 * The youth feature's queries of the break-glass review: with the records gate, the only code that reads or writes
 * `break_glass_review`. Who reviews an access: supervisors of an agency on the youth's current care team; the list
 * and the review share that scope (`teamYouthOf`).
 */

type Db = Kysely<Database>;

/** The youth whose current care team has a member of this agency (the review's scope): a subquery. */
const teamYouthOf = (db: Db, agencyId: string) =>
  db
    .selectFrom('care_team_member as m')
    .select('m.youth_id')
    .where('m.agency_id', '=', agencyId)
    .where('m.removed_at', 'is', null);

const GRANT_COLUMNS = [
  'g.id',
  'g.youth_id',
  'g.user_id',
  'g.reason',
  'g.granted_at',
  'g.expires_at',
  'u.display_name',
  'u.agency_id',
  'a.name as agency_name',
] as const;

/** The break-glass grants an agency reviews (on youth whose care team it is on), newest first. */
export const grantsForReview = (db: Db, agencyId: string, limit: number) =>
  db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select(GRANT_COLUMNS)
    .where('g.youth_id', 'in', teamYouthOf(db, agencyId))
    .orderBy('g.granted_at', 'desc')
    .orderBy('g.id', 'desc')
    .limit(limit)
    .execute();

/** One grant, when the agency reviews it; undefined otherwise. */
export const grantForReview = (db: Db, grantId: string, agencyId: string) =>
  db
    .selectFrom('break_glass_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select(GRANT_COLUMNS)
    .where('g.id', '=', grantId)
    .where('g.youth_id', 'in', teamYouthOf(db, agencyId))
    .executeTakeFirst();

/** The youth a grant opened (for the records gate to decide need-to-know); undefined when there is no such grant. */
export const grantYouth = (db: Db, grantId: string) =>
  db.selectFrom('break_glass_grant').select('youth_id').where('id', '=', grantId).executeTakeFirst();

const REVIEW_COLUMNS = [
  'r.id',
  'r.grant_id',
  'r.disposition',
  'r.note',
  'r.reviewed_by',
  'r.reviewed_at',
  'r.version',
  'u.display_name as reviewer_name',
] as const;

/** An agency's current reviews of these grants. */
export async function reviewsOf(db: Db, grantIds: readonly string[], agencyId: string) {
  if (grantIds.length === 0) return [];
  return db
    .selectFrom('break_glass_review as r')
    .innerJoin('app_user as u', 'u.id', 'r.reviewed_by')
    .select(REVIEW_COLUMNS)
    .where('r.grant_id', 'in', [...grantIds])
    .where('r.agency_id', '=', agencyId)
    .execute();
}

export const reviewOf = (db: Db, grantId: string, agencyId: string) =>
  db
    .selectFrom('break_glass_review as r')
    .innerJoin('app_user as u', 'u.id', 'r.reviewed_by')
    .select(REVIEW_COLUMNS)
    .where('r.grant_id', '=', grantId)
    .where('r.agency_id', '=', agencyId)
    .executeTakeFirst();

/** Inserts an agency's first review of a grant; false when one was inserted meanwhile (a conflict for the caller). */
export async function insertReview(
  db: Db,
  row: Omit<BreakGlassReviewTable, 'version'> & { version: number },
): Promise<boolean> {
  const result = await db
    .insertInto('break_glass_review')
    .values(row)
    .onConflict((oc) => oc.columns(['grant_id', 'agency_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Changes a review at the version read (409 when stale); returns the new version. */
export const updateReview = (
  db: Db,
  id: string,
  version: number,
  changes: Pick<BreakGlassReviewTable, 'disposition' | 'note' | 'reviewed_by' | 'reviewed_at'>,
  now: Date,
) => updateVersioned(db, 'break_glass_review', id, version, changes, now);
