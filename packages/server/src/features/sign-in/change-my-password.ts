import { type Locale, translate } from '@harbor/core';
import { appendAudit, auditOnce } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { setPasswordHash, type User } from '../../identity/accounts.js';
import { recordFailure } from '../../identity/lockout.js';
import { retirePasswordResetLinks } from '../../identity/one-time-links.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../identity/passwords.js';
import { endUserSessions, type Session } from '../../identity/sessions.js';
import type { SignInContext } from './context.js';

/**
 * A signed-in person changes their password: the current one, then a new one under the same policy. A wrong current
 * password counts toward the lockout like a failed sign-in (and a lock ends every session of the person, this one
 * too), so a session left open cannot be used to guess it. On success, in one transaction: the new password, any
 * open reset link withdrawn, every other session of the person ended, and the change audited.
 */
export async function changeMyPassword(
  ctx: SignInContext,
  input: {
    session: Session;
    user: User;
    change: { currentPassword: string; newPassword: string };
    locale: Locale;
  },
): Promise<{ sessionsEnded: number }> {
  const { session, user, change } = input;
  const now = ctx.now ?? new Date();
  const audit = {
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    recordType: 'user',
    recordId: user.id,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  };
  if (!user.password_hash) throw harborErrorWithMessage('forbidden', 'passwordChange.noPassword', 'no password');
  const policy = checkPasswordPolicy(change.newPassword).map((p) => ({
    path: 'body.newPassword',
    message: p.key,
    values: p.values,
  }));
  if (!(await verifyPassword(user.password_hash, change.currentPassword))) {
    const locked = await recordFailure(ctx.db, user.id, now);
    await auditOnce(ctx.db, ctx.auditKey, {
      event: 'auth.password.changed',
      ...audit,
      outcome: 'failure',
      details: { reason: 'wrong_current_password' },
    });
    if (locked) {
      await auditOnce(ctx.db, ctx.auditKey, { event: 'auth.account.locked', ...audit, outcome: 'success' });
      await endUserSessions(ctx.db, user.id, 'locked', now);
    }
    throw fieldsRefused(
      [{ path: 'body.currentPassword', message: 'passwordChange.currentWrong' }, ...policy],
      input.locale,
    );
  }
  if (policy.length > 0) throw fieldsRefused(policy, input.locale);
  if (change.newPassword.normalize('NFC') === change.currentPassword.normalize('NFC')) {
    throw fieldsRefused([{ path: 'body.newPassword', message: 'passwordChange.same' }], input.locale);
  }
  const passwordHash = await hashPassword(change.newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash, now);
    await retirePasswordResetLinks(trx, user.id, user.id, now);
    const sessionsEnded = await endUserSessions(trx, user.id, 'password_changed', now, session.id);
    await appendAudit(trx, ctx.auditKey, {
      event: 'auth.password.changed',
      ...audit,
      outcome: 'success',
      details: { other_sessions_ended: sessionsEnded },
    });
    return { sessionsEnded };
  });
}

/** A refusal naming each field's problem in the caller's language. */
function fieldsRefused(
  fields: { path: string; message: string; values?: Record<string, number> }[],
  locale: Locale,
): HarborError {
  return new HarborError(
    'validation_failed',
    'password change refused',
    fields.map((f) => ({ path: f.path, message: translate(locale, f.message, f.values) })),
  );
}
