import { auditOnce } from '../../audit/index.js';
import type { User } from '../../identity/accounts.js';
import { clearSecondFactorFailures } from '../../identity/lockout.js';
import { createSession, endSession, type NewSession, type Session } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/**
 * The last step of every sign-in, once both factors are proven: the half-way session gives way to a full one (a new
 * token), the count of failed second factors is cleared, and the sign-in is audited as succeeded.
 */
export async function completeSignIn(
  ctx: SignInContext,
  input: { pending: Session; user: User; now: Date },
): Promise<NewSession> {
  const { pending, user, now } = input;
  await endSession(ctx.db, pending.id, 'second_factor_done', now);
  await clearSecondFactorFailures(ctx.db, user.id);
  // On the wall clock, as every request resolves it (http/session.ts); the server's clock `now` is for locks and codes.
  const fresh = await createSession(ctx.db, { userId: user.id, stage: 'active', ip: ctx.ip, userAgent: ctx.userAgent });
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.sign_in.succeeded',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return fresh;
}
