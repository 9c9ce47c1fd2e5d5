import type { Locale, Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import { harborErrorWithMessage } from '../../errors.js';
import { createUser, findUserByEmail } from '../../identity/accounts.js';
import { consumeLink } from '../../identity/one-time-links.js';
import { assertPasswordAcceptable, hashPassword } from '../../identity/passwords.js';
import { createSession, type NewSession } from '../../identity/sessions.js';

/**
 * The invited person sets their name and password; the account is made with the invitation's agency and role, and a
 * half-way session opens at the enrolment stage, so that they set up two-step verification next, exactly as at a
 * first sign-in (they have just proved the link and chosen the password). `locale` is the request's language, for
 * messages and for the account unless the person chose one. A refused password leaves the link usable; the link,
 * the account, its audit entry and the session are one transaction (two uses of one link at once: the conditional
 * update lets one through).
 */
export async function acceptInvitation(input: {
  db: Kysely<Database>;
  auditKey: Buffer;
  acceptance: { token: string; displayName: string; password: string; locale?: Locale | undefined };
  locale: Locale;
  ip?: string | undefined;
  userAgent?: string | undefined;
  now?: Date;
}): Promise<{ email: string; session: NewSession }> {
  const { db, auditKey, acceptance } = input;
  assertPasswordAcceptable(acceptance.password, input.locale);
  const passwordHash = await hashPassword(acceptance.password);
  const now = input.now ?? new Date();
  const invalid = () => harborErrorWithMessage('not_found', 'invitation.invalid', 'bad invitation');
  return db.transaction().execute(async (trx) => {
    const link = await consumeLink(trx, acceptance.token, 'invitation', now);
    if (!link?.email || !link.agency_id || !link.role) throw invalid();
    if (await findUserByEmail(trx, link.email)) {
      throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
    }
    const user = await createUser(
      trx,
      {
        agencyId: link.agency_id,
        email: link.email,
        displayName: acceptance.displayName,
        role: link.role as Role,
        passwordHash,
        locale: acceptance.locale ?? input.locale,
      },
      now,
    );
    await appendAudit(trx, auditKey, {
      event: 'admin.user.created',
      actorUserId: link.created_by ?? undefined,
      actorAgencyId: link.agency_id,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { role: link.role, via: 'invitation' },
      ip: input.ip,
    });
    // On the wall clock, as every request resolves it (http/session.ts); the server's clock `now` is for locks and codes.
    const session = await createSession(trx, {
      userId: user.id,
      stage: 'enrolling',
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return { email: user.email, session };
  });
}
