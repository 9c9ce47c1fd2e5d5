import {
  CodeBody,
  Enrolment,
  EnrolmentDone,
  OpenSession,
  PasswordChange,
  SessionId,
  SessionInfo,
  SetupBody,
  SignInBody,
  SignInResult,
} from '@harbor/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { ANY_SESSION, PENDING, PUBLIC, SIGNED_IN } from '../../http/access.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session.js';
import { csrfTokenFor, type NewSession } from '../../identity/sessions.js';
import { AddressFailures } from './address-failures.js';
import { changeMyPassword } from './change-my-password.js';
import { confirmTotpEnrolment } from './confirm-totp-enrolment.js';
import { type SignInRouteOptions, signInContext } from './context.js';
import { endMySession } from './end-my-session.js';
import { rememberDevice } from './known-device.js';
import { listMySessions } from './list-my-sessions.js';
import { readSession } from './read-session.js';
import { setUpFirstAdministrator } from './set-up-first-administrator.js';
import { signInWithPassword } from './sign-in-with-password.js';
import { signOut } from './sign-out.js';
import { startTotpEnrolment } from './start-totp-enrolment.js';
import { useRecoveryCode } from './use-recovery-code.js';
import { verifyTotpCode } from './verify-totp-code.js';

/** Per-address limits on the endpoints that take secrets (sign-in, codes, set-up). */
const SECRET_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

/** Signing in with a password and the second factor, TOTP enrolment, the caller's sessions, and the first set-up. */
export async function signInRoutes(app: FastifyInstance, options: SignInRouteOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { config } = options;
  const addressFailures = new AddressFailures();
  const context = (request: FastifyRequest) => signInContext(options, request, addressFailures);
  const started = (request: FastifyRequest, reply: FastifyReply, session: NewSession) => {
    setSessionCookie(reply, config, session.token);
    if (session.session.stage === 'active') {
      rememberDevice(request, reply, config, session.session.user_id, options.gate.now());
    }
    return { stage: session.session.stage, csrfToken: csrfTokenFor(config.secretKey, session.token) };
  };
  const current = (request: FastifyRequest) => {
    if (!request.auth) throw new HarborError('unauthenticated', 'no session');
    return { session: request.auth.session, user: request.auth.user };
  };
  const tags = ['auth'];

  api.post(
    '/api/v1/auth/sign-in',
    {
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT, errors: [401] },
      schema: { tags, summary: 'Sign in with e-mail and password', body: SignInBody, response: { 200: SignInResult } },
    },
    async (request, reply) => started(request, reply, await signInWithPassword(context(request), request.body)),
  );

  api.post(
    '/api/v1/auth/second-factor',
    {
      config: { access: PENDING, rateLimit: SECRET_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Prove the second factor with an authenticator code',
        body: CodeBody,
        response: { 200: SignInResult },
      },
    },
    async (request, reply) =>
      started(request, reply, await verifyTotpCode(context(request), { ...current(request), code: request.body.code })),
  );

  api.post(
    '/api/v1/auth/recovery-code',
    {
      config: { access: PENDING, rateLimit: SECRET_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Prove the second factor with a recovery code',
        body: CodeBody,
        response: { 200: SignInResult },
      },
    },
    async (request, reply) =>
      started(
        request,
        reply,
        await useRecoveryCode(context(request), { ...current(request), code: request.body.code }),
      ),
  );

  api.post(
    '/api/v1/auth/enrolment',
    {
      config: { access: PENDING, rateLimit: SECRET_RATE_LIMIT },
      schema: { tags, summary: 'Start TOTP enrolment: a new secret and its QR code', response: { 200: Enrolment } },
    },
    async (request) => startTotpEnrolment(context(request), current(request)),
  );

  api.post(
    '/api/v1/auth/enrolment/confirm',
    {
      config: { access: PENDING, rateLimit: SECRET_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Finish TOTP enrolment with one code; returns the recovery codes',
        body: CodeBody,
        response: { 200: EnrolmentDone },
      },
    },
    async (request, reply) => {
      const done = await confirmTotpEnrolment(context(request), { ...current(request), code: request.body.code });
      return { ...started(request, reply, done.signedIn), recoveryCodes: done.recoveryCodes };
    },
  );

  api.get(
    '/api/v1/auth/session',
    {
      config: { access: ANY_SESSION },
      schema: { tags, summary: 'The current session and user', response: { 200: SessionInfo } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const { session, user } = current(request);
      const { secretKey, timeZone } = config;
      return readSession(context(request), { session, user, token: request.auth!.token, secretKey, timeZone });
    },
  );

  api.post(
    '/api/v1/auth/sign-out',
    { config: { access: ANY_SESSION }, schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await signOut(context(request), current(request));
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/auth/password',
    {
      config: { access: SIGNED_IN, rateLimit: SECRET_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Change my password (the current one, then the new); my other sessions end',
        body: PasswordChange,
        response: { 200: z.object({ sessionsEnded: z.number().int() }) },
      },
    },
    async (request) =>
      changeMyPassword(context(request), { ...current(request), change: request.body, locale: request.locale }),
  );

  api.get(
    '/api/v1/auth/sessions',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'My open sessions', response: { 200: z.array(OpenSession) } },
    },
    async (request) => listMySessions(context(request), current(request)),
  );

  api.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'End one of my sessions', params: SessionId, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await endMySession(context(request), { user: current(request).user, sessionId: request.params.id });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/auth/setup',
    {
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT, errors: [409] },
      schema: {
        tags,
        summary: 'Create the first administrator with the one-time set-up link',
        body: SetupBody,
        response: { 201: z.object({ email: z.string() }) },
      },
    },
    async (request, reply) => {
      const user = await setUpFirstAdministrator(options.database.db, options.auditKey, request.body, {
        locale: request.locale,
        ip: request.ip,
      });
      return reply.status(201).send({ email: user.email });
    },
  );
}
