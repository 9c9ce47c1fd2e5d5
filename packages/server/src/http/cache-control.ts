import type { FastifyInstance } from 'fastify';
import { headersHook } from './hook.js';

/**
 * The API answers that a browser or a proxy may keep, by route: stored versions of an instrument or a protocol, which
 * never change and hold no youth data (each route sets its own `private, max-age, immutable`). Nothing else.
 */
export const CACHEABLE_API_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/v1/instruments/:id/versions/:version',
  'GET /api/v1/protocols/:id/versions/:version',
]);

/**
 * One rule for every API answer: `Cache-Control: no-store`, so no browser cache, shared computer or proxy keeps a
 * youth's data, whatever a route forgot. Only the routes named above keep the header they set (when they set one:
 * their errors are not cached either).
 */
export function registerApiNoStore(app: FastifyInstance): void {
  app.addHook(
    'onSend',
    headersHook((request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const route = `${request.method} ${request.routeOptions.url ?? ''}`;
      if (CACHEABLE_API_ROUTES.has(route) && reply.hasHeader('cache-control')) return;
      reply.header('cache-control', 'no-store');
    }),
  );
}
