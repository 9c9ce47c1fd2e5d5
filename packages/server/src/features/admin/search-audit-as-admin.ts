import { type AuditSearch, auditOnce, searchAudit } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { auditScope } from './admin-caller.js';

/** One page of the audit trail (newest first); the search itself is audited. */
export async function searchAuditAsAdmin(input: { actor: Actor; services: Services; search: AuditSearch }) {
  const { actor, services } = input;
  const result = await searchAudit(services.database.db, input.search, await auditScope(services, actor));
  await auditOnce(services.database.db, services.auditKey, {
    event: 'audit.searched',
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    outcome: 'success',
    ip: actor.ip,
  });
  return { entries: result.entries, nextBefore: result.nextBefore };
}
