import { SHARING_STATUSES } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ReferralEventTable, ReferralTable } from '../../db/tables/referral.js';
import { updateVersioned } from '../../db/versioned.js';

/**
 * The referral feature's query module: with the records gate (need-to-know-facts.ts), the only code that reads or
 * writes `referral` and `referral_event` (an architecture test checks).
 */

type Db = Kysely<Database>;

export const loadReferral = (db: Db, id: string): Promise<ReferralTable | undefined> =>
  db.selectFrom('referral').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertReferral(db: Db, row: ReferralTable): Promise<void> {
  await db.insertInto('referral').values(row).execute();
}

export const updateReferralRow = (
  db: Db,
  id: string,
  version: number,
  changes: Partial<Omit<ReferralTable, 'id' | 'version' | 'created_at' | 'updated_at'>>,
  now: Date,
) => updateVersioned(db, 'referral', id, version, changes, now);

export async function insertReferralEvent(db: Db, row: ReferralEventTable): Promise<void> {
  await db.insertInto('referral_event').values(row).execute();
}

/** A referral's events in order, with the names of the people and agencies that made them. */
export const eventsOf = (db: Db, referralId: string) =>
  db
    .selectFrom('referral_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .leftJoin('agency as a', 'a.id', 'e.actor_agency_id')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.from_status',
      'e.to_status',
      'e.actor_user_id',
      'e.actor_agency_id',
      'e.closure_reason',
      'e.note',
      'u.display_name as actor_name',
      'a.name as agency_name',
    ])
    .where('e.referral_id', '=', referralId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();

export async function agencyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('agency').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A youth's referrals, newest first. */
export const referralsOfYouth = (db: Db, youthId: string) =>
  db.selectFrom('referral').selectAll().where('youth_id', '=', youthId).orderBy('created_at', 'desc').execute();

/** Open referrals an agency receives (its queue: waiting on it), oldest first. */
export const incomingReferrals = (db: Db, agencyId: string) =>
  db
    .selectFrom('referral')
    .selectAll()
    .where('receiving_agency_id', '=', agencyId)
    .where('status', 'in', [...SHARING_STATUSES])
    .orderBy('created_at')
    .limit(500)
    .execute();

/** Referrals an agency made that are not closed (drafts, and those waiting on others), oldest first. */
export const outgoingReferrals = (db: Db, agencyId: string) =>
  db
    .selectFrom('referral')
    .selectAll()
    .where('referring_agency_id', '=', agencyId)
    .where('status', 'in', ['draft', ...SHARING_STATUSES])
    .orderBy('created_at')
    .limit(500)
    .execute();

/** Unanswered referrals whose time is up at `now` (the expiry pass), oldest first. */
export const expiredReferrals = (db: Db, now: Date, limit: number) =>
  db
    .selectFrom('referral')
    .selectAll()
    .where('status', '=', 'requested')
    .where('expires_at', '<=', now.toISOString())
    .orderBy('expires_at')
    .orderBy('id')
    .limit(limit)
    .execute();
