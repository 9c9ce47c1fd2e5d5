import { CallbackQuery, OidcInfo, Redirect } from '@harbor/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../http/access.js';
import { setSessionCookie } from '../../http/session.js';
import { type SignInRouteOptions, signInContext } from './context.js';
import {
  FLOW_LIFETIME_MS,
  flowCookieName,
  flowCookieOptions,
  flowKey,
  openFlow,
  sealFlow,
} from './oidc-flow-cookie.js';
import { OidcFailure, OidcProviderClient } from './oidc-provider.js';
import { recordOidcFailure } from './record-oidc-failure.js';
import { signInWithOidc } from './sign-in-with-oidc.js';

/** Per-address limit on starting and finishing single sign-ons (each failure writes an audit entry). */
const OIDC_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';

/**
 * Single sign-on through an OpenID Connect provider; registered only when HARBOR_OIDC_ISSUER is set.
 *
 * 1. GET /api/v1/auth/oidc/start: discovery (cached), a new state, nonce and PKCE verifier sealed in a 10-minute
 *    cookie, and a redirect to the provider's authorization endpoint.
 * 2. The person signs in at the provider, which sends the browser back to
 * 3. GET /api/v1/auth/oidc/callback: the flow cookie is checked and cleared, the code exchanged, the ID token
 *    validated, the Harbor user found (or linked once by verified e-mail), and a half-way session opened exactly as
 *    the password step does; then a redirect to /sign-in?continue=second-factor, where the web app asks for the
 *    authenticator code (or enrolment). Every failure redirects to /sign-in?sso=failed, is audited as
 *    auth.sign_in.failed ({method: 'oidc', reason}), and shows nothing of the provider's answer.
 */
export async function oidcRoutes(app: FastifyInstance, options: SignInRouteOptions): Promise<void> {
  const { config } = options;
  const settings = config.oidc;
  if (!settings) return;
  const api = app.withTypeProvider<ZodTypeProvider>();
  const base = config.publicUrl.href.replace(/\/+$/, '');
  const provider = new OidcProviderClient(settings, `${base}${OIDC_CALLBACK_PATH}`);
  const key = flowKey(config.secretKey);
  const cookieName = flowCookieName(config);
  const tags = ['auth'];

  const context = (request: FastifyRequest) => signInContext(options, request);
  const redirect = (reply: FastifyReply, location: string) =>
    reply.header('cache-control', 'no-store').redirect(location, 302);

  /** The one answer to every failure: back to the sign-in page, the reason in the audit trail and the log only. */
  async function fail(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    const failure = error instanceof OidcFailure ? error : new OidcFailure('internal_error', { cause: error });
    const cause = failure.cause instanceof Error ? failure.cause : undefined;
    const level = failure.reason === 'internal_error' || failure.reason === 'provider_unavailable' ? 'error' : 'warn';
    request.log[level](
      {
        event: 'auth.oidc.failed',
        reason: failure.reason,
        ...(cause
          ? { cause: { name: cause.name, message: cause.message, code: (cause as { code?: unknown }).code } }
          : {}),
      },
      'single sign-on refused',
    );
    try {
      await recordOidcFailure(context(request), { reason: failure.reason, user: failure.user });
    } catch (auditError) {
      request.log.error({ event: 'auth.oidc.audit_failed', err: auditError }, 'could not audit a refused sign-on');
    }
    return redirect(reply, `${base}/sign-in?sso=failed`);
  }

  api.get(
    '/api/v1/auth/oidc',
    {
      config: { access: PUBLIC },
      schema: {
        tags,
        summary: 'Whether single sign-on is offered, and the text of its button',
        response: { 200: OidcInfo },
      },
    },
    async () => ({ enabled: true, label: settings.label ?? null }),
  );

  api.get(
    '/api/v1/auth/oidc/start',
    {
      config: { access: PUBLIC, rateLimit: OIDC_RATE_LIMIT },
      // GET only: a HEAD must not start a flow or spend a code.
      exposeHeadRoute: false,
      schema: {
        tags,
        summary: 'Start single sign-on: redirects the browser to the identity provider',
        response: { 302: Redirect },
      },
    },
    async (request, reply) => {
      try {
        const { url, flow } = await provider.start();
        reply.setCookie(
          cookieName,
          sealFlow(key, { ...flow, expiresAt: Date.now() + FLOW_LIFETIME_MS }),
          flowCookieOptions(config),
        );
        return redirect(reply, url.href);
      } catch (error) {
        return fail(request, reply, error);
      }
    },
  );

  api.get(
    OIDC_CALLBACK_PATH,
    {
      config: { access: PUBLIC, rateLimit: OIDC_RATE_LIMIT },
      // GET only: a HEAD must not start a flow or spend a code.
      exposeHeadRoute: false,
      // A malformed answer is refused like any other failure (redirect and audit), not with a JSON 400.
      attachValidation: true,
      schema: {
        tags,
        summary: 'Where the identity provider sends the browser back; opens a half-way session (second factor due)',
        querystring: CallbackQuery,
        response: { 302: Redirect },
      },
    },
    async (request, reply) => {
      // Each flow cookie serves one callback, whatever happens next.
      const { maxAge: _maxAge, ...clearOptions } = flowCookieOptions(config);
      reply.clearCookie(cookieName, clearOptions);
      try {
        const opened = openFlow(key, request.cookies[cookieName]);
        if (!opened.ok) throw new OidcFailure(opened.problem);
        if (request.validationError) throw new OidcFailure('bad_request');
        const query = new URL(request.url, 'http://callback.invalid').searchParams;
        const session = await signInWithOidc(context(request), {
          provider,
          flow: opened.flow,
          query,
          log: request.log,
        });
        setSessionCookie(reply, config, session.token);
        return redirect(reply, `${base}/sign-in?continue=second-factor`);
      } catch (error) {
        return fail(request, reply, error);
      }
    },
  );
}
