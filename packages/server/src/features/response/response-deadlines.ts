import { decideOwnedAccess } from '@harbor/core';
import { toStoredTime } from '../../db/ids.js';
import { classed } from '../../records/classed.js';
import type { DeadlineSource } from '../../records/deadlines.js';
import { youthLabels } from '../youth/youth-facts.js';
import { dueSteps } from './queries.js';
import { stepOwnerName } from './response-rules.js';

/**
 * The protocol steps of the deadlines view: pending steps due by `until` (and everything overdue), most urgent first.
 * 'mine': steps assigned to the caller, or owned by their role on a response they can see. 'agency' (supervisors):
 * every such step on responses of youth their agency serves or that someone of their agency opened. Every row that
 * names a youth is audited as a read of that youth's response; a row the caller has no need-to-know for is left out.
 */
export const responseDeadlines: DeadlineSource = {
  event: 'response.read',
  async find(h, { scope, until, limit }) {
    const { actor, now } = h;
    const rows = await dueSteps(
      h.db,
      scope === 'mine'
        ? { mine: { userId: actor.userId, role: actor.role } }
        : { agency: { agencyId: actor.agencyId } },
      until,
      limit,
    );
    const access = await h.accessTo(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])));
    const labels = await youthLabels(
      h,
      rows.map((r) => (r.youth_id && access.has(r.youth_id) ? r.youth_id : null)),
    );
    return rows.flatMap((r) => {
      const label = r.youth_id ? labels.get(r.youth_id) : undefined;
      const owned = r.youth_id
        ? undefined
        : decideOwnedAccess(actor, { userId: r.opener_user_id, agencyId: r.opener_agency_id }, true);
      if (r.youth_id ? !access.has(r.youth_id) : !owned) return [];
      return [
        {
          youthId: r.youth_id,
          ...(owned ? { access: owned } : {}),
          recordType: 'response_step',
          recordId: r.step_row_id,
          view: {
            kind: 'step' as const,
            responseId: r.response_id,
            youthId: r.youth_id,
            ...(label ? { youth: classed('identity', { initials: label.initials, age: label.age }) } : {}),
            openerName: r.opener_name,
            ownerName: stepOwnerName(r),
            stepId: r.step_id,
            ownerRole: r.owner_role,
            dueAt: r.due_at!,
            overdue: r.due_at! <= toStoredTime(now),
            protocolId: r.protocol_id,
            protocolVersion: r.protocol_version,
          },
        },
      ];
    });
  },
};
