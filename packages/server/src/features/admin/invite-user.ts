import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail, normaliseEmail } from '../../identity/accounts.js';
import { createInvitationLink } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { managesAll } from './admin-caller.js';
import { invitationEmail } from './invitation-email.js';

/**
 * A single-use invitation link (72 hours), e-mailed to the person when SMTP is configured and shown to the inviter to
 * copy either way. Supervisors invite into their own agency only and never as administrators; administrators invite
 * anyone anywhere. A new invitation of an address withdraws its earlier open one.
 */
export async function inviteUser(input: {
  actor: Actor;
  services: Services;
  email: string;
  role: Role;
  agencyId: string;
  publicUrl: URL;
}) {
  const { actor, services } = input;
  const all = await managesAll(services, actor);
  if (!all && (input.agencyId !== actor.agencyId || input.role === 'admin')) {
    throw harborErrorWithMessage(
      'forbidden',
      'invitation.scope',
      'supervisors invite into their own agency, not as admin',
    );
  }
  const agency = await services.database.db
    .selectFrom('agency')
    .select(['id', 'name'])
    .where('id', '=', input.agencyId)
    .executeTakeFirst();
  if (!agency)
    throw new HarborError('validation_failed', 'unknown agency', [
      { path: 'body.agencyId', message: 'validation.invalid' },
    ]);
  if (await findUserByEmail(services.database.db, input.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  const now = services.gate.now();
  const link = await services.database.db.transaction().execute(async (trx) => {
    const made = await createInvitationLink(
      trx,
      { email: input.email, agencyId: input.agencyId, role: input.role, createdBy: actor.userId },
      now,
    );
    for (const id of made.replaced) {
      await appendAudit(trx, services.auditKey, {
        event: 'admin.user.invitation_revoked',
        ...actorFields(actor),
        recordType: 'invitation',
        recordId: id,
        outcome: 'success',
        details: { reason: 'replaced' },
      });
    }
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.invited',
      ...actorFields(actor),
      recordType: 'invitation',
      recordId: made.id,
      outcome: 'success',
      details: { role: input.role, agency_id: input.agencyId },
    });
    return made;
  });
  const url = new URL(`/invitation#${link.token}`, input.publicUrl).toString();
  const emailed = services.mail
    ? await services.mail.trySend(
        () =>
          invitationEmail({
            to: normaliseEmail(input.email),
            link: url,
            expiresAt: link.expiresAt,
            inviter: actor.displayName,
            agency: agency.name,
            role: input.role,
            timeZone: services.config.timeZone,
          }),
        'invitation',
      )
    : false;
  return { id: link.id, link: url, expiresAt: link.expiresAt, emailed };
}
