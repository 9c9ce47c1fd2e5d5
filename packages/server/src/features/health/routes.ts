import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HarborDatabase } from '../../db/database.js';
import { HarborError } from '../../errors.js';
import { PUBLIC } from '../../http/access.js';

const Status = z.object({ status: z.literal('ok') }).describe('The service is up');

const PING_TIMEOUT_MS = 2000;

/** The database's ping, or an error once `ms` pass without its answer (one promise and one timer, per probe). */
function pingWithin(database: HarborDatabase, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('database ping timed out')), ms);
    database.ping().then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** /healthz: the process answers. /readyz: the database answers too, and the server is not shutting down. */
export async function healthRoutes(
  app: FastifyInstance,
  options: { database: HarborDatabase; isDraining: () => boolean },
): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/healthz',
    {
      config: { access: PUBLIC },
      schema: { tags: ['health'], summary: 'Liveness: the process answers', response: { 200: Status } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );
  api.get(
    '/readyz',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers and the server is not shutting down (503 otherwise)',
        response: { 200: Status },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (options.isDraining()) throw new HarborError('unavailable', 'shutting down');
      try {
        await pingWithin(options.database, PING_TIMEOUT_MS);
      } catch (error) {
        request.log.warn({ event: 'readyz.database_unreachable', kind: (error as Error).name }, 'database unreachable');
        throw new HarborError('unavailable', 'database unreachable');
      }
      return { status: 'ok' as const };
    },
  );
}
