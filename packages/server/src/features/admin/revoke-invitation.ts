import { appendAudit } from '../../audit/index.js';
import { HarborError } from '../../errors.js';
import { findInvitation, revokeLink } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { assertInvitationInScope } from './admin-caller.js';

/** Withdraws an invitation not yet accepted: its link stops working at once. */
export async function revokeInvitation(input: { actor: Actor; services: Services; invitationId: string }) {
  const { actor, services } = input;
  const db = services.database.db;
  const invitation = await findInvitation(db, input.invitationId);
  if (!invitation || invitation.used_at || invitation.revoked_at) {
    throw new HarborError('not_found', 'no open invitation');
  }
  await assertInvitationInScope(services, actor, invitation);
  const now = services.gate.now();
  await db.transaction().execute(async (trx) => {
    if (!(await revokeLink(trx, invitation.id, actor.userId, now))) {
      throw new HarborError('not_found', 'invitation used or withdrawn meanwhile');
    }
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.invitation_revoked',
      ...actorFields(actor),
      recordType: 'invitation',
      recordId: invitation.id,
      outcome: 'success',
    });
  });
}
