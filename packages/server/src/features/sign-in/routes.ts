import { isLocale } from '@harbor/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { auditOnce } from '../../audit/index.js';
import type { Config } from '../../config/index.js';
import type { Keyring } from '../../crypto/keys.js';
import type { HarborDatabase } from '../../db/database.js';
import { HarborError } from '../../errors.js';
import { ANY_SESSION, PENDING, PUBLIC, SIGNED_IN } from '../../http/access.js';
import { clearSessionCookie, setSessionCookie } from '../../http/session.js';
import {
  csrfTokenFor,
  endSession,
  IDLE_TIMEOUT_MS,
  idleEndOf,
  listOpenSessions,
  type NewSession,
  touchSession,
} from '../../identity/sessions.js';
import { confirmTotpEnrolment, startTotpEnrolment, useRecoveryCode, verifyTotpCode } from './complete-sign-in.js';
import type { AuthContext } from './context.js';
import {
  CodeBody,
  Enrolment,
  EnrolmentDone,
  OpenSession,
  SessionId,
  SessionInfo,
  SetupBody,
  SignInBody,
  SignInResult,
} from './schemas.js';
import { setUpFirstAdministrator } from './set-up-first-administrator.js';
import { signInWithPassword } from './sign-in-with-password.js';

export interface AuthRouteOptions {
  config: Config;
  database: HarborDatabase;
  keyring: Keyring;
  auditKey: Buffer;
}

/** Per-address limits on the endpoints that take secrets (sign-in, codes, set-up). */
const SECRET_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };

export async function authRoutes(app: FastifyInstance, options: AuthRouteOptions): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { config } = options;
  const context = (request: FastifyRequest): AuthContext => ({
    db: options.database.db,
    keyring: options.keyring,
    auditKey: options.auditKey,
    ip: request.ip,
    userAgent: request.headers['user-agent'],
  });
  const started = (reply: Parameters<typeof setSessionCookie>[0], session: NewSession) => {
    setSessionCookie(reply, config, session.token);
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
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT },
      schema: { tags, summary: 'Sign in with e-mail and password', body: SignInBody, response: { 200: SignInResult } },
    },
    async (request, reply) => started(reply, await signInWithPassword(context(request), request.body)),
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
      started(reply, await verifyTotpCode(context(request), { ...current(request), code: request.body.code })),
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
      started(reply, await useRecoveryCode(context(request), { ...current(request), code: request.body.code })),
  );

  api.post(
    '/api/v1/auth/enrolment',
    {
      config: { access: PENDING, rateLimit: SECRET_RATE_LIMIT },
      schema: { tags, summary: 'Start TOTP enrolment: a new secret and its QR code', response: { 200: Enrolment } },
    },
    async (request) => {
      const enrolment = await startTotpEnrolment(context(request), current(request));
      const qrSvg = await QRCode.toString(enrolment.uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { ...enrolment, qrSvg };
    },
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
      return { ...started(reply, done.signedIn), recoveryCodes: done.recoveryCodes };
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
      const { user } = current(request);
      // Asking for the session is the web app's "stay signed in": the idle clock restarts now.
      const session = await touchSession(options.database.db, current(request).session);
      const agency = await options.database.db
        .selectFrom('agency')
        .select('name')
        .where('id', '=', user.agency_id)
        .executeTakeFirstOrThrow();
      return {
        stage: session.stage,
        csrfToken: csrfTokenFor(config.secretKey, request.auth!.token),
        idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000,
        timeZone: config.timeZone,
        idleExpiresAt: idleEndOf(session),
        expiresAt: session.expires_at,
        user: {
          id: user.id,
          email: user.email,
          displayName: user.display_name,
          role: user.role as z.infer<typeof SessionInfo>['user']['role'],
          agencyId: user.agency_id,
          agencyName: agency.name,
          locale: isLocale(user.locale) ? user.locale : 'en',
        },
      };
    },
  );

  api.post(
    '/api/v1/auth/sign-out',
    { config: { access: ANY_SESSION }, schema: { tags, summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      const { session, user } = current(request);
      await endSession(options.database.db, session.id, 'signed_out');
      await auditOnce(options.database.db, options.auditKey, {
        event: 'auth.sign_out',
        actorUserId: user.id,
        actorAgencyId: user.agency_id,
        outcome: 'success',
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );

  api.get(
    '/api/v1/auth/sessions',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'My open sessions', response: { 200: z.array(OpenSession) } },
    },
    async (request) => {
      const { session, user } = current(request);
      return (await listOpenSessions(options.database.db, user.id)).map((s) => ({
        id: s.id,
        createdAt: s.created_at,
        lastSeenAt: s.last_seen_at,
        userAgent: s.user_agent,
        current: s.id === session.id,
      }));
    },
  );

  api.delete(
    '/api/v1/auth/sessions/:id',
    {
      config: { access: SIGNED_IN },
      schema: { tags, summary: 'End one of my sessions', params: SessionId, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const { user } = current(request);
      const mine = await options.database.db
        .selectFrom('user_session')
        .select('id')
        .where('id', '=', request.params.id)
        .where('user_id', '=', user.id)
        .executeTakeFirst();
      if (!mine || !(await endSession(options.database.db, mine.id, 'ended_by_user'))) {
        throw new HarborError('not_found', 'no such open session of this user');
      }
      await auditOnce(options.database.db, options.auditKey, {
        event: 'auth.session.ended',
        actorUserId: user.id,
        actorAgencyId: user.agency_id,
        recordType: 'session',
        recordId: mine.id,
        outcome: 'success',
        ip: request.ip,
      });
      return reply.status(204).send(null);
    },
  );

  api.post(
    '/api/v1/auth/setup',
    {
      config: { access: PUBLIC, rateLimit: SECRET_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Create the first administrator with the one-time set-up link',
        body: SetupBody,
        response: { 201: z.object({ email: z.string() }) },
      },
    },
    async (request, reply) => {
      const { token, ...admin } = request.body;
      const user = await setUpFirstAdministrator(
        options.database.db,
        options.auditKey,
        { token, ...admin },
        {
          locale: request.locale,
          ip: request.ip,
        },
      );
      return reply.status(201).send({ email: user.email });
    },
  );
}
