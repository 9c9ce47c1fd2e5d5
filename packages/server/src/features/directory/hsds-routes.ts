import { recordId } from '@harbor/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HarborError } from '../../errors.js';
import { SIGNED_IN } from '../../http/access.js';
import type { Services } from '../../services.js';
import {
  hsdsTaxonomy,
  listHsdsOrganizations,
  listHsdsServiceAtLocations,
  listHsdsServices,
  listHsdsTaxonomies,
  listHsdsTaxonomyTerms,
  withServices,
} from './hsds-lists.js';
import { hsdsFields, hsdsOrganizations, hsdsServiceAtLocations, hsdsServices } from './hsds-read.js';

/** The HSDS version served, and where its profile and this API's document are. */
export const HSDS_VERSION = '3.0';

const flag = z.enum(['true', 'false']).optional();
const paging = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('Page number, from 1'),
  per_page: z.coerce.number().int().min(1).max(100).default(50).describe('Items per page (at most 100)'),
  search: z.string().trim().min(1).max(100).optional().describe('Words in the name or description'),
  format: z.literal('json').optional(),
};
const Entity = z.looseObject({ id: z.string() });
const Page = z.looseObject({
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
  contents: z.array(Entity),
});
const IdParams = z.strictObject({ id: recordId });
/** What /services and /service_at_locations are filtered by (HSDS's parameters; postcode and proximity are not served). */
const serviceFilters = {
  ...paging,
  taxonomy_term_id: recordId.optional(),
  taxonomy_id: recordId.optional(),
  organization_id: recordId.optional(),
  modified_after: z.iso.datetime({ offset: true }).optional(),
};
type ServiceFilters = z.infer<z.ZodObject<typeof serviceFilters>>;
const serviceQuery = (q: ServiceFilters) => ({
  ...page(q),
  search: q.search,
  taxonomyTermId: q.taxonomy_term_id,
  taxonomyId: q.taxonomy_id,
  organizationId: q.organization_id,
  modifiedAfter: q.modified_after,
});
const page = (q: { page: number; per_page: number }) => ({ page: q.page, perPage: q.per_page });

/**
 * The Open Referral HSDS 3.0 read API at /api/hsds/ (schema/openapi.json of the standard): the directory as other
 * systems read it. Signed-in staff only: the directory may hold the sites of shelters for exploited youth, and who
 * reads it is the county's to decide (docs/api.md). A confidential location's address and coordinates are never
 * served here, only in the staff app.
 */
export async function hsdsRoutes(app: FastifyInstance, services: Services): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const db = services.database.db;
  const tags = ['hsds'];
  const config = { access: SIGNED_IN };
  // HSDS has no translations: its answers are the stored English texts, and say so (not the caller's language).
  const english = {
    onSend: (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: (e: null, p: unknown) => void) => {
      // (An error's message is still in the caller's language.)
      if (reply.statusCode < 400) reply.header('content-language', 'en');
      done(null, payload);
    },
  };
  const notFound = (what: string) => new HarborError('not_found', `no such ${what}`);

  const root = async () => ({
    version: HSDS_VERSION,
    profile: new URL('/api/docs#tag/hsds', services.config.publicUrl).toString(),
    openapi_url: new URL('/api/openapi.json', services.config.publicUrl).toString(),
  });
  const Root = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() });
  api.get(
    '/api/hsds',
    {
      config,
      ...english,
      schema: {
        tags,
        summary:
          "HSDS: about this API (the HSDS version, its profile and its OpenAPI document); HSDS's GET / of /api/hsds/",
        response: { 200: Root },
      },
    },
    root,
  );

  api.get(
    '/api/hsds/services',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: a page of services (one-to-one fields; full=true nests them)',
        querystring: z.strictObject({ ...serviceFilters, minimal: flag, full: flag }),
        response: { 200: Page },
      },
    },
    async (request) => {
      const q = request.query;
      const answer = await listHsdsServices(db, {
        ...serviceQuery(q),
        full: q.full === 'true' && q.minimal !== 'true',
      });
      if (q.minimal === 'true') {
        answer.contents = answer.contents.map((s) => ({
          id: s.id,
          name: s.name,
          status: s.status,
          last_modified: s.last_modified,
        }));
      }
      return answer;
    },
  );

  api.get(
    '/api/hsds/services/:id',
    {
      config,
      ...english,
      schema: { tags, summary: 'HSDS: one service, fully nested', params: IdParams, response: { 200: Entity } },
    },
    async (request) => {
      const [service] = await hsdsServices(db, [request.params.id], { nested: true, confidential: false });
      if (!service) throw notFound('service');
      return service;
    },
  );

  api.get(
    '/api/hsds/service_at_locations',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: a page of services at locations (one-to-one fields; full=true nests them)',
        querystring: z.strictObject({ ...serviceFilters, full: flag }),
        response: { 200: Page },
      },
    },
    async (request) =>
      listHsdsServiceAtLocations(db, { ...serviceQuery(request.query), full: request.query.full === 'true' }),
  );

  api.get(
    '/api/hsds/service_at_locations/:id',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: one service at a location, fully nested (no confidential site’s address)',
        params: IdParams,
        response: { 200: Entity },
      },
    },
    async (request) => {
      const [found] = await hsdsServiceAtLocations(db, [request.params.id], { nested: true, confidential: false });
      if (!found) throw notFound('service at location');
      return found;
    },
  );

  api.get(
    '/api/hsds/organizations',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: a page of organisations (full=true nests them; full_service=true nests their services)',
        querystring: z.strictObject({ ...paging, full: flag, full_service: flag }),
        response: { 200: Page },
      },
    },
    async (request) =>
      listHsdsOrganizations(db, {
        ...page(request.query),
        search: request.query.search,
        full: request.query.full === 'true',
        fullService: request.query.full_service === 'true',
      }),
  );

  api.get(
    '/api/hsds/organizations/:id',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: one organisation, fully nested, with its services (ids, or nested with full_service=true)',
        params: IdParams,
        querystring: z.strictObject({ full_service: flag }),
        response: { 200: Entity },
      },
    },
    async (request) => {
      const [organization] = await hsdsOrganizations(db, [request.params.id], {
        nested: true,
        confidential: false,
        locations: true,
      });
      if (!organization) throw notFound('organization');
      await withServices(db, [organization], request.query.full_service !== 'true');
      return organization;
    },
  );

  api.get(
    '/api/hsds/taxonomies',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: a page of taxonomies',
        querystring: z.strictObject(paging),
        response: { 200: Page },
      },
    },
    async (request) => listHsdsTaxonomies(db, { ...page(request.query), search: request.query.search }),
  );

  api.get(
    '/api/hsds/taxonomies/:id',
    {
      config,
      ...english,
      schema: { tags, summary: 'HSDS: one taxonomy', params: IdParams, response: { 200: Entity } },
    },
    async (request) => {
      const row = await db
        .selectFrom('directory_taxonomy')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw notFound('taxonomy');
      return hsdsTaxonomy(row) as { id: string };
    },
  );

  api.get(
    '/api/hsds/taxonomy_terms',
    {
      config,
      ...english,
      schema: {
        tags,
        summary: 'HSDS: a page of taxonomy terms',
        querystring: z.strictObject({
          ...paging,
          taxonomy_id: recordId.optional(),
          parent_id: recordId.optional(),
          top_only: flag.describe('true: only terms without a parent'),
        }),
        response: { 200: Page },
      },
    },
    async (request) =>
      listHsdsTaxonomyTerms(db, {
        ...page(request.query),
        search: request.query.search,
        taxonomyId: request.query.taxonomy_id,
        parentId: request.query.parent_id,
        topOnly: request.query.top_only === 'true',
      }),
  );

  api.get(
    '/api/hsds/taxonomy_terms/:id',
    {
      config,
      ...english,
      schema: { tags, summary: 'HSDS: one taxonomy term', params: IdParams, response: { 200: Entity } },
    },
    async (request) => {
      const row = await db
        .selectFrom('directory_taxonomy_term')
        .selectAll()
        .where('id', '=', request.params.id)
        .executeTakeFirst();
      if (!row) throw notFound('taxonomy term');
      return hsdsFields(row) as { id: string };
    },
  );
}
