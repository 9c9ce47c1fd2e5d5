import { appendAudit } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { clearSecondFactor } from '../../identity/accounts.js';
import { endUserSessions } from '../../identity/sessions.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { findUser, userSummary } from './users.js';

/**
 * An administrator resets a person's two-step verification (a lost or replaced phone, recovery codes gone): the
 * authenticator secret and the recovery codes are forgotten and every session of the person ends, in one
 * transaction with its audit entry. At their next sign-in, after the password, they set up an authenticator again.
 * Nobody resets their own: another administrator does, or `harbor admin recover` on the server.
 */
export async function resetSecondFactor(input: { actor: Actor; services: Services; userId: string }) {
  const { actor, services } = input;
  const db = services.database.db;
  const user = await findUser(db, input.userId);
  if (user.id === actor.userId) throw harborErrorWithMessage('forbidden', 'account.notYourself', 'own account');
  const now = services.gate.now();
  await db.transaction().execute(async (trx) => {
    await clearSecondFactor(trx, user.id, now);
    const ended = await endUserSessions(trx, user.id, 'mfa_reset', now);
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.mfa_reset',
      ...actorFields(actor),
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { sessions: ended, was_enrolled: user.totp_enrolled_at !== null },
    });
  });
  return userSummary(await findUser(db, user.id), now);
}
