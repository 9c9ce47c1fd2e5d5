import { HOTLINE_LIST } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { hsdsTaxonomy } from './hsds-lists.js';
import { type HsdsObject, hsdsFields, hsdsOrganizations, hsdsServices } from './hsds-read.js';
import { hotlineIds } from './ship-hotlines.js';

/**
 * Harbor's HSDS file (`harbor directory export|import`): one JSON object holding the whole directory as HSDS 3.0
 * objects, each valid against its published schema: taxonomies, taxonomy terms, organisations (with their phones,
 * attributes and locations, each location with its addresses, phones, languages, schedules and attributes) and
 * services (with their phones, schedules, languages, service areas, services at locations and attributes, the Harbor
 * profile among them). The shipped hotlines are not in it (every Harbor ships them). Every list is in id order, so an export imported into an empty database exports the same file.
 */
export interface DirectoryDocument {
  hsds_version: '3.0';
  taxonomies: HsdsObject[];
  taxonomy_terms: HsdsObject[];
  organizations: HsdsObject[];
  services: HsdsObject[];
}

export async function exportDirectory(db: Kysely<Database>): Promise<DirectoryDocument> {
  // The hotlines are left out: every Harbor ships them (hotlines.ts), under the same ids.
  const shipped = new Set(HOTLINE_LIST.flatMap((h) => [hotlineIds(h).organization, hotlineIds(h).service]));
  const ids = async (table: 'directory_organization' | 'directory_service') =>
    (await db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id).filter((id) => !shipped.has(id));
  const [taxonomies, terms, organizationIds, serviceIds] = await Promise.all([
    db.selectFrom('directory_taxonomy').selectAll().orderBy('id').execute(),
    db.selectFrom('directory_taxonomy_term').selectAll().orderBy('id').execute(),
    ids('directory_organization'),
    ids('directory_service'),
  ]);
  const options = { nested: false, confidential: true };
  return {
    hsds_version: '3.0',
    taxonomies: taxonomies.map(hsdsTaxonomy),
    taxonomy_terms: terms.map(hsdsFields),
    organizations: await hsdsOrganizations(db, organizationIds, { ...options, locations: true }),
    services: await hsdsServices(db, serviceIds, options),
  };
}
