import { auditOnce } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail } from '../../identity/accounts.js';
import { clearPasswordFailures, isLockedFor, LOCK_MS, recordFailure } from '../../identity/lockout.js';
import { dummyVerify, verifyPassword } from '../../identity/passwords.js';
import { createSession, type NewSession } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';
import { tellOfLock } from './tell-of-lock.js';

/** The one answer for every failed sign-in, whether the account exists, is locked or the password is wrong. */
export function signInFailed(internal: string) {
  return harborErrorWithMessage('unauthenticated', 'signIn.failed', internal);
}

/**
 * First step of signing in: e-mail and password. Opens a short half-way session (second factor due,
 * or TOTP enrolment on first sign-in). Unknown accounts cost the same argon2 verification as known ones.
 * Failed passwords count toward the lock of the kind of device they came from (lockout.ts); those from a device not
 * known to the account also count toward the client address's limit, and an address at its limit is held (429).
 */
export async function signInWithPassword(
  ctx: SignInContext,
  input: { email: string; password: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const user = await findUserByEmail(ctx.db, input.email);
  const source = user && ctx.sourceOf ? ctx.sourceOf(user.id) : 'elsewhere';
  const audit = { ip: ctx.ip, userAgent: ctx.userAgent };
  if (source === 'elsewhere' && ctx.addressFailures?.isHeld(ctx.ip, now)) {
    await auditOnce(ctx.db, ctx.auditKey, {
      event: 'auth.sign_in.failed',
      actorUserId: user?.id,
      actorAgencyId: user?.agency_id,
      outcome: 'failure',
      details: { step: 'password', reason: 'address_held' },
      ...audit,
    });
    throw harborErrorWithMessage('rate_limited', 'signIn.addressHeld', 'address held');
  }
  const passwordOk = user?.password_hash
    ? await verifyPassword(user.password_hash, input.password)
    : await dummyVerify(input.password);
  const locked = user !== undefined && isLockedFor(user, source, now);
  if (!user || !passwordOk || user.status !== 'active' || locked) {
    if (source === 'elsewhere') ctx.addressFailures?.record(ctx.ip, now);
    if (user && user.status === 'active' && !locked && (await recordFailure(ctx.db, user.id, now, source))) {
      await tellOfLock(ctx, user, source, LOCK_MS);
    }
    await auditOnce(ctx.db, ctx.auditKey, {
      event: 'auth.sign_in.failed',
      actorUserId: user?.id,
      actorAgencyId: user?.agency_id,
      outcome: 'failure',
      details: { step: 'password', device: source },
      ...audit,
    });
    throw signInFailed(user ? 'wrong password, locked or disabled' : 'unknown e-mail');
  }
  await clearPasswordFailures(ctx.db, user.id, source);
  const stage = user.totp_enrolled_at ? 'password' : 'enrolling';
  // On the wall clock, as every request resolves it (http/session.ts); the server's clock `now` is for locks and codes.
  return createSession(ctx.db, { userId: user.id, stage, ip: ctx.ip, userAgent: ctx.userAgent });
}
