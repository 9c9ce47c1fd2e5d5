import { Timeline, YouthId } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { permission } from '../../http/access.js';
import type { Services } from '../../services.js';
import { readTimeline } from './read-timeline.js';

/** A youth's timeline. */
export async function timelineRoutes(app: FastifyInstance, services: Services) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/youth/:id/timeline',
    {
      config: { youthData: 'record', access: permission('youth.read') },
      schema: {
        tags: ['youth'],
        summary:
          "What happened on a youth's record, newest first: screenings, responses and their steps, care-team changes, break-glass accesses (the entries and fields my role may see)",
        params: YouthId,
        response: { 200: Timeline },
      },
    },
    async (request) =>
      readTimeline({ gate: services.gate, actor: await services.actorOf(request), youthId: request.params.id }),
  );
}
