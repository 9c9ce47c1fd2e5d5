import { IdParams, WorkPhone, WorkPhoneBody } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HarborError } from '../../errors.js';
import { permission, SIGNED_IN } from '../../http/access.js';
import type { Services } from '../../services.js';
import { changeWorkPhone } from './change-work-phone.js';
import { workPhoneOf } from './queries.js';

/** How care teams reach a staff member: their work phone, set by themselves or an administrator. */
export async function staffContactRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['staff'];

  api.get(
    '/api/v1/me/work-phone',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'My work phone, as my care teams see it', response: { 200: WorkPhone } },
    },
    async (request) => ({ workPhone: (await workPhoneOf(services.database.db, request.auth!.user.id)) ?? null }),
  );

  api.put(
    '/api/v1/me/work-phone',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'Set my work phone', body: WorkPhoneBody, response: { 200: WorkPhone } },
    },
    async (request) => {
      const actor = await services.actorOf(request);
      return changeWorkPhone({ services, actor, userId: actor.userId, workPhone: request.body.workPhone });
    },
  );

  api.put(
    '/api/v1/users/:id/work-phone',
    {
      config: { access: permission('users.manage') },
      schema: {
        tags,
        summary: "Set a staff member's work phone (administrators)",
        params: IdParams,
        body: WorkPhoneBody,
        response: { 200: WorkPhone },
      },
    },
    async (request) => {
      const actor = await services.actorOf(request);
      if ((await workPhoneOf(services.database.db, request.params.id)) === undefined) {
        throw new HarborError('not_found', 'no such user');
      }
      return changeWorkPhone({ services, actor, userId: request.params.id, workPhone: request.body.workPhone });
    },
  );
}
