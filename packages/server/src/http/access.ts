import type { FastifyInstance, RouteOptions } from 'fastify';
import { HarborError } from '../errors.js';

/**
 * Who may call a route. Every route declares one when it is registered (deny by default): a route
 * without a rule makes the server refuse to start. `public` is for what anyone may read or send
 * (health checks, the API description, the web app's files, browser security reports).
 * Rules for signed-in users arrive with accounts.
 */
export type AccessRule = { kind: 'public' };

export const PUBLIC: AccessRule = { kind: 'public' };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyInstance {
    /** Every route registered, with its access rule; filled as routes are added. */
    harborRoutes: RegisteredRoute[];
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  options: RouteOptions;
}

export function accessOf(route: RegisteredRoute): AccessRule | undefined {
  return route.options.config?.access;
}

/** Marks every route registered inside a plugin context as public (for third-party plugins that serve files). */
export function makeRoutesPublic(app: FastifyInstance): void {
  app.addHook('onRoute', (options) => {
    options.config = { ...options.config, access: options.config?.access ?? PUBLIC };
  });
}

/** Records every route and, at start, refuses any without an access rule; checks the rule on each request. */
export function enforceAccessRules(app: FastifyInstance): void {
  app.decorate('harborRoutes', []);
  app.addHook('onRoute', (options) => {
    const methods = Array.isArray(options.method) ? options.method : [options.method];
    for (const method of methods) app.harborRoutes.push({ method, url: options.url, options });
  });
  app.addHook('onReady', async () => {
    const missing = app.harborRoutes.filter((route) => !accessOf(route));
    if (missing.length > 0) {
      throw new Error(
        `Routes registered without an access rule (deny by default): ${missing.map((r) => `${r.method} ${r.url}`).join(', ')}`,
      );
    }
  });
  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config?.access;
    // Unmatched requests reach the not-found handler, which has no rule and serves nothing private.
    if (request.is404) return;
    if (!rule) throw new HarborError('forbidden', `no access rule on ${request.routeOptions.url}`);
    switch (rule.kind) {
      case 'public':
        return;
      default: {
        const unknown: never = rule.kind;
        throw new HarborError('forbidden', `unknown access rule ${String(unknown)}`);
      }
    }
  });
}
