import { auditOnce } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { type AuditFilters, findAuditEntries } from './find-audit-entries.js';
import { nameAuditEntries } from './name-audit-entries.js';

/**
 * One page of the audit trail (newest first) with the names of the people, agencies and (for a reader who may see
 * them) youth it names; the search itself is audited, and so is each youth named.
 */
export async function searchAuditAsAdmin(input: { actor: Actor; services: Services; search: AuditFilters }) {
  const { actor, services } = input;
  const result = await findAuditEntries({ services, actor, filters: input.search });
  const named = await nameAuditEntries({
    gate: services.gate,
    actor,
    entries: result.entries,
    via: 'audit_search',
  });
  await auditOnce(services.database.db, services.auditKey, {
    event: 'audit.searched',
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    outcome: 'success',
    ip: actor.ip,
  });
  return { ...named, nextBefore: result.nextBefore };
}
