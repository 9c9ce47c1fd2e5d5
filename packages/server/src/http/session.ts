import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Config } from '../config/index.js';
import type { HarborDatabase } from '../db/database.js';
import { ABSOLUTE_LIMIT_MS, type ResolvedSession, resolveSession } from '../identity/sessions.js';
import { requestHook } from './hook.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's session, resolved for every route that is not public; null when there is none. */
    auth: (ResolvedSession & { token: string }) | null;
  }
}

/**
 * The session cookie: `__Host-` prefixed, Secure, HttpOnly, SameSite=Strict when Harbor is served
 * over https. Browsers refuse a `__Host-` cookie without Secure, so on plain http (local use only)
 * the cookie drops the prefix and Secure and keeps the rest.
 */
export function sessionCookieName(config: Config): string {
  return config.publicUrl.protocol === 'https:' ? '__Host-harbor' : 'harbor';
}

export async function registerSessions(
  app: FastifyInstance,
  options: { config: Config; database: HarborDatabase },
): Promise<void> {
  const name = sessionCookieName(options.config);
  // Awaited so that cookies are parsed before the hook below reads them.
  await app.register(cookie);
  app.decorateRequest('auth', null);
  app.addHook(
    'onRequest',
    requestHook((request) => {
      const rule = request.routeOptions.config?.access;
      if (!rule || rule.kind === 'public') return;
      const token = request.cookies[name];
      if (!token) return;
      // Sessions live on the wall clock, made and resolved on it, whatever clock a test gives the server's rules.
      return resolveSession(options.database.db, token).then((resolved) => {
        request.auth = resolved ? { ...resolved, token } : null;
      });
    }),
  );
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.protocol === 'https:',
    sameSite: 'strict',
    maxAge: Math.floor(ABSOLUTE_LIMIT_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), {
    path: '/',
    httpOnly: true,
    secure: config.publicUrl.protocol === 'https:',
    sameSite: 'strict',
  });
}
