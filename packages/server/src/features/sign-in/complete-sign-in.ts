import { appendAudit, auditOnce } from '../../audit/index.js';
import { newId, toStoredTime } from '../../db/ids.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import type { User } from '../../identity/accounts.js';
import { clearFailures, isLocked, recordFailure } from '../../identity/lockout.js';
import { generateRecoveryCodes, hashRecoveryCode, verifyRecoveryCode } from '../../identity/recovery-codes.js';
import { createSession, endSession, type NewSession, type Session } from '../../identity/sessions.js';
import { decryptTotpSecret, encryptTotpSecret, generateTotpSecret, totpUri, verifyTotp } from '../../identity/totp.js';
import type { AuthContext } from './context.js';

/** Replaces the half-way session with a full one: a new token once both factors are proven. */
async function promote(ctx: AuthContext, pending: Session, user: User, now: Date): Promise<NewSession> {
  await endSession(ctx.db, pending.id, 'second_factor_done', now);
  await clearFailures(ctx.db, user.id);
  const fresh = await createSession(
    ctx.db,
    { userId: user.id, stage: 'active', ip: ctx.ip, userAgent: ctx.userAgent },
    now,
  );
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

/** A wrong code counts toward the lockout; the lock also ends this half-way session. */
async function refuse(
  ctx: AuthContext,
  pending: { session: Session; user: User },
  messageKey: string,
  step: string,
  now: Date,
): Promise<never> {
  const { session, user } = pending;
  const locked = await recordFailure(ctx.db, user.id, now);
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.mfa.failed',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'failure',
    details: { step },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  if (locked) await endSession(ctx.db, session.id, 'locked', now);
  throw harborErrorWithMessage('unauthenticated', messageKey, `${step} refused`);
}

/** Second step: the six-digit code of the user's authenticator app (each code works once). */
export async function verifyTotpCode(
  ctx: AuthContext,
  input: { session: Session; user: User; code: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const { session, user } = input;
  if (session.stage !== 'password' || !user.totp_secret || !user.totp_enrolled_at) {
    throw new HarborError('forbidden', 'no second factor due');
  }
  if (isLocked(user, now)) throw harborErrorWithMessage('unauthenticated', 'signIn.codeFailed', 'locked');
  const result = verifyTotp({
    secret: decryptTotpSecret(ctx.keyring, user.totp_secret, user.id),
    code: input.code,
    now,
    lastUsedStep: user.totp_last_step,
  });
  if (!result.ok) return refuse(ctx, input, 'signIn.codeFailed', 'totp', now);
  // Single use: only one request can move the last used step forward to this one.
  const claimed = await ctx.db
    .updateTable('app_user')
    .set({ totp_last_step: result.step })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', result.step)]))
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return refuse(ctx, input, 'signIn.codeFailed', 'totp_replay', now);
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.mfa.succeeded',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return promote(ctx, session, user, now);
}

/** Second step with one of the ten recovery codes instead (when the phone is lost). */
export async function useRecoveryCode(
  ctx: AuthContext,
  input: { session: Session; user: User; code: string },
): Promise<NewSession> {
  const now = ctx.now ?? new Date();
  const { session, user } = input;
  if (session.stage !== 'password') throw new HarborError('forbidden', 'no second factor due');
  if (isLocked(user, now)) throw harborErrorWithMessage('unauthenticated', 'signIn.recoveryFailed', 'locked');
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
  if (!claimed || Number(claimed.numUpdatedRows) !== 1)
    return refuse(ctx, input, 'signIn.recoveryFailed', 'recovery', now);
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.recovery_code.used',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    details: { remaining: unused.length - 1 },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return promote(ctx, session, user, now);
}

/** First sign-in: a new TOTP secret (stored encrypted) and its otpauth URI for the QR code. */
export async function startTotpEnrolment(
  ctx: AuthContext,
  input: { session: Session; user: User },
): Promise<{ secret: string; uri: string }> {
  if (input.session.stage !== 'enrolling') throw new HarborError('forbidden', 'not enrolling');
  const secret = generateTotpSecret();
  await ctx.db
    .updateTable('app_user')
    .set({ totp_secret: encryptTotpSecret(ctx.keyring, secret, input.user.id), totp_last_step: null })
    .where('id', '=', input.user.id)
    .where('totp_enrolled_at', 'is', null)
    .execute();
  return { secret, uri: totpUri({ secret, account: input.user.email }) };
}

/** The user proves the app works with one code; Harbor hands out ten recovery codes, once, and signs them in. */
export async function confirmTotpEnrolment(
  ctx: AuthContext,
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
  if (!result.ok) return refuse(ctx, input, 'signIn.codeFailed', 'enrolment', now);
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
  return { recoveryCodes, signedIn: await promote(ctx, session, user, now) };
}
