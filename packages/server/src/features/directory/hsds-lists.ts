import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type HsdsObject, hsdsFields, hsdsOrganizations, hsdsServiceAtLocations, hsdsServices } from './hsds-read.js';

/** A page as HSDS pages a list (openapi.json's Page): totals, the page's number and size, and its contents. */
export type HsdsPage = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
};

export interface PageRequest {
  page: number;
  perPage: number;
}

export function hsdsPage(total: number, request: PageRequest, contents: HsdsObject[]): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(total / request.perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: request.page,
    size: contents.length,
    first_page: request.page === 1,
    last_page: request.page >= totalPages,
    empty: total === 0,
    contents,
  };
}

/** A LIKE pattern that finds the text anywhere, its wildcards taken literally (escape character: backslash). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive "contains" on both engines (PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII). */
export function containsAny<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: readonly string[],
  text: string,
) {
  const pattern = containsPattern(text);
  return eb.or(columns.map((c) => sql<boolean>`lower(${sql.ref(c)}) like ${pattern} escape '\\'`));
}

const count = (rows: { n: number | string | bigint }[]) => Number(rows[0]?.n ?? 0);

export interface ServiceListQuery extends PageRequest {
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  taxonomyId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: string | undefined;
  full: boolean;
}

/** The services a list's filters keep (words, organisation, modified after, a taxonomy term or taxonomy). */
function filteredServices(db: Kysely<Database>, q: Omit<ServiceListQuery, 'full' | keyof PageRequest>) {
  let query = db.selectFrom('directory_service as s');
  if (q.search) query = query.where((eb) => containsAny(eb, ['s.name', 's.description'], q.search as string));
  if (q.organizationId) query = query.where('s.organization_id', '=', q.organizationId);
  if (q.modifiedAfter) query = query.where('s.updated_at', '>=', new Date(q.modifiedAfter).toISOString());
  if (q.taxonomyTermId || q.taxonomyId) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('directory_attribute as a')
          .innerJoin('directory_taxonomy_term as t', 't.id', 'a.taxonomy_term_id')
          .select('a.id')
          .whereRef('a.link_id', '=', 's.id')
          .where('a.link_entity', '=', 'service')
          .$if(Boolean(q.taxonomyTermId), (w) => w.where('t.id', '=', q.taxonomyTermId as string))
          .$if(Boolean(q.taxonomyId), (w) => w.where('t.taxonomy_id', '=', q.taxonomyId as string)),
      ),
    );
  }
  return query;
}

export async function listHsdsServices(db: Kysely<Database>, q: ServiceListQuery): Promise<HsdsPage> {
  const query = filteredServices(db, q);
  const total = count(await query.select((eb) => eb.fn.countAll().as('n')).execute());
  const rows = await query
    .selectAll('s')
    .orderBy('s.name')
    .orderBy('s.id')
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .execute();
  const contents = q.full
    ? await hsdsServices(
        db,
        rows.map((r) => r.id),
        { nested: true, confidential: false },
      )
    : rows.map((r) => ({ ...hsdsFields(r), last_modified: r.updated_at }));
  return hsdsPage(total, q, contents);
}

export interface OrganizationListQuery extends PageRequest {
  search?: string | undefined;
  full: boolean;
  fullService: boolean;
}

/** Organisations; `full`: nested (phones, locations, attributes); `full_service`: with their services nested. */
export async function listHsdsOrganizations(db: Kysely<Database>, q: OrganizationListQuery): Promise<HsdsPage> {
  let query = db.selectFrom('directory_organization as o');
  if (q.search) query = query.where((eb) => containsAny(eb, ['o.name', 'o.description'], q.search as string));
  const total = count(await query.select((eb) => eb.fn.countAll().as('n')).execute());
  const rows = await query
    .selectAll('o')
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .execute();
  const ids = rows.map((r) => r.id);
  const contents = q.full
    ? await hsdsOrganizations(db, ids, { nested: true, confidential: false, locations: true })
    : rows.map((r) => hsdsFields(r));
  if (q.fullService) await withServices(db, contents, false);
  else await withServices(db, contents, true);
  return hsdsPage(total, q, contents);
}

/** Adds each organisation's services: nested (full_service) or their ids only (as HSDS's organisation lists them). */
export async function withServices(db: Kysely<Database>, organizations: HsdsObject[], idsOnly: boolean): Promise<void> {
  const ids = organizations.map((o) => o.id as string);
  if (ids.length === 0) return;
  const services = await db
    .selectFrom('directory_service')
    .select(['id', 'organization_id'])
    .where('organization_id', 'in', ids)
    .orderBy('name')
    .orderBy('id')
    .execute();
  const nested = idsOnly
    ? new Map<string, HsdsObject>()
    : new Map(
        (
          await hsdsServices(
            db,
            services.map((s) => s.id),
            { nested: true, confidential: false },
          )
        ).map((s) => {
          const { organization: _organization, ...rest } = s;
          return [s.id as string, rest];
        }),
      );
  for (const organization of organizations) {
    organization.services = services
      .filter((s) => s.organization_id === organization.id)
      .map((s) => nested.get(s.id) ?? { id: s.id });
  }
}

export async function listHsdsTaxonomies(
  db: Kysely<Database>,
  q: PageRequest & { search?: string | undefined },
): Promise<HsdsPage> {
  let query = db.selectFrom('directory_taxonomy as x');
  if (q.search) query = query.where((eb) => containsAny(eb, ['x.name', 'x.description'], q.search as string));
  const total = count(await query.select((eb) => eb.fn.countAll().as('n')).execute());
  const rows = await query
    .selectAll('x')
    .orderBy('x.name')
    .orderBy('x.id')
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .execute();
  return hsdsPage(total, q, rows.map(hsdsTaxonomy));
}

export function hsdsTaxonomy(row: Record<string, unknown>): HsdsObject {
  const out = hsdsFields(row);
  if (row.taxonomy_version !== null && row.taxonomy_version !== undefined) out.version = row.taxonomy_version;
  return out;
}

export interface TermListQuery extends PageRequest {
  search?: string | undefined;
  taxonomyId?: string | undefined;
  parentId?: string | undefined;
  topOnly: boolean;
}

export async function listHsdsTaxonomyTerms(db: Kysely<Database>, q: TermListQuery): Promise<HsdsPage> {
  let query = db.selectFrom('directory_taxonomy_term as t');
  if (q.search) query = query.where((eb) => containsAny(eb, ['t.name', 't.description', 't.code'], q.search as string));
  if (q.taxonomyId) query = query.where('t.taxonomy_id', '=', q.taxonomyId);
  if (q.parentId) query = query.where('t.parent_id', '=', q.parentId);
  if (q.topOnly) query = query.where('t.parent_id', 'is', null);
  const total = count(await query.select((eb) => eb.fn.countAll().as('n')).execute());
  const rows = await query
    .selectAll('t')
    .orderBy('t.taxonomy_id')
    .orderBy('t.code')
    .orderBy('t.id')
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .execute();
  return hsdsPage(total, q, rows.map(hsdsFields));
}

/**
 * Services at locations, filtered by their service as /services is (words, organisation, taxonomy) and by when they
 * changed; one-to-one fields, or fully nested (`full`: phones, schedules, attributes, the location without a
 * confidential site's address).
 */
export async function listHsdsServiceAtLocations(db: Kysely<Database>, q: ServiceListQuery): Promise<HsdsPage> {
  const { modifiedAfter, ...byService } = q;
  let query = db
    .selectFrom('directory_service_at_location as sal')
    .where('sal.service_id', 'in', filteredServices(db, byService).select('s.id'));
  if (modifiedAfter) query = query.where('sal.updated_at', '>=', new Date(modifiedAfter).toISOString());
  const total = count(await query.select((eb) => eb.fn.countAll().as('n')).execute());
  const rows = await query
    .selectAll('sal')
    .orderBy('sal.id')
    .limit(q.perPage)
    .offset((q.page - 1) * q.perPage)
    .execute();
  const contents = q.full
    ? await hsdsServiceAtLocations(
        db,
        rows.map((r) => r.id),
        { nested: true, confidential: false },
      )
    : rows.map((r) => hsdsFields(r));
  return hsdsPage(total, q, contents);
}
