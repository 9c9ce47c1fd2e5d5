import { IdParams, NotificationList, UnreadCount } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { SIGNED_IN } from '../../http/access.js';
import type { Services } from '../../services.js';
import { markAllNotificationsRead, markNotificationRead, unreadCount } from '../response/escalation-queries.js';
import { listNotifications } from './list-notifications.js';

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
        params: IdParams,
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

  api.get(
    '/api/v1/notifications/unread-count',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'How many of my notifications are unread (for the header; names nothing)',
        response: { 200: UnreadCount },
      },
    },
    async (request) => ({ unread: await unreadCount(gate.db, request.auth!.user.id) }),
  );

  api.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: UnreadCount } },
    },
    async (request) => {
      await markAllNotificationsRead(gate.db, request.auth!.user.id, gate.now());
      return { unread: 0 };
    },
  );
}
