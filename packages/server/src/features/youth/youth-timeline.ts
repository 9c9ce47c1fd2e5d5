import { classed } from '../../records/classed.js';
import type { TimelineEntrySource } from '../../records/timeline.js';
import { careTeamHistoryOf, grantsOnYouth, youthCreation } from './queries.js';

/**
 * The youth record's own entries of the timeline: when it was opened, who joined and left the care team (not a youth's
 * data: the care team is shown to everyone who may see the record), and break-glass accesses (protocol: their reason).
 */
export const youthTimeline: TimelineEntrySource = async (h, youthId) => {
  const out: Awaited<ReturnType<TimelineEntrySource>> = [];
  const created = await youthCreation(h.db, youthId);
  if (created)
    out.push({
      at: created.created_at,
      entry: { kind: 'record_opened', at: created.created_at, by: created.display_name ?? null },
    });
  for (const m of await careTeamHistoryOf(h.db, youthId)) {
    const member = { name: m.display_name, role: m.role, agencyName: m.agency_name };
    // The creator's own joining is the record's opening.
    if (m.basis !== 'creator')
      out.push({
        at: m.added_at,
        entry: { kind: 'care_team_joined', at: m.added_at, by: m.added_by_name ?? null, member, basis: m.basis },
      });
    if (m.removed_at)
      out.push({
        at: m.removed_at,
        entry: { kind: 'care_team_left', at: m.removed_at, by: m.removed_by_name ?? null, member },
      });
  }
  for (const g of await grantsOnYouth(h.db, youthId)) {
    out.push({
      at: g.granted_at,
      entry: classed('protocol', {
        kind: 'break_glass',
        at: g.granted_at,
        by: g.display_name,
        member: { name: g.display_name, role: g.role, agencyName: g.agency_name },
        reason: h.open('break_glass_grant', 'reason', g.id, g.reason),
        until: g.expires_at,
      }),
    });
  }
  return out;
};
