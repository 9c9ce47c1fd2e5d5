import { auditCsv, auditOnce } from '../../audit/index.js';
import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { type AuditFilters, findAuditEntries } from './find-audit-entries.js';
import { nameAuditEntries } from './name-audit-entries.js';

/**
 * The audit trail as CSV text, with the names of people and agencies and, where the reader may see them, of youth
 * (formula injection neutralised in every cell); the export itself is audited, and so is each youth named.
 */
export async function exportAuditAsAdmin(input: {
  actor: Actor;
  services: Services;
  search: AuditFilters;
}): Promise<string> {
  const { actor, services } = input;
  const result = await findAuditEntries({ services, actor, filters: input.search });
  const named = await nameAuditEntries({ gate: services.gate, actor, entries: result.entries, via: 'audit_export' });
  await auditOnce(services.database.db, services.auditKey, {
    event: 'audit.exported',
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    outcome: 'success',
    details: { rows: result.entries.length },
    ip: actor.ip,
  });
  const youthNames = new Map(named.youth.map((y) => [y.id, y.displayName]));
  return auditCsv(
    named.entries.map((e) => ({
      ...e,
      actorAgencyName: e.actorAgencyId ? (named.agencies[e.actorAgencyId] ?? null) : null,
      youthName: e.youthId ? (youthNames.get(e.youthId) ?? null) : null,
    })),
  );
}
