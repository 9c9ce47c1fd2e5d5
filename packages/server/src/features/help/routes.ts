import { HelpContactInfo } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config/index.js';
import { PUBLIC } from '../../http/access.js';

/**
 * GET /api/v1/help/contact: whom to call about an account (HARBOR_HELP_*), for the help pages. Public, since the
 * person who needs it most cannot sign in; it holds only what the county chose to publish to its staff.
 */
export async function helpRoutes(app: FastifyInstance, options: { config: Config }): Promise<void> {
  const contact = options.config.helpContact;
  const answer = {
    contact: contact
      ? { name: contact.name ?? null, phone: contact.phone ?? null, email: contact.email ?? null }
      : null,
  };
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/help/contact',
    {
      config: { access: PUBLIC },
      schema: {
        tags: ['help'],
        summary: 'Whom staff call about their Harbor account (the county’s contact, if it set one)',
        response: { 200: HelpContactInfo },
      },
    },
    async () => answer,
  );
}
