import { Deadline, DeadlinesQuery } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { listDeadlines } from './list-deadlines.js';

/** The deadlines view: protocol steps and referrals' clocks. */
export async function deadlinesRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/deadlines',
    {
      config: { access: permission('youth.read'), youthData: { items: '' } },
      schema: {
        tags: ['responses', 'referrals'],
        summary:
          'What is due in the next hours and what is overdue, most urgent first (mine, or my agency’s): protocol steps and referrals’ acknowledgement and first contact',
        querystring: DeadlinesQuery,
        response: { 200: z.array(Deadline) },
      },
    },
    async (request) =>
      listDeadlines({
        gate: services.gate,
        actor: await services.actorOf(request),
        scope: request.query.scope,
        hours: request.query.hours,
        timeZone: services.config.timeZone,
      }),
  );
}
