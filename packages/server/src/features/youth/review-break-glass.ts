import { toStoredTime } from '../../db/ids.js';
import type { Actor } from '../../records/actor.js';
import type { RecordsGate } from '../../records/gate.js';
import { grantsOnAgencyTeams } from './queries.js';

/** Break-glass grants on youth whose care team includes the supervisor's agency, newest first. */
export async function reviewBreakGlass(input: { gate: RecordsGate; actor: Actor; limit?: number }) {
  const { gate, actor } = input;
  const rows = await grantsOnAgencyTeams(gate.db, actor.agencyId, input.limit ?? 100);
  // The reasons may describe the youth: reading them is recorded like a search of the audit trail.
  await gate.audit(actor, {
    event: 'audit.searched',
    outcome: 'success',
    details: { view: 'break_glass', count: rows.length },
  });
  const now = toStoredTime(gate.now());
  return rows.map((r) => ({
    id: r.id,
    youthId: r.youth_id,
    userId: r.user_id,
    userName: r.display_name,
    userAgencyId: r.agency_id,
    userAgencyName: r.agency_name,
    active: r.expires_at > now,
    reason: r.reason,
    grantedAt: r.granted_at,
    expiresAt: r.expires_at,
  }));
}
