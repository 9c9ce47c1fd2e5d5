import { isLocale, translate } from '@harbor/core';
import { auditOnce } from '../../audit/index.js';
import type { User } from '../../identity/accounts.js';
import { mailTime } from '../../mail/sender.js';
import type { SignInContext } from './context.js';

/** What locked an account: wrong passwords from elsewhere or on a known device, or wrong second factors. */
export type LockCause = 'elsewhere' | 'known_device' | 'second_factor';

/**
 * An account just locked: audited, and, when SMTP is configured, the person is told by e-mail in their language (in the
 * background, so the answer neither waits for the mail server nor tells by its timing that an account exists). The
 * e-mail says when, for how long, what to do, and that their usual devices still sign in when the lock is not theirs.
 */
export async function tellOfLock(ctx: SignInContext, user: User, cause: LockCause, lockMs: number): Promise<void> {
  const now = ctx.now ?? new Date();
  await auditOnce(ctx.db, ctx.auditKey, {
    event: 'auth.account.locked',
    actorUserId: user.id,
    actorAgencyId: user.agency_id,
    outcome: 'success',
    details:
      cause === 'second_factor'
        ? { reason: 'wrong_codes', minutes: lockMs / 60_000 }
        : { reason: 'wrong_passwords', device: cause, minutes: lockMs / 60_000 },
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  const { mail, background } = ctx;
  if (!mail || !background || user.status !== 'active') return;
  const locale = isLocale(user.locale) ? user.locale : 'en';
  const values = { minutes: lockMs / 60_000, time: mailTime(now.toISOString(), locale, ctx.timeZone ?? 'UTC') };
  background.run('account lock e-mail', async () => {
    await mail.trySend(
      {
        to: user.email,
        subject: translate(locale, 'signIn.lockEmail.subject'),
        text: [
          translate(locale, `signIn.lockEmail.${cause === 'second_factor' ? 'secondFactor' : 'password'}`, values),
          translate(locale, `signIn.lockEmail.${cause === 'elsewhere' ? 'usualDevice' : 'whatToDo'}`),
        ].join('\n\n'),
      },
      'account lock',
    );
  });
}
