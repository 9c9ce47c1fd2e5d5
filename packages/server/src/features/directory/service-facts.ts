import { HARBOR_TAXONOMIES } from '@harbor/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** What another feature needs of a directory service: eligibility (ages, areas, runaway status) and where it routes. */
export interface ServiceFacts {
  serviceId: string;
  serviceName: string;
  /** HSDS status: anything but active is a service no longer offered (no referral to it). */
  status: string;
  organizationId: string;
  organizationName: string;
  /** The Harbor agency that receives referrals to it (null: the organisation is not in Harbor). */
  agencyId: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  /** Its service areas, by name. */
  areas: string[];
  /** Accepts a youth on runaway or AWOL status (null: not known). */
  acceptsRunaway: boolean | null;
  csecSpecialised: boolean;
  /** Harbor category ids. */
  categories: string[];
  /** Evidence-based practices with at least one certification not expired today (or none recorded). */
  practices: string[];
  /** Language codes its staff speak. */
  languages: string[];
}

/** The facts of one service in English (its stored text), or undefined when there is no such service. */
export async function serviceFacts(
  db: Kysely<Database>,
  serviceId: string,
  now: Date = new Date(),
): Promise<ServiceFacts | undefined> {
  const row = await db
    .selectFrom('directory_service as s')
    .innerJoin('directory_organization as o', 'o.id', 's.organization_id')
    .leftJoin('directory_service_profile as p', 'p.service_id', 's.id')
    .select([
      's.id',
      's.name',
      's.status',
      's.minimum_age',
      's.maximum_age',
      'o.id as organization_id',
      'o.name as organization_name',
      'o.agency_id',
      'p.accepts_runaway',
      'p.csec_specialised',
    ])
    .where('s.id', '=', serviceId)
    .executeTakeFirst();
  if (!row) return undefined;
  const today = now.toISOString().slice(0, 10);
  const [areas, categories, practices, languages] = await Promise.all([
    db
      .selectFrom('directory_service_area')
      .select('name')
      .where('service_id', '=', serviceId)
      .where('name', 'is not', null)
      .orderBy('name')
      .execute(),
    db
      .selectFrom('directory_attribute as a')
      .innerJoin('directory_taxonomy_term as t', 't.id', 'a.taxonomy_term_id')
      .select('t.code')
      .where('a.link_entity', '=', 'service')
      .where('a.link_id', '=', serviceId)
      .where('t.taxonomy_id', '=', HARBOR_TAXONOMIES.category)
      .orderBy('t.code')
      .execute(),
    db
      .selectFrom('directory_service_practice')
      .select('practice')
      .distinct()
      .where('service_id', '=', serviceId)
      .where((eb) => eb.or([eb('certified_until', 'is', null), eb('certified_until', '>=', today)]))
      .orderBy('practice')
      .execute(),
    db
      .selectFrom('directory_language')
      .select('code')
      .distinct()
      .where('service_id', '=', serviceId)
      .where('code', 'is not', null)
      .orderBy('code')
      .execute(),
  ]);
  return {
    serviceId: row.id,
    serviceName: row.name,
    status: row.status,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    agencyId: row.agency_id,
    minimumAge: row.minimum_age === null ? null : Number(row.minimum_age),
    maximumAge: row.maximum_age === null ? null : Number(row.maximum_age),
    areas: areas.map((a) => a.name as string),
    acceptsRunaway: row.accepts_runaway === null ? null : Number(row.accepts_runaway) === 1,
    csecSpecialised: Number(row.csec_specialised ?? 0) === 1,
    categories: categories.map((c) => c.code as string),
    practices: practices.map((p) => p.practice),
    languages: languages.map((l) => l.code as string),
  };
}
