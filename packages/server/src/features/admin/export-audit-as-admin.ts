import { type AuditSearch, auditCsv, auditOnce, searchAudit } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { auditScope } from './admin-caller.js';

/** The audit trail as CSV text (formula injection neutralised); the export itself is audited. */
export async function exportAuditAsAdmin(input: {
  actor: Actor;
  services: Services;
  search: AuditSearch;
}): Promise<string> {
  const { actor, services } = input;
  const result = await searchAudit(services.database.db, input.search, await auditScope(services, actor));
  await auditOnce(services.database.db, services.auditKey, {
    event: 'audit.exported',
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    outcome: 'success',
    details: { rows: result.entries.length },
    ip: actor.ip,
  });
  return auditCsv(result.entries);
}
