import { auditOnce } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { isLockedFor } from '../../identity/lockout.js';
import type { NewSession, Session } from '../../identity/sessions.js';
import { decryptTotpSecret, verifyTotp } from '../../identity/totp.js';
import { completeSignIn } from './complete-sign-in.js';
import type { SignInContext } from './context.js';
import { refuseSecondFactor } from './refuse-second-factor.js';

/** Second step: the six-digit code of the user's authenticator app (each code works once). */
export async function verifyTotpCode(
  ctx: SignInContext,
  input: { session: Session; user: User; code: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const { session, user } = input;
  if (session.stage !== 'password' || !user.totp_secret || !user.totp_enrolled_at) {
    throw new HarborError('forbidden', 'no second factor due');
  }
  if (isLockedFor(user, ctx.sourceOf?.(user.id) ?? 'elsewhere', now))
    throw harborErrorWithMessage('unauthenticated', 'signIn.codeFailed', 'locked');
  const result = verifyTotp({
    secret: decryptTotpSecret(ctx.keyring, user.totp_secret, user.id),
    code: input.code,
    now,
    lastUsedStep: user.totp_last_step,
  });
  const refuse = (step: string) =>
    refuseSecondFactor(ctx, { session, user, messageKey: 'signIn.codeFailed', step, now });
  if (!result.ok) return refuse('totp');
  // Single use: only one request can move the last used step forward to this one.
  const claimed = await ctx.db
    .updateTable('app_user')
    .set({ totp_last_step: result.step })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', result.step)]))
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return refuse('totp_replay');
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.mfa.succeeded',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return completeSignIn(ctx, { pending: session, user, now });
}
