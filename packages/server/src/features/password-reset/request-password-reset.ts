import { isLocale, translate } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { findUserByEmail, lockUser } from '../../identity/accounts.js';
import {
  countEmailedResetLinks,
  createPasswordResetLink,
  EMAILED_RESET_LIFETIME_MS,
} from '../../identity/one-time-links.js';
import type { Services } from '../../services.js';

/** At most this many reset e-mails reach one person in an hour, however often someone asks. */
export const RESET_EMAILS_PER_HOUR = 3;

/**
 * "Forgot your password?", the part done after the answer went out (the route answers the same at once, whatever the
 * address; see routes.ts): when the address belongs to an active account, a single-use reset link valid an hour is
 * made (earlier ones stop working), audited, and e-mailed in the account's language. An unknown or disabled address,
 * or a person who got 3 reset e-mails in the last hour, gets nothing, and nobody is told.
 */
export async function requestPasswordReset(input: {
  services: Services;
  email: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
}): Promise<void> {
  const { services } = input;
  const mail = services.mail;
  if (!mail) return;
  const db = services.database.db;
  const user = await findUserByEmail(db, input.email);
  if (user?.status !== 'active') return;
  const now = services.gate.now();
  const link = await db.transaction().execute(async (trx) => {
    // One request of a person at a time, so that the count and the newest link stay true (several may come at once).
    await lockUser(trx, user.id);
    const recent = await countEmailedResetLinks(trx, user.id, new Date(now.getTime() - 60 * 60_000));
    if (recent >= RESET_EMAILS_PER_HOUR) return undefined;
    const made = await createPasswordResetLink(
      trx,
      { userId: user.id, email: user.email, createdBy: null, via: 'email', lifetimeMs: EMAILED_RESET_LIFETIME_MS },
      now,
    );
    await appendAudit(trx, services.auditKey, {
      event: 'auth.password.reset_requested',
      actorUserId: user.id,
      actorAgencyId: user.agency_id,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return made;
  });
  if (!link) return;
  const locale = isLocale(user.locale) ? user.locale : 'en';
  const url = new URL(`/reset-password#${link.token}`, services.config.publicUrl).toString();
  await mail.send({
    to: user.email,
    subject: translate(locale, 'passwordReset.email.subject'),
    text: [
      translate(locale, 'passwordReset.email.body', { minutes: EMAILED_RESET_LIFETIME_MS / 60_000 }),
      url,
      translate(locale, 'passwordReset.email.notYou'),
    ].join('\n\n'),
  });
}
