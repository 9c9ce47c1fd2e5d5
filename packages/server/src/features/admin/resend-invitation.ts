import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail } from '../../identity/accounts.js';
import { findInvitation, INVITATION_LIFETIME_MS, reissueLink } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { assertInvitationInScope } from './admin-caller.js';
import { invitationEmail } from './invitation-email.js';

/**
 * Sends an open invitation again: a new link, valid 72 hours from now (the earlier link stops working at once),
 * e-mailed when SMTP is configured and shown to copy either way.
 */
export async function resendInvitation(input: {
  actor: Actor;
  services: Services;
  invitationId: string;
  publicUrl: URL;
}) {
  const { actor, services } = input;
  const db = services.database.db;
  const invitation = await findInvitation(db, input.invitationId);
  if (!invitation || invitation.used_at || invitation.revoked_at) {
    throw new HarborError('not_found', 'no open invitation');
  }
  await assertInvitationInScope(services, actor, invitation);
  if (invitation.email && (await findUserByEmail(db, invitation.email))) {
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  }
  const now = services.gate.now();
  const fresh = await db.transaction().execute(async (trx) => {
    const reissued = await reissueLink(trx, invitation.id, INVITATION_LIFETIME_MS, now);
    if (!reissued) throw new HarborError('not_found', 'invitation used or withdrawn meanwhile');
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.invitation_resent',
      ...actorFields(actor),
      recordType: 'invitation',
      recordId: invitation.id,
      outcome: 'success',
    });
    return reissued;
  });
  const url = new URL(`/invitation#${fresh.token}`, input.publicUrl).toString();
  const agency = await db
    .selectFrom('agency')
    .select('name')
    .where('id', '=', invitation.agency_id ?? '')
    .executeTakeFirst();
  const emailed = services.mail
    ? await services.mail.trySend(
        () =>
          invitationEmail({
            to: invitation.email ?? '',
            link: url,
            expiresAt: fresh.expiresAt,
            inviter: actor.displayName,
            agency: agency?.name ?? '',
            role: invitation.role as Role,
            timeZone: services.config.timeZone,
          }),
        'invitation',
      )
    : false;
  return { id: invitation.id, link: url, expiresAt: fresh.expiresAt, emailed };
}
