import { decideOwnedAccess, NotificationList } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { SIGNED_IN } from '../../http/access.js';
import type { Actor } from '../../records/actor.js';
import type { ListItem, RecordsGate } from '../../records/gate.js';
import type { Services } from '../../services.js';
import { markNotificationRead, notificationsOf, unreadCount } from '../response/escalation-queries.js';

/**
 * A user's own notifications, newest first, with the unread count. Each names a response and a step (a crisis, an
 * overdue step): a read of that youth's response, audited; one about a youth the user may no longer see is left out.
 */
export async function listNotifications(input: { gate: RecordsGate; actor: Actor }) {
  const { gate, actor } = input;
  const items = await gate.readMany(actor, { event: 'response.read', details: { via: 'notifications' } }, async (h) => {
    type Item = ListItem<ReturnType<typeof viewOf>>;
    const rows = await notificationsOf(h.db, actor.userId);
    const access = await h.accessTo(rows.flatMap((r) => (r.youth_id ? [r.youth_id] : [])));
    return rows.flatMap((r): Item[] => {
      const view = viewOf(r);
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

const viewOf = (r: Awaited<ReturnType<typeof notificationsOf>>[number]) => ({
  id: r.id,
  kind: r.kind,
  responseId: r.response_id,
  stepId: r.step_id ?? null,
  createdAt: r.created_at,
  readAt: r.read_at,
});

/** A user's own notifications (overdue steps, safety steps). */
export async function notificationRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { gate } = services;
  const tags = ['notifications'];

  api.get(
    '/api/v1/notifications',
    {
      config: { youthData: { items: 'items' }, access: SIGNED_IN },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        response: { 200: NotificationList },
      },
    },
    async (request) => listNotifications({ gate, actor: await services.actorOf(request) }),
  );

  api.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'Mark one of my notifications read',
        params: z.strictObject({ id: z.string().min(1).max(64) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!(await markNotificationRead(gate.db, request.auth!.user.id, request.params.id, gate.now()))) {
        throw new HarborError('not_found', 'no such notification');
      }
      return reply.status(204).send(null);
    },
  );
}
