import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HarborDatabase } from '../../db/database.js';
import { toStoredTime } from '../../db/ids.js';
import { HarborError } from '../../errors.js';
import { SIGNED_IN } from '../../http/access.js';

const Notification = z.object({
  id: z.string(),
  kind: z.enum(['step_overdue', 'step_overdue_supervisor', 'crisis']),
  responseId: z.string().nullable(),
  stepId: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** A user's own notifications (overdue steps, safety steps). */
export async function notificationRoutes(app: FastifyInstance, options: { database: HarborDatabase }) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = options.database.db;
  const tags = ['notifications'];

  api.get(
    '/api/v1/notifications',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        response: { 200: z.object({ unread: z.number().int(), items: z.array(Notification) }) },
      },
    },
    async (request) => {
      const userId = request.auth!.user.id;
      const rows = await db
        .selectFrom('notification as n')
        .leftJoin('response_step as s', 's.id', 'n.response_step_id')
        .select(['n.id', 'n.kind', 'n.response_id', 's.step_id', 'n.created_at', 'n.read_at'])
        .where('n.user_id', '=', userId)
        .orderBy('n.created_at', 'desc')
        .limit(100)
        .execute();
      const unread = await db
        .selectFrom('notification')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return {
        unread: Number(unread.n),
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          responseId: r.response_id,
          stepId: r.step_id ?? null,
          createdAt: r.created_at,
          readAt: r.read_at,
        })),
      };
    },
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
      const result = await db
        .updateTable('notification')
        .set({ read_at: toStoredTime(new Date()) })
        .where('id', '=', request.params.id)
        .where('user_id', '=', request.auth!.user.id)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new HarborError('not_found', 'no such notification');
      return reply.status(204).send(null);
    },
  );
}
