import type { Locale, Role } from '@harbor/core';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import type { Database } from '../../db/schema.js';
import { harborErrorWithMessage } from '../../errors.js';
import { createUser, findUserByEmail } from '../../identity/accounts.js';
import { consumeLink } from '../../identity/one-time-links.js';
import { assertPasswordAcceptable, hashPassword } from '../../identity/passwords.js';

/**
 * The invited person sets their name and password; MFA enrolment follows at their first sign-in. `locale` is the
 * request's language, for messages and for the account unless the person chose one.
 */
export async function acceptInvitation(input: {
  db: Kysely<Database>;
  auditKey: Buffer;
  acceptance: { token: string; displayName: string; password: string; locale?: Locale | undefined };
  locale: Locale;
  ip?: string | undefined;
  now?: Date;
}) {
  const { db, auditKey, acceptance } = input;
  assertPasswordAcceptable(acceptance.password, input.locale);
  const passwordHash = await hashPassword(acceptance.password);
  const now = input.now ?? new Date();
  const link = await consumeLink(db, acceptance.token, 'invitation', now);
  if (!link?.email || !link.agency_id || !link.role) {
    throw harborErrorWithMessage('not_found', 'invitation.invalid', 'bad invitation');
  }
  if (await findUserByEmail(db, link.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  await db.transaction().execute(async (trx) => {
    const user = await createUser(
      trx,
      {
        agencyId: link.agency_id!,
        email: link.email!,
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
      actorAgencyId: link.agency_id!,
      recordType: 'user',
      recordId: user.id,
      outcome: 'success',
      details: { role: link.role!, via: 'invitation' },
      ip: input.ip,
    });
  });
  return { email: link.email };
}
