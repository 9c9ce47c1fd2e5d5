import { type Locale, negotiateLocale } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import { requestHook } from './hook.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's language: from Accept-Language now; a signed-in user's setting will take precedence. */
    locale: Locale;
  }
}

export function registerRequestLocale(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.addHook(
    'onRequest',
    requestHook((request, reply) => {
      request.locale = negotiateLocale(request.headers['accept-language']);
      // API answers speak the caller's language. The web app's files do not vary by language (the app translates itself),
      // so they say nothing about it: a service worker's cache then matches them whatever language the page asks in.
      if (request.url.startsWith('/api/')) {
        reply.header('content-language', request.locale);
        reply.header('vary', 'Accept-Language');
      }
    }),
  );
}
