import { type AuditSearch, auditOnce, searchAudit } from '../../audit/index.js';
import { type AdminCaller, auditScope } from './admin-caller.js';

/** One page of the audit trail (newest first); the search itself is audited. */
export async function searchAuditAsAdmin(input: { admin: AdminCaller; search: AuditSearch }) {
  const { admin } = input;
  const result = await searchAudit(admin.db, input.search, await auditScope(admin));
  await auditOnce(admin.db, admin.auditKey, {
    event: 'audit.searched',
    actorUserId: admin.user.id,
    actorAgencyId: admin.user.agency_id,
    outcome: 'success',
    ip: admin.ip,
  });
  return { entries: result.entries, nextBefore: result.nextBefore };
}
