import { decideOwnedAccess } from '@harbor/core';
import type { Actor } from '../../records/actor.js';
import { classed } from '../../records/classed.js';
import type { ListItem, RecordsGate } from '../../records/gate.js';
import { notificationsOf, unreadCount } from '../response/escalation-queries.js';
import { stepOwnerName } from '../response/response-rules.js';
import { youthLabels } from '../youth/youth-facts.js';

/**
 * A user's own notifications, newest first, with the unread count. Each names a response and a step (a crisis, an
 * overdue step), the youth (initials and age: identity) or, for a youth not identified yet, who opened the response,
 * the step's owner and when it was due: a read of that youth's response, audited; one about a youth the user may no
 * longer see is left out.
 */
export async function listNotifications(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  const items = await gate.readMany(actor, { event: 'response.read', details: { via: 'notifications' } }, async (h) => {
    type Item = ListItem<ReturnType<typeof viewOf>>;
    const rows = await notificationsOf(h.db, actor.userId);
    const access = await h.accessTo(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])));
    const labels = await youthLabels(
      h,
      rows.map((r) => (r.youth_id && access.has(r.youth_id) ? r.youth_id : null)),
    );
    return rows.flatMap((r): Item[] => {
      const label = r.youth_id ? labels.get(r.youth_id) : undefined;
      const view = viewOf(r, label && { initials: label.initials, age: label.age });
      if (r.youth_id)
        return access.has(r.youth_id)
          ? [{ youthId: r.youth_id, recordType: 'notification', recordId: r.id, view }]
          : [];
      const owned =
        r.opener_user_id && r.opener_agency_id
          ? decideOwnedAccess(actor, { userId: r.opener_user_id, agencyId: r.opener_agency_id }, true)
          : 'creator';
      return owned ? [{ youthId: null, access: owned, recordType: 'notification', recordId: r.id, view }] : [];
    });
  });
  return { unread: await unreadCount(gate.db, actor.userId), items };
}

const viewOf = (
  r: Awaited<ReturnType<typeof notificationsOf>>[number],
  youth: { initials: string; age: number | null } | undefined,
) => ({
  id: r.id,
  kind: r.kind,
  responseId: r.response_id,
  referralId: r.referral_id ?? null,
  mdtMeetingId: r.mdt_meeting_id ?? null,
  youthId: r.youth_id,
  ...(youth ? { youth: classed('identity', youth) } : {}),
  openerName: r.opener_name ?? null,
  stepId: r.step_id ?? null,
  ownerRole: r.owner_role ?? null,
  ownerName:
    r.owner_role && r.opener_name
      ? stepOwnerName({ owner_name: r.owner_name, owner_role: r.owner_role, opener_name: r.opener_name })
      : null,
  dueAt: r.due_at ?? null,
  stepDone: r.step_status !== null && r.step_status !== undefined && r.step_status !== 'pending',
  protocolId: r.protocol_id ?? null,
  protocolVersion: r.protocol_version ?? null,
  createdAt: r.created_at,
  readAt: r.read_at,
});
