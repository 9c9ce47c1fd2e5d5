import { type Locale, negotiateLocale } from '@harbor/core';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's language: from Accept-Language now; a signed-in user's setting will take precedence. */
    locale: Locale;
  }
}

export function registerRequestLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request, reply) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    reply.header('content-language', request.locale);
    reply.header('vary', 'Accept-Language');
  });
}
