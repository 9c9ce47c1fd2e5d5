import { auditOnce } from '../../audit/index.js';
import { toStoredTime } from '../../db/ids.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { isLockedFor } from '../../identity/lockout.js';
import { verifyRecoveryCode } from '../../identity/recovery-codes.js';
import type { NewSession, Session } from '../../identity/sessions.js';
import { completeSignIn } from './complete-sign-in.js';
import type { SignInContext } from './context.js';
import { refuseSecondFactor } from './refuse-second-factor.js';

/** Second step with one of the ten recovery codes instead (when the phone is lost). */
export async function useRecoveryCode(
  ctx: SignInContext,
  input: { session: Session; user: User; code: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const { session, user } = input;
  if (session.stage !== 'password') throw new HarborError('forbidden', 'no second factor due');
  if (isLockedFor(user, ctx.sourceOf?.(user.id) ?? 'elsewhere', now))
    throw harborErrorWithMessage('unauthenticated', 'signIn.recoveryFailed', 'locked');
  const unused = await ctx.db
    .selectFrom('recovery_code')
    .select(['id', 'code_hash'])
    .where('user_id', '=', user.id)
    .where('used_at', 'is', null)
    .execute();
  const result = verifyRecoveryCode(
    ctx.keyring,
    user.id,
    input.code,
    unused.map((c) => c.code_hash),
  );
  const match = result.ok ? unused[result.index] : undefined;
  const claimed = match
    ? await ctx.db
        .updateTable('recovery_code')
        .set({ used_at: toStoredTime(now) })
        .where('id', '=', match.id)
        .where('used_at', 'is', null)
        .executeTakeFirst()
    : undefined;
  if (!claimed || Number(claimed.numUpdatedRows) !== 1) {
    return refuseSecondFactor(ctx, { session, user, messageKey: 'signIn.recoveryFailed', step: 'recovery', now });
  }
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.recovery_code.used',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    details: { remaining: unused.length - 1 },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return completeSignIn(ctx, { pending: session, user, now });
}
