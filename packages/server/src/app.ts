import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { RolePermissions } from './access/role-permissions.js';
import { auditChainKey } from './audit/index.js';
import { BackgroundWork } from './background-work.js';
import type { Config } from './config/index.js';
import { Keyring } from './crypto/keys.js';
import type { HarborDatabase } from './db/database.js';
import { HarborError } from './errors.js';
import { FEATURE_REGISTRY, FEATURES } from './features/index.js';
import { enforceAccessRules, refuseUnknownHosts } from './http/access.js';
import { registerApiNoStore } from './http/cache-control.js';
import { frameworkErrors, registerErrorHandler } from './http/error-handler.js';
import { headersHook, requestHook } from './http/hook.js';
import { refuseControlCharacters } from './http/input-text.js';
import { MAX_PATH_PARAMETER, registerOpenApi } from './http/openapi.js';
import { registerRequestLocale } from './http/request-locale.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { registerSessions, sessionCookieName } from './http/session.js';
import { registerWebApp, WEB_DIST } from './http/web-app.js';
import { MailSender } from './mail/sender.js';
import { AgencyKinds, actorFor } from './records/actor.js';
import { RecordsGate } from './records/gate.js';
import { sealValuesInClear } from './records/rotate.js';
import type { Services } from './services.js';
import { HARBOR_VERSION } from './version.js';

/** Largest request body accepted by default (1 MiB); routes may set less. */
export const BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  config: Config;
  database: HarborDatabase;
  logger: Logger;
  /** Where the built web app lives; defaults to packages/web/dist. */
  webDist?: string;
  /** Where the public site's pages live; defaults to content/public. */
  publicContentDir?: string;
  /** The e-mail sender (shared with the deadline scheduler); made here from HARBOR_SMTP_URL when not given. */
  mail?: MailSender;
  /** Work requests start and do not wait for; a test may give one that holds its tasks. */
  background?: BackgroundWork;
  /** The server's clock (the records gate's and sign-in's); a test may move it. */
  now?: () => Date;
}

export interface HarborApp {
  app: FastifyInstance;
  /** The services made once at start (serve.ts starts the features' jobs with them). */
  services: Services;
  /** Stops readiness (so a load balancer drains this process) before closing. */
  startDraining(): void;
  /** Graceful stop: readiness off, no new connections, requests in flight finish, then their connections close. */
  close(): Promise<void>;
  /** Resolves once the work requests started in the background (e-mail) has finished. */
  settled(): Promise<void>;
}

/** Builds the HTTP server: every route, hook and plugin, not yet listening. */
export async function buildApp(options: AppOptions): Promise<HarborApp> {
  let draining = false;
  let closing = false;
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: options.config.trustProxy,
    requestIdHeader: false,
    genReqId: () => randomUUID(),
    // Harbor answers what arrives while it closes itself (the hook below), in its own error shape.
    return503OnClosing: false,
    forceCloseConnections: 'idle',
    // A path parameter longer than the API document allows is answered 414 in Harbor's error shape.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PATH_PARAMETER },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; refusing text/plain also closes a door to cross-site form posts.
  app.removeContentTypeParser('text/plain');

  // First, so that every answer carries them, those refused by a hook below (unknown host, closing, no session) too.
  await registerSecurityHeaders(app, { https: options.config.publicUrl.protocol === 'https:' });
  registerRequestLocale(app);
  // Closing: a request that still arrives (the next one on a kept-alive connection) is refused at once, 503, before
  // any work; the load balancer sends it elsewhere.
  app.addHook(
    'onRequest',
    requestHook(() => {
      if (closing) throw new HarborError('unavailable', 'closing');
    }),
  );
  refuseUnknownHosts(app, options.config.publicUrl);
  await registerSessions(app, { config: options.config, database: options.database });
  const permissions = new RolePermissions(options.database.db);
  enforceAccessRules(app, {
    permissions,
    secretKey: options.config.secretKey,
    publicUrl: options.config.publicUrl,
  });
  registerErrorHandler(app);
  registerApiNoStore(app);
  refuseControlCharacters(app);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new HarborError('rate_limited', 'rate limit reached'),
  });

  // While draining, each response closes its keep-alive connection so the server can finish closing.
  app.addHook(
    'onSend',
    headersHook((_request, reply) => {
      if (draining) reply.header('connection', 'close');
    }),
  );

  // One line per request: route pattern, status and time; never the URL, the query or the client address.
  app.addHook(
    'onResponse',
    requestHook((request, reply) => {
      request.log.info(
        {
          event: 'http.request',
          method: request.method,
          route: request.routeOptions.url ?? '(unmatched)',
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
        },
        'request',
      );
    }),
  );

  await registerOpenApi(app, {
    version: HARBOR_VERSION,
    sessionCookie: sessionCookieName(options.config),
    publicUrl: options.config.publicUrl,
  });
  const auditKey = auditChainKey(options.config.secretKey);
  const keyring = Keyring.fromConfig(options.config);
  const agencyKinds = new AgencyKinds(options.database.db);
  const ownMail =
    !options.mail && options.config.smtp ? new MailSender(options.config.smtp, options.logger) : undefined;
  const mail = options.mail ?? ownMail;
  const background = options.background ?? new BackgroundWork(options.logger);
  const services: Services = {
    config: options.config,
    database: options.database,
    keyring,
    auditKey,
    permissions,
    agencyKinds,
    registry: FEATURE_REGISTRY,
    gate: new RecordsGate({
      database: options.database,
      auditKey,
      keyring,
      registry: FEATURE_REGISTRY,
      ...(options.now ? { now: options.now } : {}),
    }),
    actorOf: async (request) => {
      if (!request.auth) throw new HarborError('unauthenticated', 'no session');
      return actorFor(agencyKinds, permissions, request.auth.user, request.ip);
    },
    mail,
    background,
    isDraining: () => draining,
    webDist: options.webDist ?? WEB_DIST,
    publicContentDir: options.publicContentDir,
  };
  // Values of columns declared encrypted after they were written in clear are encrypted now (once).
  await sealValuesInClear(options.database.db, keyring, FEATURE_REGISTRY);
  // Every feature from the one list (features/index.ts), each in its own plugin scope.
  for (const feature of FEATURES) {
    await feature.prepare?.(services);
    const routes = feature.routes;
    if (!routes) continue;
    await app.register(async (scope) => {
      scope.addHook('onRoute', (route) => {
        route.config = { ...route.config, feature: feature.name };
      });
      await routes(scope, services);
    });
  }
  await registerWebApp(app, {
    ...(options.webDist ? { dist: options.webDist } : {}),
    sessionCookie: sessionCookieName(options.config),
  });

  return {
    app,
    services,
    startDraining() {
      draining = true;
    },
    async close() {
      draining = true;
      closing = true;
      await app.close();
      await background.settled();
      ownMail?.close();
    },
    settled: () => background.settled(),
  };
}
