import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import { HarborError } from '../../errors.js';
import { clearSecondFactor, findUserByEmail } from '../../identity/accounts.js';
import { ADMIN_RESET_LIFETIME_MS, createPasswordResetLink } from '../../identity/one-time-links.js';
import { endUserSessions } from '../../identity/sessions.js';

/**
 * `harbor admin recover`: for whoever runs Harbor's server, when no administrator can sign in (the only one lost
 * their phone and recovery codes, or forgot their password). Makes a password reset link (24 hours) for the person
 * and, with `resetSecondFactor`, forgets their authenticator and recovery codes too; every session of the person
 * ends. Audited as an administrator's actions, with no actor and `via: cli`.
 */
export async function recoverAccountFromServer(input: {
  db: Kysely<Database>;
  auditKey: Buffer;
  email: string;
  resetSecondFactor: boolean;
  publicUrl: URL;
  now?: Date;
}): Promise<{ email: string; link: string; expiresAt: string }> {
  const now = input.now ?? new Date();
  const user = await findUserByEmail(input.db, input.email);
  if (!user) throw new HarborError('not_found', 'no account with this e-mail address');
  const link = await input.db.transaction().execute(async (trx) => {
    const audit = {
      actorAgencyId: user.agency_id,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success' as const,
    };
    if (input.resetSecondFactor) {
      await clearSecondFactor(trx, user.id, now);
      const sessions = await endUserSessions(trx, user.id, 'mfa_reset', now);
      await appendAudit(trx, input.auditKey, {
        event: 'admin.user.mfa_reset',
        ...audit,
        details: { via: 'cli', sessions, was_enrolled: user.totp_enrolled_at !== null },
      });
    }
    const made = await createPasswordResetLink(
      trx,
      { userId: user.id, email: user.email, createdBy: null, via: 'cli', lifetimeMs: ADMIN_RESET_LIFETIME_MS },
      now,
    );
    await appendAudit(trx, input.auditKey, {
      event: 'admin.user.password_reset_link',
      ...audit,
      details: { via: 'cli' },
    });
    return made;
  });
  return {
    email: user.email,
    link: new URL(`/reset-password#${link.token}`, input.publicUrl).toString(),
    expiresAt: link.expiresAt,
  };
}
