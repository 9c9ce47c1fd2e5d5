import { type Kysely, sql } from 'kysely';
import { toStoredTime } from '../db/ids.js';
import type { Database } from '../db/schema.js';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

export function isLocked(user: { locked_until: string | null }, now = new Date()): boolean {
  return user.locked_until !== null && Date.parse(user.locked_until) > now.getTime();
}

/**
 * Counts a failed password or second-factor attempt. Five in 15 minutes lock the account for
 * 15 minutes. The count is updated in one statement, so parallel guesses cannot slip past it.
 * Returns true when this failure locked the account.
 */
export async function recordFailure(db: Kysely<Database>, userId: string, now = new Date()): Promise<boolean> {
  const at = toStoredTime(now);
  const windowStart = toStoredTime(new Date(now.getTime() - FAILURE_WINDOW_MS));
  const fresh = sql<boolean>`first_failed_at is null or first_failed_at <= ${windowStart}`;
  await db
    .updateTable('app_user')
    .set({
      failed_sign_ins: sql`case when ${fresh} then 1 else failed_sign_ins + 1 end`,
      first_failed_at: sql`case when ${fresh} then ${at} else first_failed_at end`,
    })
    .where('id', '=', userId)
    .execute();
  const result = await db
    .updateTable('app_user')
    .set({
      locked_until: toStoredTime(new Date(now.getTime() + LOCK_MS)),
      failed_sign_ins: 0,
      first_failed_at: null,
    })
    .where('id', '=', userId)
    .where('failed_sign_ins', '>=', MAX_FAILURES)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function clearFailures(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_sign_ins: 0, first_failed_at: null, locked_until: null })
    .where('id', '=', userId)
    .execute();
}
