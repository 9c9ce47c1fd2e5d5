import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { makeRoutesPublic } from './access.js';
import { errorBody } from './error-handler.js';

/** The built web app (packages/web/dist). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Paths the web app never answers: the API and the health checks keep their JSON 404. */
const NOT_WEB = /^\/(api|healthz|readyz)(\/|$|\?)/;

/**
 * Serves the web app: hashed assets cached for a year, everything else revalidated, and the single-page app's
 * index.html for any other page address (/sign-in, /app/...) so client-side routes load directly. `/` and the
 * public site's pages (/en/..., /es/...) are the public site's (features/public-site).
 */
export async function registerWebApp(app: FastifyInstance, options: { dist?: string } = {}): Promise<void> {
  const dist = options.dist ?? WEB_DIST;
  const indexFile = join(dist, 'index.html');
  const built = existsSync(indexFile);
  if (!built) app.log.warn({ event: 'web.missing', dist }, 'the web app is not built; run `npm run build`');

  const indexHtml = built ? readFileSync(indexFile) : undefined;
  const sendIndex = (reply: FastifyReply) =>
    reply.status(200).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);

  await app.register(async (scope) => {
    makeRoutesPublic(scope);
    if (!built) return;
    scope.get('/index.html', (_request, reply) => sendIndex(reply));
    await scope.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      index: false,
      wildcard: true,
      cacheControl: false,
      dotfiles: 'deny',
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          path.includes(`${join(dist, 'assets')}/`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  });

  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !NOT_WEB.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && indexHtml) return sendIndex(reply);
    return reply.status(404).send(errorBody(request.locale, 'not_found'));
  });
}
