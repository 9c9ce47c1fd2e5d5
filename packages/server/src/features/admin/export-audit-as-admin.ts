import { type AuditSearch, auditCsv, auditOnce, searchAudit } from '../../audit/index.js';
import { type AdminCaller, auditScope } from './admin-caller.js';

/** The audit trail as CSV text (formula injection neutralised); the export itself is audited. */
export async function exportAuditAsAdmin(input: { admin: AdminCaller; search: AuditSearch }): Promise<string> {
  const { admin } = input;
  const result = await searchAudit(admin.db, input.search, await auditScope(admin));
  await auditOnce(admin.db, admin.auditKey, {
    event: 'audit.exported',
    actorUserId: admin.user.id,
    actorAgencyId: admin.user.agency_id,
    outcome: 'success',
    details: { rows: result.entries.length },
    ip: admin.ip,
  });
  return auditCsv(result.entries);
}
