import { auditOnce } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { recordSecondFactorFailure } from '../../identity/lockout.js';
import { endSession, type Session } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';
import { tellOfLock } from './tell-of-lock.js';

/**
 * A wrong code counts toward the second factor's own lock (not cleared by a correct password); the lock also ends this
 * half-way session. Always throws.
 */
export async function refuseSecondFactor(
  ctx: SignInContext,
  input: { session: Session; user: User; messageKey: string; step: string; now: Date },
): Promise<never> {
  const { session, user, messageKey, step, now } = input;
  const lockMs = await recordSecondFactorFailure(ctx.db, user.id, now);
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.mfa.failed',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'failure',
    details: { step },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  if (lockMs !== undefined) {
    await endSession(ctx.db, session.id, 'locked', now);
    await tellOfLock(ctx, user, 'second_factor', lockMs);
  }
  throw harborErrorWithMessage('unauthenticated', messageKey, `${step} refused`);
}
