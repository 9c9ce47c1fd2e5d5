import { toStoredTime } from '../../db/ids.js';
import { classed } from '../../records/classed.js';
import type { DeadlineSource } from '../../records/deadlines.js';
import { youthLabels } from '../youth/youth-facts.js';
import { dueActions } from './queries.js';

/**
 * MDT action items in the deadlines view: open items due by `until` (and everything overdue), the caller's own
 * ('mine') or their agency's people's ('agency', supervisors). Each line is audited as a read of its youth's roster
 * entry. The owner's own item about a youth they may not read here (a disclosure at the meeting opens the youth on
 * the meeting's page only) still comes, naming no youth and holding no text, so that no one loses a task they owe;
 * a supervisor's view leaves such items out.
 */
export const mdtDeadlines: DeadlineSource = {
  event: 'mdt.read',
  async find(h, { scope, until, limit }) {
    const { actor, now } = h;
    const rows = await dueActions(
      h.db,
      scope === 'mine' ? { ownerUserId: actor.userId } : { agencyId: actor.agencyId },
      until,
      limit,
    );
    const access = await h.accessTo(rows.map((r) => r.youth_id));
    const visible = rows.filter((r) => access.has(r.youth_id));
    const labels = await youthLabels(
      h,
      visible.map((r) => r.youth_id),
    );
    const owed = rows.filter((r) => !access.has(r.youth_id) && r.owner_user_id === actor.userId);
    const unnamed = owed.map((r) => ({
      youthId: null,
      access: 'creator' as const,
      recordType: 'mdt_action',
      recordId: r.id,
      view: {
        kind: 'mdt_action' as const,
        actionId: r.id,
        meetingId: r.meeting_id,
        ownerName: r.owner_name,
        dueAt: r.due_at,
        overdue: r.due_at <= toStoredTime(now),
      },
    }));
    const named = visible.map((r) => {
      const label = labels.get(r.youth_id);
      return {
        youthId: r.youth_id,
        recordType: 'mdt_entry',
        recordId: r.entry_id,
        view: {
          kind: 'mdt_action' as const,
          actionId: r.id,
          meetingId: r.meeting_id,
          youthId: r.youth_id,
          ...(label ? { youth: classed('identity', { initials: label.initials, age: label.age }) } : {}),
          text: classed('protocol', h.open('mdt_action', 'text', r.id, r.text)),
          ownerName: r.owner_name,
          dueAt: r.due_at,
          overdue: r.due_at <= toStoredTime(now),
        },
      };
    });
    return [...named, ...unnamed];
  },
};
