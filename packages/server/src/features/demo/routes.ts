import { InstanceInfo } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../http/access.js';
import type { Services } from '../../services.js';
import { demoMarker } from './queries.js';

/**
 * GET /api/v1/instance: what every page of the staff app needs to know about this Harbor before anyone signs in,
 * today whether its database holds the fictional data of `harbor demo seed` (then each page says so). Read from the
 * database at each call (one row by its key): a seed run beside a serving Harbor shows at the next page load.
 */
export async function instanceRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/v1/instance',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['instance'],
        summary: 'About this Harbor: whether it holds demonstration data (no session needed)',
        response: { 200: InstanceInfo },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      const marker = await demoMarker(services.database.db);
      return { demo: marker ? { seededAt: marker.started_at } : null };
    },
  );
}
