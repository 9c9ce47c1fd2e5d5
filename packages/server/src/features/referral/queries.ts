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

/** The statuses in which a referral's clocks run: acknowledgement while requested, first contact until started. */
const ACKNOWLEDGE_OPEN: ReferralTable['status'][] = ['requested'];
const FIRST_CONTACT_OPEN: ReferralTable['status'][] = ['requested', 'accepted', 'on_hold'];

/**
 * Referrals with a clock due by `until` (or overdue), with the referrer's and the receiving agency's names. 'mine':
 * those the caller referred, and for a supervisor those their agency receives (whom the clocks notify). 'agency': those
 * the agency referred or receives.
 */
export const dueReferralClocks = (
  db: Db,
  scope: { mine: { userId: string; agencyId: string; supervisor: boolean } } | { agency: { agencyId: string } },
  until: string,
  limit: number,
) =>
  db
    .selectFrom('referral as r')
    .innerJoin('agency as a', 'a.id', 'r.receiving_agency_id')
    .leftJoin('app_user as u', 'u.id', 'r.referring_user_id')
    .selectAll('r')
    .select(['a.name as receiving_agency_name', 'u.display_name as referrer_name'])
    .where((eb) =>
      eb.or([
        eb.and([eb('r.status', 'in', ACKNOWLEDGE_OPEN), eb('r.acknowledge_due_at', '<=', until)]),
        eb.and([eb('r.status', 'in', FIRST_CONTACT_OPEN), eb('r.first_contact_due_at', '<=', until)]),
      ]),
    )
    .where((eb) => {
      if ('agency' in scope) {
        const { agencyId } = scope.agency;
        return eb.or([eb('r.referring_agency_id', '=', agencyId), eb('r.receiving_agency_id', '=', agencyId)]);
      }
      const { userId, agencyId, supervisor } = scope.mine;
      return eb.or([
        eb('r.referring_user_id', '=', userId),
        ...(supervisor ? [eb('r.receiving_agency_id', '=', agencyId)] : []),
      ]);
    })
    .orderBy('r.created_at')
    .limit(limit)
    .execute();

/** Whether a referral's clock still runs in its status. */
export const clockRuns = (clock: 'acknowledge' | 'first_contact', status: ReferralTable['status']) =>
  (clock === 'acknowledge' ? ACKNOWLEDGE_OPEN : FIRST_CONTACT_OPEN).includes(status);

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

/** Sent referrals whose acknowledgement is overdue at `now` and not escalated yet. */
export const overdueAcknowledgements = (db: Db, now: Date, limit: number) =>
  db
    .selectFrom('referral')
    .selectAll()
    .where('status', 'in', ACKNOWLEDGE_OPEN)
    .where('acknowledge_due_at', '<=', now.toISOString())
    .where('acknowledge_escalated_at', 'is', null)
    .orderBy('acknowledge_due_at')
    .limit(limit)
    .execute();

/** Referrals to CSEC-specialised services whose 72 hours to first contact are over, the service not started. */
export const overdueFirstContacts = (db: Db, now: Date, limit: number) =>
  db
    .selectFrom('referral')
    .selectAll()
    .where('status', 'in', FIRST_CONTACT_OPEN)
    .where('first_contact_due_at', '<=', now.toISOString())
    .where('first_contact_escalated_at', 'is', null)
    .orderBy('first_contact_due_at')
    .limit(limit)
    .execute();

/** Marks a clock escalated, once: false when it was already (another process) or the referral moved on. */
export async function markClockEscalated(
  db: Db,
  id: string,
  clock: 'acknowledge' | 'first_contact',
  now: Date,
): Promise<boolean> {
  const column = clock === 'acknowledge' ? 'acknowledge_escalated_at' : 'first_contact_escalated_at';
  const statuses = clock === 'acknowledge' ? ['requested'] : ['requested', 'accepted', 'on_hold'];
  const result = await db
    .updateTable('referral')
    .set({ [column]: now.toISOString() })
    .where('id', '=', id)
    .where(column, 'is', null)
    .where('status', 'in', statuses as ReferralTable['status'][])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The active people a referral's clock notifies: these users, and the active supervisors of these agencies. */
export async function activeRecipients(
  db: Db,
  who: { userIds: readonly string[]; supervisorsOf: readonly string[] },
): Promise<string[]> {
  const rows = await db
    .selectFrom('app_user')
    .select('id')
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        ...(who.userIds.length > 0 ? [eb('id', 'in', [...who.userIds])] : []),
        ...(who.supervisorsOf.length > 0
          ? [eb.and([eb('role', '=', 'supervisor'), eb('agency_id', 'in', [...who.supervisorsOf])])]
          : []),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Every event of a youth's referrals, with the service and who made it (the youth's timeline). */
export const referralEventsOfYouth = (db: Db, youthId: string) =>
  db
    .selectFrom('referral_event as e')
    .innerJoin('referral as r', 'r.id', 'e.referral_id')
    .leftJoin('app_user as u', 'u.id', 'e.actor_user_id')
    .select([
      'e.id',
      'e.at',
      'e.to_status',
      'e.closure_reason',
      'r.id as referral_id',
      'r.service_name',
      'u.display_name',
    ])
    .where('r.youth_id', '=', youthId)
    .orderBy('e.at')
    .execute();
