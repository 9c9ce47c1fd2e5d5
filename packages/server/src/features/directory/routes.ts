import { DirectoryIdParams, ServiceDetail, ServiceSearchPage, ServiceSearchQuery } from '@harbor/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { HarborError, harborErrorWithMessage } from '../../errors.js';
import { SIGNED_IN } from '../../http/access.js';
import type { Services } from '../../services.js';
import { editRoutes } from './edit-routes.js';
import { hsdsRoutes } from './hsds-routes.js';
import { readService } from './read-service.js';
import { searchServices } from './search-services.js';

/** The directory's routes: the HSDS read API, and the staff search and detail (signed-in staff, in their language). */
export async function directoryRoutes(app: FastifyInstance, services: Services): Promise<void> {
  await hsdsRoutes(app, services);
  await editRoutes(app, services);
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];
  const context = (request: { locale: 'en' | 'es' }) => ({
    db: services.database.db,
    language: request.locale,
    timeZone: services.config.timeZone,
    now: services.gate.now(),
  });

  api.get(
    '/api/v1/directory/services',
    {
      // 403: the retired services, asked by someone who does not edit the directory.
      config: { access: SIGNED_IN, errors: [403] },
      schema: {
        tags,
        summary: 'Search the resource directory: need, language, age, area, availability, beds, practice, words',
        querystring: ServiceSearchQuery,
        response: { 200: ServiceSearchPage },
      },
    },
    async (request) => {
      // The services no longer offered are the editors' to see (to bring one back); a referral never picks one.
      if (request.query.retired === 'true' && !(await services.actorOf(request)).permissions.has('directory.edit')) {
        throw harborErrorWithMessage('forbidden', 'directory.error.retiredForEditors', 'retired services asked');
      }
      return searchServices(context(request), request.query);
    },
  );

  api.get(
    '/api/v1/directory/services/:id',
    {
      config: { access: SIGNED_IN },
      schema: {
        tags,
        summary: 'One service of the directory, with its Harbor profile, in the caller’s language',
        params: DirectoryIdParams,
        response: { 200: ServiceDetail },
      },
    },
    async (request) => {
      // A confidential site's address is for the directory's editors only (they keep it; others refer through the agency).
      const actor = await services.actorOf(request);
      const found = await readService(context(request), request.params.id, actor.permissions.has('directory.edit'));
      if (!found) throw new HarborError('not_found', 'no such service');
      return found;
    },
  );
}
