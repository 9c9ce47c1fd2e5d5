import type { Kysely } from 'kysely';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';

/**
 * The response feature's second query module: the escalations of overdue steps and the notifications they make,
 * for the deadline scheduler, the mailer and the notifications routes (features/escalation), which own no table.
 */

type Db = Kysely<Database>;

/**
 * Inside the caller's transaction, claims the earliest due escalation no other transaction holds (FOR UPDATE SKIP
 * LOCKED on PostgreSQL; on SQLite this first write takes the database's write lock). The claim lives and dies with the
 * transaction: a process killed before its commit leaves nothing claimed, so another (or the restarted one) sends the
 * escalation at its next pass, without waiting for a lease.
 */
export async function claimNextDueEscalation(
  trx: Db,
  claim: { processId: string; now: Date; postgres: boolean },
): Promise<string | undefined> {
  const now = toStoredTime(claim.now);
  const row = await trx
    .updateTable('escalation')
    .set({ claimed_by: claim.processId, claimed_until: now })
    .where('id', 'in', (eb) => {
      const due = eb
        .selectFrom('escalation')
        .select('id')
        .where('status', '=', 'pending')
        .where('due_at', '<=', now)
        // A lease from an earlier version's scheduler (claims then outlived their transaction) is still honoured.
        .where((w) => w.or([w('claimed_until', 'is', null), w('claimed_until', '<=', now)]))
        .orderBy('due_at')
        .limit(1);
      return claim.postgres ? due.forUpdate().skipLocked() : due;
    })
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** When the next escalation waiting to be sent falls due (the earliest pending one), if any. */
export async function nextEscalationDue(db: Db): Promise<Date | null> {
  const row = await db
    .selectFrom('escalation')
    .select((eb) => eb.fn.min('due_at').as('due_at'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row?.due_at ? new Date(row.due_at) : null;
}

/** A claimed escalation with its step and response, when it is still pending and ours. */
export const claimedEscalation = (db: Db, id: string, processId: string) =>
  db
    .selectFrom('escalation as e')
    .innerJoin('response_step as s', 's.id', 'e.response_step_id')
    .innerJoin('response as r', 'r.id', 's.response_id')
    .select([
      'e.id',
      'e.level',
      'e.notify',
      's.id as step_row_id',
      's.status as step_status',
      's.owner_role',
      's.owner_user_id',
      'r.id as response_id',
      'r.youth_id',
      'r.opener_user_id',
    ])
    .where('e.id', '=', id)
    .where('e.status', '=', 'pending')
    .where('e.claimed_by', '=', processId)
    .executeTakeFirst();

/** How long an escalation or a notification's e-mail whose sending failed (not at the SMTP server) waits to be tried again. */
export const FAILED_RETRY_MS = 60_000;

/** An escalation whose sending failed: no process claims it before `until` (it stays pending). */
export async function deferEscalation(db: Db, id: string, until: Date): Promise<void> {
  await db
    .updateTable('escalation')
    .set({ claimed_until: toStoredTime(until) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export async function cancelEscalation(db: Db, id: string): Promise<void> {
  await db.updateTable('escalation').set({ status: 'cancelled' }).where('id', '=', id).execute();
}

/** Marks a claimed escalation sent; false when another process took it over meanwhile. */
export async function markEscalationSent(db: Db, id: string, processId: string, now: Date): Promise<boolean> {
  const marked = await db
    .updateTable('escalation')
    .set({ status: 'sent', sent_at: toStoredTime(now) })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('claimed_by', '=', processId)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

/** Without a mailer, notifications waiting for e-mail are shown in the app only. */
export async function skipPendingEmail(db: Db): Promise<void> {
  await db.updateTable('notification').set({ email_status: 'none' }).where('email_status', '=', 'pending').execute();
}

/** Notifications waiting for their e-mail, oldest first, not claimed by another process. */
export const notificationsAwaitingEmail = (db: Db, now: Date, limit: number) => {
  const at = toStoredTime(now);
  return db
    .selectFrom('notification')
    .select('id')
    .where('email_status', '=', 'pending')
    .where((w) => w.or([w('email_claimed_until', 'is', null), w('email_claimed_until', '<', at)]))
    .orderBy('created_at')
    .limit(limit)
    .execute();
};

/**
 * PostgreSQL: inside the caller's transaction, locks the oldest notification waiting for its e-mail that no other
 * transaction holds (FOR UPDATE SKIP LOCKED). The lock is the claim: it ends with the transaction, or with the process.
 */
export async function lockNextAwaitingEmail(trx: Db, now: Date): Promise<string | undefined> {
  const at = toStoredTime(now);
  const row = await trx
    .selectFrom('notification')
    .select('id')
    .where('email_status', '=', 'pending')
    .where((w) => w.or([w('email_claimed_until', 'is', null), w('email_claimed_until', '<', at)]))
    .orderBy('created_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row?.id;
}

/** Claims a notification's e-mail for a lease; false when another process holds it. */
export async function claimNotificationEmail(db: Db, id: string, now: Date, until: Date): Promise<boolean> {
  const at = toStoredTime(now);
  const claimed = await db
    .updateTable('notification')
    .set({ email_claimed_until: toStoredTime(until) })
    .where('id', '=', id)
    .where('email_status', '=', 'pending')
    .where((w) => w.or([w('email_claimed_until', 'is', null), w('email_claimed_until', '<', at)]))
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Extends the lease of a notification's e-mail being sent (while its SMTP exchange lasts). */
export async function renewNotificationEmailLease(db: Db, id: string, until: Date): Promise<void> {
  await db
    .updateTable('notification')
    .set({ email_claimed_until: toStoredTime(until) })
    .where('id', '=', id)
    .where('email_status', '=', 'pending')
    .execute();
}

/** What a notification's e-mail says: its kind and step, to whom (never a youth's data). */
export const notificationForEmail = (db: Db, id: string) =>
  db
    .selectFrom('notification as n')
    .innerJoin('app_user as u', 'u.id', 'n.user_id')
    .leftJoin('response_step as s', 's.id', 'n.response_step_id')
    .leftJoin('response as r', 'r.id', 'n.response_id')
    .select([
      'n.kind',
      'n.response_id',
      'n.referral_id',
      'n.mdt_meeting_id',
      'n.email_attempts',
      'u.email',
      'u.locale',
      's.step_id',
      'r.protocol_id',
      'r.protocol_version',
    ])
    .where('n.id', '=', id)
    .executeTakeFirstOrThrow();

export async function recordEmailOutcome(
  db: Db,
  id: string,
  outcome: { status: 'sent' } | { status: 'pending' | 'failed'; attempts: number; retryAt: Date },
): Promise<void> {
  await db
    .updateTable('notification')
    .set(
      outcome.status === 'sent'
        ? { email_status: 'sent' }
        : {
            email_attempts: outcome.attempts,
            email_status: outcome.status,
            email_claimed_until: toStoredTime(outcome.retryAt),
          },
    )
    .where('id', '=', id)
    .execute();
}

// ---- Notifications (the deadline scheduler writes them; their owner reads them) ----------------------------------

/** A user's notifications, newest first, with what names them to a youth (the response's youth or opener). */
export const notificationsOf = (db: Db, userId: string) =>
  db
    .selectFrom('notification as n')
    .leftJoin('response_step as s', 's.id', 'n.response_step_id')
    .leftJoin('response as r', 'r.id', 'n.response_id')
    .leftJoin('app_user as opener', 'opener.id', 'r.opener_user_id')
    .leftJoin('app_user as owner', 'owner.id', 's.owner_user_id')
    .select([
      'n.id',
      'n.kind',
      'n.response_id',
      'n.referral_id',
      'n.mdt_meeting_id',
      's.step_id',
      's.due_at',
      's.status as step_status',
      's.owner_role',
      'owner.display_name as owner_name',
      'opener.display_name as opener_name',
      'r.protocol_id',
      'r.protocol_version',
      'n.created_at',
      'n.read_at',
      'r.youth_id',
      'r.opener_user_id',
      'r.opener_agency_id',
    ])
    .where('n.user_id', '=', userId)
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of a user's notifications read; false when it is not theirs or does not exist. */
export async function markNotificationRead(db: Db, userId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notification')
    .set({ read_at: toStoredTime(now) })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks all of a user's notifications read; how many were unread. */
export async function markAllNotificationsRead(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('notification')
    .set({ read_at: toStoredTime(now) })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
