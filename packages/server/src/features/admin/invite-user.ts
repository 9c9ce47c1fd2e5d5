import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail } from '../../identity/accounts.js';
import { createInvitationLink } from '../../identity/one-time-links.js';
import type { Actor } from '../../records/actor.js';
import { actorFields } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { managesAll } from './admin-caller.js';

/**
 * A single-use invitation link (72 hours). Supervisors invite into their own agency only and never
 * as administrators; administrators invite anyone anywhere.
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
    throw new HarborError('forbidden', 'supervisors invite into their own agency, not as admin');
  }
  const agency = await services.database.db
    .selectFrom('agency')
    .select('id')
    .where('id', '=', input.agencyId)
    .executeTakeFirst();
  if (!agency)
    throw new HarborError('validation_failed', 'unknown agency', [
      { path: 'body.agencyId', message: 'validation.invalid' },
    ]);
  if (await findUserByEmail(services.database.db, input.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  const now = services.gate.now();
  const { id, token, expiresAt } = await services.database.db.transaction().execute(async (trx) => {
    const link = await createInvitationLink(
      trx,
      { email: input.email, agencyId: input.agencyId, role: input.role, createdBy: actor.userId },
      now,
    );
    await appendAudit(trx, services.auditKey, {
      event: 'admin.user.invited',
      ...actorFields(actor),
      recordType: 'invitation',
      recordId: link.id,
      outcome: 'success',
      details: { role: input.role, agency_id: input.agencyId },
    });
    return link;
  });
  return { id, link: new URL(`/invitation#${token}`, input.publicUrl).toString(), expiresAt };
}
