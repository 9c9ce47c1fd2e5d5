import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { profileAttributes } from './hsds-profile.js';

/**
 * The directory's rows in HSDS 3.0's JSON shapes (issue 15): HSDS field names are the column names, absent values are
 * left out (HSDS types are not nullable), and Harbor's own columns (optimistic concurrency, times, the receiving
 * agency, confidentiality) are not HSDS fields: the profile travels as attributes (hsds-profile.ts).
 */
export type HsdsObject = Record<string, unknown> & { id: string };

const NOT_HSDS = new Set(['version', 'created_at', 'updated_at', 'agency_id', 'confidential', 'taxonomy_version']);

/** An HSDS object from a row: its HSDS fields, nulls left out. */
export function hsdsFields(row: Record<string, unknown>): HsdsObject {
  const out = {} as HsdsObject;
  for (const [key, value] of Object.entries(row)) {
    if (value !== null && value !== undefined && !NOT_HSDS.has(key)) out[key] = value;
  }
  return out;
}

type Table = keyof Database;
const CHUNK = 500;

/** Every row of a table whose column is one of the values, in chunks (a list of 50,000 ids is too long for one query). */
async function rowsWhere(
  db: Kysely<Database>,
  table: Table,
  column: string,
  values: readonly string[],
  also: Record<string, string> = {},
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  // (An empty list is no query: `in ()` is not SQL.)
  for (let i = 0; i < values.length; i += CHUNK) {
    const rows = await db
      .selectFrom(table as 'directory_phone')
      .selectAll()
      .where(column as 'id', 'in', values.slice(i, i + CHUNK) as string[])
      .$call((q) => Object.entries(also).reduce((w, [c, v]) => w.where(c as 'id', '=', v), q))
      .orderBy((table === 'directory_service_profile' ? 'service_id' : 'id') as 'id')
      .execute();
    out.push(...(rows as unknown as Record<string, unknown>[]));
  }
  return out;
}

function groupBy(rows: Record<string, unknown>[], key: string): Map<string, Record<string, unknown>[]> {
  const map = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const k = row[key];
    if (typeof k !== 'string') continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** What the attributes of some entities need: their rows, with their terms nested or not. */
async function attributesOf(
  db: Kysely<Database>,
  entity: string,
  ids: readonly string[],
  nestTerms: boolean,
): Promise<Map<string, HsdsObject[]>> {
  const rows = await rowsWhere(db, 'directory_attribute', 'link_id', ids, { link_entity: entity });
  const terms = nestTerms
    ? new Map(
        (
          await rowsWhere(db, 'directory_taxonomy_term', 'id', [
            ...new Set(rows.map((r) => r.taxonomy_term_id as string)),
          ])
        ).map((t) => [t.id as string, hsdsFields(t)]),
      )
    : new Map<string, HsdsObject>();
  const out = new Map<string, HsdsObject[]>();
  for (const [id, list] of groupBy(rows, 'link_id')) {
    out.set(
      id,
      list.map((r) => {
        const attribute = hsdsFields(r);
        const term = terms.get(r.taxonomy_term_id as string);
        return term ? { ...attribute, taxonomy_term: term } : attribute;
      }),
    );
  }
  return out;
}

export interface ReadOptions {
  /** Nest each attribute's taxonomy term and each service's organisation and locations (the API), or not (export). */
  nested: boolean;
  /** Serve the address and coordinates of a confidential location (export), or leave them out (the API). */
  confidential: boolean;
}

/** Locations, fully nested: addresses, phones, languages, schedules, attributes (with the confidential mark). */
export async function hsdsLocations(
  db: Kysely<Database>,
  ids: readonly string[],
  options: ReadOptions,
): Promise<Map<string, HsdsObject>> {
  const rows = await rowsWhere(db, 'directory_location', 'id', ids);
  const [addresses, phones, languages, schedules, attributes] = await Promise.all([
    rowsWhere(db, 'directory_address', 'location_id', ids),
    rowsWhere(db, 'directory_phone', 'location_id', ids),
    rowsWhere(db, 'directory_language', 'location_id', ids),
    rowsWhere(db, 'directory_schedule', 'location_id', ids),
    attributesOf(db, 'location', ids, options.nested),
  ]);
  const byLocation = {
    addresses: groupBy(addresses, 'location_id'),
    phones: groupBy(
      phones.filter((p) => p.service_id === null && p.service_at_location_id === null),
      'location_id',
    ),
    languages: groupBy(
      languages.filter((l) => l.service_id === null && l.phone_id === null),
      'location_id',
    ),
    schedules: groupBy(
      schedules.filter((s) => s.service_id === null && s.service_at_location_id === null),
      'location_id',
    ),
  };
  const out = new Map<string, HsdsObject>();
  for (const row of rows) {
    const id = row.id as string;
    const hidden = Number(row.confidential) === 1 && !options.confidential;
    const location = hsdsFields(row);
    if (hidden) {
      delete location.latitude;
      delete location.longitude;
    }
    out.set(id, {
      ...location,
      addresses: hidden ? [] : (byLocation.addresses.get(id) ?? []).map(hsdsFields),
      phones: (byLocation.phones.get(id) ?? []).map(hsdsFields),
      languages: (byLocation.languages.get(id) ?? []).map(hsdsFields),
      schedules: (byLocation.schedules.get(id) ?? []).map(hsdsFields),
      attributes: [...(attributes.get(id) ?? []), ...profileAttributes.location(row, options.nested)],
    });
  }
  return out;
}

/** Organisations, with their phones and attributes, and their locations when asked (the export, the API's one). */
export async function hsdsOrganizations(
  db: Kysely<Database>,
  ids: readonly string[],
  options: ReadOptions & { locations: boolean },
): Promise<HsdsObject[]> {
  const rows = await rowsWhere(db, 'directory_organization', 'id', ids);
  const [phones, attributes, locationRows] = await Promise.all([
    rowsWhere(db, 'directory_phone', 'organization_id', ids),
    attributesOf(db, 'organization', ids, options.nested),
    options.locations ? rowsWhere(db, 'directory_location', 'organization_id', ids) : Promise.resolve([]),
  ]);
  const locations = await hsdsLocations(
    db,
    locationRows.map((l) => l.id as string),
    options,
  );
  const locationsOf = groupBy(locationRows, 'organization_id');
  const phonesOf = groupBy(
    phones.filter((p) => p.service_id === null && p.location_id === null && p.service_at_location_id === null),
    'organization_id',
  );
  return sortedAs(ids, rows).map((row): HsdsObject => {
    const id = row.id as string;
    const organization: HsdsObject = {
      ...hsdsFields(row),
      phones: (phonesOf.get(id) ?? []).map(hsdsFields),
      attributes: attributes.get(id) ?? [],
    };
    if (options.locations) {
      organization.locations = (locationsOf.get(id) ?? []).map((l) => locations.get(l.id as string));
    }
    return organization;
  });
}

/** Rows in the order of the ids asked for. */
function sortedAs(ids: readonly string[], rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.flatMap((id): Record<string, unknown>[] => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

/** Services, fully nested as HSDS's /services/{id} answers them. */
export async function hsdsServices(
  db: Kysely<Database>,
  ids: readonly string[],
  options: ReadOptions,
): Promise<HsdsObject[]> {
  const rows = await rowsWhere(db, 'directory_service', 'id', ids);
  const [phones, schedules, languages, areas, sals, attributes, profiles, practices] = await Promise.all([
    rowsWhere(db, 'directory_phone', 'service_id', ids),
    rowsWhere(db, 'directory_schedule', 'service_id', ids),
    rowsWhere(db, 'directory_language', 'service_id', ids),
    rowsWhere(db, 'directory_service_area', 'service_id', ids),
    rowsWhere(db, 'directory_service_at_location', 'service_id', ids),
    attributesOf(db, 'service', ids, options.nested),
    rowsWhere(db, 'directory_service_profile', 'service_id', ids),
    rowsWhere(db, 'directory_service_practice', 'service_id', ids),
  ]);
  const [nestedSals, organizations] = await Promise.all([
    nestedServiceAtLocations(db, sals, options),
    options.nested
      ? hsdsOrganizations(db, [...new Set(rows.map((r) => r.organization_id as string))], {
          ...options,
          locations: false,
        })
      : Promise.resolve([]),
  ]);
  const organizationOf = new Map(organizations.map((o) => [o.id as string, o]));
  const of = {
    phones: groupBy(
      phones.filter((p) => p.service_at_location_id === null),
      'service_id',
    ),
    schedules: groupBy(
      schedules.filter((s) => s.service_at_location_id === null),
      'service_id',
    ),
    languages: groupBy(languages, 'service_id'),
    areas: groupBy(areas, 'service_id'),
    sals: groupBy(nestedSals, 'service_id'),
    profiles: new Map(profiles.map((p) => [p.service_id as string, p])),
    practices: groupBy(practices, 'service_id'),
  };
  return sortedAs(ids, rows).map((row) => {
    const id = row.id as string;
    const service: HsdsObject = {
      ...hsdsFields(row),
      last_modified: row.updated_at,
      phones: (of.phones.get(id) ?? []).map(hsdsFields),
      schedules: (of.schedules.get(id) ?? []).map(hsdsFields),
      service_areas: (of.areas.get(id) ?? []).map(hsdsFields),
      service_at_locations: of.sals.get(id) ?? [],
      languages: (of.languages.get(id) ?? []).map(hsdsFields),
      attributes: [
        ...(attributes.get(id) ?? []),
        ...profileAttributes.service(id, of.profiles.get(id), of.practices.get(id) ?? [], options.nested),
      ],
    };
    const organization = organizationOf.get(row.organization_id as string);
    if (organization) service.organization = organization;
    return service;
  });
}

/**
 * Services at locations, each with its phones, schedules and attributes and, nested (the API), its location, whose
 * address a confidential site never serves outside the export.
 */
async function nestedServiceAtLocations(
  db: Kysely<Database>,
  sals: Record<string, unknown>[],
  options: ReadOptions,
): Promise<HsdsObject[]> {
  const ids = sals.map((s) => s.id as string);
  const [phones, schedules, attributes, locations] = await Promise.all([
    rowsWhere(db, 'directory_phone', 'service_at_location_id', ids),
    rowsWhere(db, 'directory_schedule', 'service_at_location_id', ids),
    attributesOf(db, 'service_at_location', ids, options.nested),
    options.nested
      ? hsdsLocations(db, [...new Set(sals.map((s) => s.location_id as string))], options)
      : Promise.resolve(new Map<string, HsdsObject>()),
  ]);
  const phonesOf = groupBy(phones, 'service_at_location_id');
  const schedulesOf = groupBy(schedules, 'service_at_location_id');
  return sals.map((sal) => {
    const id = sal.id as string;
    const nested: HsdsObject = {
      ...hsdsFields(sal),
      phones: (phonesOf.get(id) ?? []).map(hsdsFields),
      schedules: (schedulesOf.get(id) ?? []).map(hsdsFields),
      attributes: attributes.get(id) ?? [],
    };
    const location = locations.get(sal.location_id as string);
    if (location) nested.location = location;
    return nested;
  });
}

/** Services at locations by id, fully nested, as HSDS's /service_at_locations/{id} answers them. */
export async function hsdsServiceAtLocations(
  db: Kysely<Database>,
  ids: readonly string[],
  options: ReadOptions,
): Promise<HsdsObject[]> {
  const rows = await rowsWhere(db, 'directory_service_at_location', 'id', ids);
  return nestedServiceAtLocations(db, sortedAs(ids, rows), options);
}
