import { auditOnce } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail } from '../../identity/accounts.js';
import { clearFailures, isLocked, recordFailure } from '../../identity/lockout.js';
import { dummyVerify, verifyPassword } from '../../identity/passwords.js';
import { createSession, type NewSession } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/** The one answer for every failed sign-in, whether the account exists, is locked or the password is wrong. */
export function signInFailed(internal: string) {
  return harborErrorWithMessage('unauthenticated', 'signIn.failed', internal);
}

/**
 * First step of signing in: e-mail and password. Opens a short half-way session (second factor due,
 * or TOTP enrolment on first sign-in). Unknown accounts cost the same argon2 verification as known ones.
 */
export async function signInWithPassword(
  ctx: SignInContext,
  input: { email: string; password: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const user = await findUserByEmail(ctx.db, input.email);
  const passwordOk = user?.password_hash
    ? await verifyPassword(user.password_hash, input.password)
    : await dummyVerify(input.password);
  const audit = { ip: ctx.ip, userAgent: ctx.userAgent };
  if (!user || !passwordOk || user.status !== 'active' || isLocked(user, now)) {
    if (user && user.status === 'active' && !isLocked(user, now)) {
      const locked = await recordFailure(ctx.db, user.id, now);
      if (locked) {
        await auditOnce(ctx.db, ctx.auditKey, {
          event: 'auth.account.locked',
          actorUserId: user.id,
          actorAgencyId: user.agency_id,
          outcome: 'success',
          ...audit,
        });
      }
    }
    await auditOnce(ctx.db, ctx.auditKey, {
      event: 'auth.sign_in.failed',
      actorUserId: user?.id,
      actorAgencyId: user?.agency_id,
      outcome: 'failure',
      details: { step: 'password' },
      ...audit,
    });
    throw signInFailed(user ? 'wrong password, locked or disabled' : 'unknown e-mail');
  }
  await clearFailures(ctx.db, user.id);
  const stage = user.totp_enrolled_at ? 'password' : 'enrolling';
  return createSession(ctx.db, { userId: user.id, stage, ip: ctx.ip, userAgent: ctx.userAgent }, now);
}
