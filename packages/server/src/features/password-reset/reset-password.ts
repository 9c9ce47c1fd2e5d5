import type { Locale } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { harborErrorWithMessage } from '../../errors.js';
import { setPasswordHash } from '../../identity/accounts.js';
import { consumeLink, retirePasswordResetLinks } from '../../identity/one-time-links.js';
import { assertPasswordAcceptable, hashPassword } from '../../identity/passwords.js';
import { endUserSessions } from '../../identity/sessions.js';
import type { Services } from '../../services.js';

/**
 * Sets a new password with a reset link (e-mailed, or made by an administrator). A refused password leaves the link
 * usable. In one transaction: the link is spent, the password set, any lockout lifted, every other reset link of the
 * person withdrawn, every session of the person ended (whoever knew the old password is out) and the change audited.
 * The second factor is untouched: signing in still needs it.
 */
export async function resetPassword(input: {
  services: Services;
  reset: { token: string; password: string };
  locale: Locale;
  ip?: string | undefined;
  userAgent?: string | undefined;
}): Promise<{ email: string }> {
  const { services, reset } = input;
  assertPasswordAcceptable(reset.password, input.locale);
  const passwordHash = await hashPassword(reset.password);
  const now = services.gate.now();
  const invalid = () => harborErrorWithMessage('not_found', 'passwordReset.invalid', 'bad reset link');
  return services.database.db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, reset.token, 'password_reset', now);
    if (!link?.user_id) throw invalid();
    const user = await trx.selectFrom('app_user').selectAll().where('id', '=', link.user_id).executeTakeFirst();
    if (user?.status !== 'active') throw invalid();
    await setPasswordHash(trx, user.id, passwordHash, now);
    await retirePasswordResetLinks(trx, user.id, null, now);
    const ended = await endUserSessions(trx, user.id, 'password_reset', now);
    await appendAudit(trx, services.auditKey, {
      event: 'auth.password.reset',
      actorUserId: user.id,
      actorAgencyId: user.agency_id,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { via: link.via ?? 'email', sessions: ended },
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return { email: user.email };
  });
}
