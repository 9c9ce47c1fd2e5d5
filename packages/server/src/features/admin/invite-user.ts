import type { Role } from '@harbor/core';
import { appendAudit } from '../../audit/index.js';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { findUserByEmail } from '../../identity/accounts.js';
import { createInvitationLink } from '../../identity/one-time-links.js';
import { type AdminCaller, actorOf, managesAll } from './admin-caller.js';

/**
 * A single-use invitation link (72 hours). Supervisors invite into their own agency only and never
 * as administrators; administrators invite anyone anywhere.
 */
export async function inviteUser(input: {
  admin: AdminCaller;
  email: string;
  role: Role;
  agencyId: string;
  publicUrl: URL;
}) {
  const { admin } = input;
  const all = await managesAll(admin);
  if (!all && (input.agencyId !== admin.user.agency_id || input.role === 'admin')) {
    throw new HarborError('forbidden', 'supervisors invite into their own agency, not as admin');
  }
  const agency = await admin.db.selectFrom('agency').select('id').where('id', '=', input.agencyId).executeTakeFirst();
  if (!agency)
    throw new HarborError('validation_failed', 'unknown agency', [
      { path: 'body.agencyId', message: 'validation.invalid' },
    ]);
  if (await findUserByEmail(admin.db, input.email))
    throw harborErrorWithMessage('conflict', 'account.emailTaken', 'e-mail in use');
  const now = admin.now ?? new Date();
  const { id, token, expiresAt } = await admin.db.transaction().execute(async (trx) => {
    const link = await createInvitationLink(
      trx,
      { email: input.email, agencyId: input.agencyId, role: input.role, createdBy: admin.user.id },
      now,
    );
    await appendAudit(trx, admin.auditKey, {
      event: 'admin.user.invited',
      ...actorOf(admin),
      recordType: 'invitation',
      recordId: link.id,
      outcome: 'success',
      details: { role: input.role, agency_id: input.agencyId },
    });
    return link;
  });
  return { id, link: new URL(`/invitation#${token}`, input.publicUrl).toString(), expiresAt };
}
