import type { Permission } from '@harbor/core';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { RolePermissions } from '../access/role-permissions.js';
import { HarborError, harborErrorWithMessage } from '../errors.js';
import { csrfTokenFor, sameCsrfToken } from '../identity/sessions.js';
import { requestHook } from './hook.js';

/**
 * Who may call a route. Every route declares one when it is registered (deny by default): a route
 * without a rule makes the server refuse to start.
 * - `public`: anyone (health checks, the API description, the web app's files, sign-in itself).
 * - `pending`: a session half-way through signing in (second factor due, or TOTP being enrolled).
 * - `session`: any session, half-way or complete (reading one's session, signing out).
 * - `signed_in`: a fully signed-in user, whatever the role.
 * - `permission`: a fully signed-in user whose role holds the permission (role permissions are data).
 * Need-to-know on a youth's records is decided by the repository, which answers 404.
 */
export type YouthDataAnswer = 'record' | { items: string; placeholder?: string };

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'pending' }
  | { kind: 'session' }
  | { kind: 'signed_in' }
  | { kind: 'permission'; permission: Permission };

export const PUBLIC: AccessRule = { kind: 'public' };
export const PENDING: AccessRule = { kind: 'pending' };
export const ANY_SESSION: AccessRule = { kind: 'session' };
export const SIGNED_IN: AccessRule = { kind: 'signed_in' };
export const permission = (name: Permission): AccessRule => ({ kind: 'permission', permission: name });

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
    /**
     * The route answers with a youth's data, read through the records gate and audited naming exactly the fields
     * returned: 'record' (one audit entry for the whole answer) or `{ items }` (one entry per element of the list at
     * that key of the answer; '' when the answer is the list; an element whose `placeholder` key is true holds no
     * youth data and is not audited, such as a restricted youth on a meeting's roster). The wall test drives every
     * route so marked and scans every other one for youth data.
     */
    youthData?: YouthDataAnswer;
    /** The feature (features/index.ts) whose declaration registered the route. */
    feature?: string;
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

/** Host names of this machine: a Harbor whose public address is one of them (local use, tests) answers to any. */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** Whether a host name (as in a URL: IPv6 in brackets, no port) is Harbor's own, by its public address. */
export function isOwnHostname(hostname: string, publicUrl: URL): boolean {
  const own = publicUrl.hostname.toLowerCase();
  const given = hostname.toLowerCase().replace(/\.$/, '');
  return given === own || (LOOPBACK.test(own) && LOOPBACK.test(given));
}

/**
 * Whether an Origin (or a Referer's origin) is Harbor's public address (HARBOR_PUBLIC_URL): same scheme, host and port,
 * never judged by the request's own Host header, which the caller writes. A loopback public address accepts any
 * loopback origin of the same scheme (a local Harbor on a port chosen at start).
 */
export function isOwnOrigin(value: string, publicUrl: URL): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.origin === publicUrl.origin) return true;
  return url.protocol === publicUrl.protocol && LOOPBACK.test(publicUrl.hostname) && LOOPBACK.test(url.hostname);
}

/**
 * A state-changing request must come from Harbor's own pages: when the browser names an Origin (or, without one, a
 * Referer) it must be Harbor's public address, and a signed-in caller must echo the session's CSRF token. (JSON-only
 * bodies and SameSite=Strict cookies are the other two locks on that door.)
 */
function checkCrossSite(request: FastifyRequest, secretKey: Buffer, publicUrl: URL): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin ?? request.headers.referer;
  if (origin !== undefined && !isOwnOrigin(origin, publicUrl)) {
    throw new HarborError('forbidden', 'cross-site request refused');
  }
  if (request.auth) {
    const given = request.headers['x-csrf-token'];
    if (!sameCsrfToken(csrfTokenFor(secretKey, request.auth.token), typeof given === 'string' ? given : undefined)) {
      throw new HarborError('forbidden', 'missing or wrong CSRF token');
    }
  }
}

/** The health checks answer whatever the Host: load balancers and orchestrators probe a process by its address. */
const ANY_HOST_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Refuses, before anything else runs, a request whose Host (X-Forwarded-Host behind a trusted proxy) is not Harbor's
 * public host name: a page of another site whose name was pointed at Harbor's address (DNS rebinding) gets no answer.
 */
export function refuseUnknownHosts(app: FastifyInstance, publicUrl: URL): void {
  app.addHook(
    'onRequest',
    requestHook((request) => {
      const url = request.url;
      // The path without its query, without splitting the URL into an array on every request.
      const query = url.indexOf('?');
      if (ANY_HOST_PATHS.has(query === -1 ? url : url.slice(0, query))) return;
      if (!isOwnHostname(request.hostname, publicUrl)) {
        throw harborErrorWithMessage('bad_request', 'request.unknownHost', 'unknown Host refused');
      }
    }),
  );
}

export interface AccessOptions {
  permissions: RolePermissions;
  secretKey: Buffer;
  publicUrl: URL;
}

/** Records every route and, at start, refuses any without an access rule; checks the rule on each request. */
export function enforceAccessRules(app: FastifyInstance, options: AccessOptions): void {
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
  app.addHook(
    'onRequest',
    requestHook((request) => {
      const rule = request.routeOptions.config?.access;
      // Unmatched requests reach the not-found handler, which has no rule and serves nothing private.
      if (request.is404) return;
      if (!rule) throw new HarborError('forbidden', `no access rule on ${request.routeOptions.url}`);
      if (rule.kind === 'public') {
        if (!SAFE_METHODS.has(request.method)) checkCrossSite(request, options.secretKey, options.publicUrl);
        return;
      }
      const auth = request.auth;
      switch (rule.kind) {
        case 'pending':
          if (!auth || auth.session.stage === 'active') throw new HarborError('unauthenticated', 'no pending sign-in');
          break;
        case 'session':
          if (!auth) throw new HarborError('unauthenticated', 'no session');
          break;
        case 'signed_in':
          if (auth?.session.stage !== 'active') throw new HarborError('unauthenticated', 'not signed in');
          break;
        case 'permission': {
          if (auth?.session.stage !== 'active') throw new HarborError('unauthenticated', 'not signed in');
          const role = auth.user.role;
          return options.permissions.has(role, rule.permission).then((held) => {
            if (!held) throw new HarborError('forbidden', `role ${role} lacks ${rule.permission}`);
            checkCrossSite(request, options.secretKey, options.publicUrl);
          });
        }
        default: {
          const unknown: never = rule;
          throw new HarborError('forbidden', `unknown access rule ${JSON.stringify(unknown)}`);
        }
      }
      checkCrossSite(request, options.secretKey, options.publicUrl);
    }),
  );
}
