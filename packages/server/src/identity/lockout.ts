import { type Kysely, sql } from 'kysely';
import { toStoredTime } from '../db/ids.js';
import type { AppUserTable, Database } from '../db/schema.js';

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;
/** The longest a lock on failed second factors lasts (it doubles with each failure after the fifth). */
export const MAX_SECOND_FACTOR_LOCK_MS = 24 * 60 * 60_000;

/**
 * Failed passwords are counted in two places per account: those from a device where the person signed in before (the
 * known-device cookie) and those from anywhere else. Each locks only its own kind of device, so guesses from elsewhere
 * never lock the person out of their usual computer, and a stolen computer still locks after 5.
 */
export type PasswordSource = 'elsewhere' | 'known_device';

type LockUser = Pick<AppUserTable, 'locked_until' | 'known_device_locked_until' | 'second_factor_locked_until'>;

const COLUMNS = {
  elsewhere: { count: 'failed_sign_ins', first: 'first_failed_at', until: 'locked_until' },
  known_device: {
    count: 'known_device_failures',
    first: 'known_device_first_failed_at',
    until: 'known_device_locked_until',
  },
} as const;

const after = (until: string | null, now: Date) => until !== null && Date.parse(until) > now.getTime();

/** Whether any lock holds (what administration shows as locked, and what a single sign-on sign-in is refused on). */
export function isLocked(user: LockUser, now = new Date()): boolean {
  return after(user.locked_until, now) || after(user.known_device_locked_until, now) || isSecondFactorLocked(user, now);
}

/** Whether failed second factors locked the account (on every device: someone who has the password is guessing). */
export function isSecondFactorLocked(user: Pick<LockUser, 'second_factor_locked_until'>, now = new Date()): boolean {
  return after(user.second_factor_locked_until, now);
}

/** Whether signing in from this kind of device is locked: its own password lock, or the second factor's. */
export function isLockedFor(user: LockUser, source: PasswordSource, now = new Date()): boolean {
  return after(user[COLUMNS[source].until], now) || isSecondFactorLocked(user, now);
}

/**
 * Counts a failed password (or current password, when changing it) from one kind of device. Five in 15 minutes lock
 * that kind of device for 15 minutes. The count is updated in one statement, so parallel guesses cannot slip past it.
 * Returns true when this failure locked the account.
 */
export async function recordFailure(
  db: Kysely<Database>,
  userId: string,
  now = new Date(),
  source: PasswordSource = 'elsewhere',
): Promise<boolean> {
  const { count, first, until } = COLUMNS[source];
  const at = toStoredTime(now);
  const windowStart = toStoredTime(new Date(now.getTime() - FAILURE_WINDOW_MS));
  const fresh = sql<boolean>`${sql.ref(first)} is null or ${sql.ref(first)} <= ${windowStart}`;
  await db
    .updateTable('app_user')
    .set({
      [count]: sql`case when ${fresh} then 1 else ${sql.ref(count)} + 1 end`,
      [first]: sql`case when ${fresh} then ${at} else ${sql.ref(first)} end`,
    })
    .where('id', '=', userId)
    .execute();
  const result = await db
    .updateTable('app_user')
    .set({ [until]: toStoredTime(new Date(now.getTime() + LOCK_MS)), [count]: 0, [first]: null })
    .where('id', '=', userId)
    .where(count, '>=', MAX_FAILURES)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A correct password: that kind of device starts counting again (the other kind, and the second factor, do not). */
export async function clearPasswordFailures(
  db: Kysely<Database>,
  userId: string,
  source: PasswordSource,
): Promise<void> {
  const { count, first } = COLUMNS[source];
  await db
    .updateTable('app_user')
    .set({ [count]: 0, [first]: null })
    .where('id', '=', userId)
    .execute();
}

/**
 * Counts a failed second factor (an authenticator or a recovery code). The count is the account's, kept until a
 * second factor succeeds or an administrator resets or unlocks it: a correct password does not clear it, and time does
 * not either. The fifth failure locks for 15 minutes, and each one after it for twice as long as the one before (at
 * most 24 hours), so whoever holds the password gets a handful of guesses a day. Returns the lock's length when this
 * failure locked the account.
 */
export async function recordSecondFactorFailure(
  db: Kysely<Database>,
  userId: string,
  now = new Date(),
): Promise<number | undefined> {
  const row = await db
    .updateTable('app_user')
    .set({ failed_second_factors: sql`failed_second_factors + 1` })
    .where('id', '=', userId)
    .returning('failed_second_factors')
    .executeTakeFirstOrThrow();
  if (row.failed_second_factors < MAX_FAILURES) return undefined;
  const lockMs = Math.min(MAX_SECOND_FACTOR_LOCK_MS, LOCK_MS * 2 ** (row.failed_second_factors - MAX_FAILURES));
  await db
    .updateTable('app_user')
    .set({ second_factor_locked_until: toStoredTime(new Date(now.getTime() + lockMs)) })
    .where('id', '=', userId)
    .execute();
  return lockMs;
}

/** A second factor succeeded: its failures are forgotten. */
export async function clearSecondFactorFailures(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_second_factors: 0, second_factor_locked_until: null })
    .where('id', '=', userId)
    .execute();
}

/** No failed password counted and no password lock, from either kind of device (a new password, an unlock). */
export const NO_PASSWORD_FAILURES = {
  failed_sign_ins: 0,
  first_failed_at: null,
  locked_until: null,
  known_device_failures: 0,
  known_device_first_failed_at: null,
  known_device_locked_until: null,
} as const;

/** An administrator lifts every lock and count (unlocking is their decision, having reached the person). */
export async function clearFailures(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      ...NO_PASSWORD_FAILURES,
      failed_second_factors: 0,
      second_factor_locked_until: null,
    })
    .where('id', '=', userId)
    .execute();
}
