import { appendAudit } from '../../audit/index.js';
import { newId, toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { generateRecoveryCodes, hashRecoveryCode } from '../../identity/recovery-codes.js';
import type { NewSession, Session } from '../../identity/sessions.js';
import { decryptTotpSecret, verifyTotp } from '../../identity/totp.js';
import { completeSignIn } from './complete-sign-in.js';
import type { SignInContext } from './context.js';
import { refuseSecondFactor } from './refuse-second-factor.js';

/** The user proves the app works with one code; Harbor hands out ten recovery codes, once, and signs them in. */
export async function confirmTotpEnrolment(
  ctx: SignInContext,
  input: { session: Session; user: User; code: string },
): Promise<{ recoveryCodes: string[]; signedIn: NewSession }> {
  const now = ctx.now ?? new Date();
  const { session, user } = input;
  if (session.stage !== 'enrolling' || !user.totp_secret) throw new HarborError('forbidden', 'not enrolling');
  const result = verifyTotp({
    secret: decryptTotpSecret(ctx.keyring, user.totp_secret, user.id),
    code: input.code,
    now,
    lastUsedStep: user.totp_last_step,
  });
  if (!result.ok) {
    return refuseSecondFactor(ctx, { session, user, messageKey: 'signIn.codeFailed', step: 'enrolment', now });
  }
  const recoveryCodes = generateRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ totp_enrolled_at: toStoredTime(now), totp_last_step: result.step })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('recovery_code').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('recovery_code')
      .values(
        recoveryCodes.map((code) => ({
          id: newId(),
          user_id: user.id,
          code_hash: hashRecoveryCode(ctx.keyring, user.id, code),
          created_at: toStoredTime(now),
          used_at: null,
        })),
      )
      .execute();
    await appendAudit(trx, ctx.auditKey, {
      event: 'auth.mfa.enrolled',
      actorUserId: user.id,
      actorAgencyId: user.agency_id,
      outcome: 'success',
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
  });
  return { recoveryCodes, signedIn: await completeSignIn(ctx, { pending: session, user, now }) };
}
