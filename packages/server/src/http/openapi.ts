import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { makeRoutesPublic, PUBLIC } from './access.js';

/** OpenAPI 3.1 description of the API at /api/openapi.json, generated from the routes' zod schemas; docs at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, options: { version: string }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Harbor API',
        version: options.version,
        description:
          'Harbor helps county agencies identify commercially sexually exploited children and youth, make the reports the law requires, respond within the protocol deadlines and coordinate care. Errors always have the shape {"error":{"code","message"}} with a message in the language of Accept-Language (en or es).',
      },
      tags: [
        { name: 'health', description: 'Liveness and readiness' },
        { name: 'security', description: 'Browser security reports' },
      ],
    },
    transform: jsonSchemaTransform,
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
