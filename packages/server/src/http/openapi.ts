import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ERROR_CODES } from '@harbor/core';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { makeRoutesPublic, PUBLIC } from './access.js';

/** Error statuses a route may declare beyond those the global rules give it (see errorStatusesOf). */
export type DeclaredError = 401 | 403 | 404 | 409;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Error statuses the handler itself answers that the global rules of the API document do not give the route:
     * 409 (a state that does not allow the change, a duplicate), 404 (a thing or a link named in the body that is not
     * there), 403 (a rule of the handler's own, on a route any signed-in caller may call), 401 (wrong credentials on a
     * public route).
     */
    errors?: readonly DeclaredError[];
  }
}

/** The longest path parameter the router accepts (the server's maxParamLength); a longer one is answered 414. */
export const MAX_PATH_PARAMETER = 64;

/**
 * The one shape of every error answer: `{"error":{"code","message","fields"?,"currentVersion"?}}`, the message in the
 * caller's language.
 */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES as [string, ...string[]]).describe('One of a closed set; each has one HTTP status'),
      message: z.string().describe('For people, in the language of Accept-Language (en or es)'),
      fields: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe("For validation_failed: each field's problem ('body.email'), in the caller's language"),
      currentVersion: z
        .number()
        .int()
        .optional()
        .describe('For a 409 on a change made at a version the record has left: the version it is at now'),
    }),
  })
  .describe('An error');

const ERROR_RESPONSES = {
  400: ['BadRequest', 'The request is malformed or a field is not valid (validation_failed names each field)'],
  401: ['Unauthenticated', 'No session, or not signed in far enough for this operation'],
  403: [
    'Forbidden',
    "The caller's role lacks the permission, the CSRF token is missing or wrong, or the request came from another site",
  ],
  404: ['NotFound', 'Nothing by that id the caller may see (a non-UUID id is not found either, before any look-up)'],
  409: ['Conflict', 'The record changed since it was read (a stale version), or its state does not allow the change'],
  413: ['PayloadTooLarge', 'The body is larger than the operation accepts'],
  414: ['UriTooLong', `A path parameter is longer than ${MAX_PATH_PARAMETER} characters`],
  415: ['UnsupportedMediaType', 'The body is not JSON'],
  429: ['RateLimited', 'Too many requests from this address; Retry-After tells when to try again'],
  500: ['Internal', 'Something went wrong on the server; nothing was changed'],
  503: ['Unavailable', 'The database is unavailable or the server is shutting down; try again shortly'],
} as const satisfies Record<number, readonly [string, string]>;

type ErrorStatus = keyof typeof ERROR_RESPONSES;

const RETRY_AFTER = { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The error statuses an operation can answer, by global rules over its declaration: every operation 400 (unknown Host,
 * control characters, malformed input), 500 and 503; a route with a session 401; a route needing a permission, and
 * every state-changing one (CSRF token, Origin), 403; a route with path parameters 404 and 414; a route that takes a
 * body 413 and 415; a rate-limited route 429; and what the route declares (`config.errors`).
 */
export function errorStatusesOf(route: Pick<RouteOptions, 'url' | 'config' | 'schema'>, method: string): ErrorStatus[] {
  const access = route.config?.access ?? PUBLIC;
  const statuses = new Set<ErrorStatus>([400, 500, 503]);
  if (access.kind !== 'public') statuses.add(401);
  if (access.kind === 'permission' || !SAFE_METHODS.has(method)) statuses.add(403);
  if (route.url.includes(':') || route.url.includes('*')) {
    statuses.add(404);
    statuses.add(414);
  }
  if (!SAFE_METHODS.has(method)) {
    statuses.add(413);
    statuses.add(415);
  }
  if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) statuses.add(429);
  // A change made at the version read is refused 409 when the record has moved on (optimistic concurrency).
  const body = (route.schema?.body as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (body && 'version' in body) statuses.add(409);
  for (const status of route.config?.errors ?? []) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
}

/** A stable operationId from the method and path: GET /api/v1/youth/:id/care-team is getYouthByIdCareTeam. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1(?=\/|$)/, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .flatMap((part) => (part.startsWith(':') ? ['by', part.slice(1)] : part === '*' ? ['rest'] : [part]));
  return [method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

const SESSION = 'session';
const CSRF = 'csrf';

/** Marks where the transform leaves an operation's error statuses for transformObject to turn into references. */
const ERRORS_KEY = 'x-harbor-errors';

type Json = Record<string, unknown>;

/**
 * What zod documents of an e-mail address is not what it accepts: `format: email` means another grammar, and the value
 * is trimmed before it is checked. The document says instead what the code does: zod's own pattern, white space around.
 */
function emailAsAccepted(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const item of schema) emailAsAccepted(item);
    return;
  }
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Json;
  if (node.format === 'email' && typeof node.pattern === 'string') {
    delete node.format;
    node.pattern = `^\\s*(?:${node.pattern.replace(/^\^/, '').replace(/\$$/, '')})\\s*$`;
    node.description = [node.description, 'An e-mail address; white space around it is ignored']
      .filter(Boolean)
      .join('. ');
  }
  for (const value of Object.values(node)) emailAsAccepted(value);
}

/** OpenAPI 3.1 description of the API at /api/openapi.json, generated from the routes' zod schemas; docs at /api/docs. */
export async function registerOpenApi(
  app: FastifyInstance,
  options: { version: string; sessionCookie: string; publicUrl: URL },
): Promise<void> {
  const operationIds = new Map<string, string>();
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Harbor API',
        version: options.version,
        description:
          'Harbor helps county agencies identify commercially sexually exploited children and youth, make the reports the law requires, respond within the protocol deadlines and coordinate care. Errors always have the shape {"error":{"code","message"}} with a message in the language of Accept-Language (en or es). A path that exists answers a method it does not take with 405 and an Allow header.',
        license: { name: 'UNLICENSED', identifier: 'UNLICENSED' },
      },
      servers: [{ url: options.publicUrl.origin, description: 'This Harbor (HARBOR_PUBLIC_URL)' }],
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'security', description: 'Browser security reports' },
      ],
      components: {
        securitySchemes: {
          [SESSION]: {
            type: 'apiKey',
            in: 'cookie',
            name: options.sessionCookie,
            description: 'The session cookie set by signing in (HttpOnly, SameSite=Strict)',
          },
          [CSRF]: {
            type: 'apiKey',
            in: 'header',
            name: 'x-csrf-token',
            description: "The session's CSRF token (csrfToken in the sign-in answer), on every state-changing call",
          },
        },
      },
    },
    transform: (input) => {
      const result = jsonSchemaTransform(input);
      const route = input.route as RouteOptions;
      const schema = { ...(result.schema as Json) };
      if (schema.hide) return { ...result, schema };
      const method = String(Array.isArray(route.method) ? route.method[0] : route.method);
      const operationId = (schema.operationId as string | undefined) ?? operationIdOf(method, route.url);
      const other = operationIds.get(operationId);
      if (other && other !== `${method} ${route.url}`) {
        throw new Error(`operationId ${operationId} given to both ${other} and ${method} ${route.url}`);
      }
      operationIds.set(operationId, `${method} ${route.url}`);
      schema.operationId = operationId;
      const access = route.config?.access ?? PUBLIC;
      schema.security =
        access.kind === 'public'
          ? []
          : SAFE_METHODS.has(method)
            ? [{ [SESSION]: [] }]
            : [{ [SESSION]: [], [CSRF]: [] }];
      schema[ERRORS_KEY] = errorStatusesOf(route, method);
      return { ...result, schema };
    },
    transformObject: (input) => {
      const document = structuredClone((input as { openapiObject: unknown }).openapiObject) as Json & {
        paths: Record<string, Record<string, Json & { responses: Record<string, unknown> }>>;
        components: Json & { schemas?: Json; responses?: Json };
      };
      document.components.schemas = {
        ...document.components.schemas,
        Error: z.toJSONSchema(ErrorResponse, { target: 'draft-2020-12' }),
      };
      delete (document.components.schemas.Error as Json).$schema;
      document.components.responses = Object.fromEntries(
        Object.values(ERROR_RESPONSES).map(([name, description]) => [
          name,
          {
            description,
            ...(name === 'RateLimited' ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      );
      for (const operations of Object.values(document.paths)) {
        for (const operation of Object.values(operations)) {
          const statuses = (operation[ERRORS_KEY] ?? []) as ErrorStatus[];
          delete operation[ERRORS_KEY];
          for (const status of statuses) {
            operation.responses[status] ??= { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` };
          }
        }
      }
      emailAsAccepted(document.paths);
      return document;
    },
  });
  await app.register(async (scope) => {
    makeRoutesPublic(scope);
    await scope.register(swaggerUi, {
      routePrefix: '/api/docs',
      // Harbor's policy, except that Swagger UI may add style elements to its own page.
      staticCSP:
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      uiConfig: { deepLinking: false, validatorUrl: null } as Record<string, unknown>,
    });
  });
  app.get('/api/openapi.json', { config: { access: PUBLIC }, schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(app.swagger()),
  );
}
