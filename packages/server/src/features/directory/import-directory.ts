import type { Insertable, Kysely } from 'kysely';
import { appendAudit } from '../../audit/index.js';
import { toStoredTime } from '../../db/ids.js';
import type { Database } from '../../db/schema.js';
import { ensureHarborTaxonomies, shippedIds } from './harbor-taxonomies.js';
import { isProfileAttribute, parseProfile } from './hsds-profile.js';
import type { HsdsEntity, HsdsValidator, SchemaProblem } from './hsds-schemas.js';

/**
 * `harbor directory import FILE`: Harbor's HSDS file (export-directory.ts) checked whole, then stored in one
 * transaction. Every problem is listed with its path (each object against its HSDS schema, with every error; then the
 * references between objects, and ids already in the directory); when there is one, nothing is stored. Taxonomies and
 * terms already stored (Harbor's own, shipped at start) are kept as they are. What Harbor does not keep of HSDS
 * (contacts, funding, programs, costs, documents, accessibility, metadata, a phone's languages) is left out.
 */
type Obj = Record<string, unknown>;
type Tables = Database;

export type ImportOutcome = { ok: true; counts: Record<string, number> } | { ok: false; problems: SchemaProblem[] };

/** The columns by which a phone, schedule or language names what it belongs to, and the entity each names. */
const OWNERS: [string, string][] = [
  ['organization_id', 'organization'],
  ['service_id', 'service'],
  ['location_id', 'location'],
  ['service_at_location_id', 'service_at_location'],
  ['phone_id', 'phone'],
];

const LISTS = ['taxonomies', 'taxonomy_terms', 'organizations', 'services'] as const;

const list = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The columns of a table that an HSDS object of that entity fills (the rest are Harbor's own). */
const COLUMNS = {
  directory_organization: [
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'tax_status',
    'tax_id',
    'year_incorporated',
    'legal_status',
    'logo',
    'uri',
    'parent_organization_id',
  ],
  directory_service: [
    'organization_id',
    'program_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'interpretation_services',
    'application_process',
    'fees_description',
    'wait_time',
    'fees',
    'accreditations',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'licenses',
    'alert',
  ],
  directory_location: [
    'location_type',
    'url',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'transportation',
    'latitude',
    'longitude',
    'external_identifier',
    'external_identifier_type',
  ],
  directory_service_at_location: ['service_id', 'location_id', 'description'],
  directory_address: [
    'location_id',
    'attention',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  directory_phone: [
    'organization_id',
    'service_id',
    'location_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
  directory_schedule: [
    'service_id',
    'location_id',
    'service_at_location_id',
    'valid_from',
    'valid_to',
    'dtstart',
    'timezone',
    'until',
    'count',
    'wkst',
    'freq',
    'interval',
    'byday',
    'byweekno',
    'bymonthday',
    'byyearday',
    'description',
    'opens_at',
    'closes_at',
    'schedule_link',
    'attending_type',
    'notes',
  ],
  directory_language: ['service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  directory_service_area: ['service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  directory_taxonomy: ['name', 'description', 'uri'],
  directory_taxonomy_term: [
    'code',
    'name',
    'description',
    'parent_id',
    'taxonomy',
    'taxonomy_id',
    'language',
    'term_uri',
  ],
  directory_attribute: ['link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
} as const;
type ImportTable = keyof typeof COLUMNS;

/** Rows to store, table by table, in the order their references need. */
class Plan {
  readonly rows = new Map<ImportTable | 'directory_service_profile' | 'directory_service_practice', Obj[]>();
  /** Every id in the file by entity, with where it was first seen. */
  readonly ids = new Map<string, Map<string, string>>();
  /** Stored taxonomies and terms the file repeats: kept as stored (Harbor's own are shipped at start). */
  readonly skipped = new Map<string, Set<string>>();

  add(table: Parameters<Plan['rows']['get']>[0], row: Obj): void {
    const rows = this.rows.get(table);
    if (rows) rows.push(row);
    else this.rows.set(table, [row]);
  }
}

function row(table: ImportTable, object: Obj, at: string, extra: Obj = {}): Obj {
  const out: Obj = { id: object.id };
  for (const column of COLUMNS[table]) out[column] = object[column] ?? null;
  const stamp = str(object.last_modified) ?? at;
  return { ...out, ...extra, created_at: stamp, updated_at: stamp };
}

export async function importDirectory(
  db: Kysely<Database>,
  document: unknown,
  options: { validator: HsdsValidator; auditKey: Buffer; now?: Date },
): Promise<ImportOutcome> {
  const now = options.now ?? new Date();
  const at = toStoredTime(now);
  const problems: SchemaProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ path, message });
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return {
      ok: false,
      problems: [
        { path: '', message: 'must be an object with taxonomies, taxonomy_terms, organizations and services' },
      ],
    };
  }
  const doc = document as Obj;
  if (doc.hsds_version !== '3.0') problem('hsds_version', 'must be "3.0"');
  for (const key of LISTS) {
    if (doc[key] !== undefined && !Array.isArray(doc[key])) problem(key, 'must be an array');
  }
  for (const key of Object.keys(doc)) {
    if (key !== 'hsds_version' && !(LISTS as readonly string[]).includes(key)) problem(key, 'is not part of the file');
  }
  const v = options.validator;
  const shapes: [(typeof LISTS)[number], HsdsEntity][] = [
    ['taxonomies', 'taxonomy'],
    ['taxonomy_terms', 'taxonomy_term'],
    ['organizations', 'organization'],
    ['services', 'service'],
  ];
  for (const [key, entity] of shapes) {
    list(doc[key]).forEach((item, i) => {
      problems.push(...v.check(entity, item, `${key}[${i}]`));
    });
  }
  // The references are checked only on objects of the right shape (a schema problem is reported once).
  if (problems.length > 0) return { ok: false, problems };

  const plan = new Plan();
  const seen = (entity: string, id: unknown, path: string) => {
    let ids = plan.ids.get(entity);
    if (!ids) {
      ids = new Map();
      plan.ids.set(entity, ids);
    }
    const first = ids.get(String(id));
    if (first !== undefined) problem(`${path}.id`, `repeats the id of ${first}`);
    else ids.set(String(id), path);
  };
  const owner = (path: string, child: Obj, field: string, parentId: string) => {
    if (child[field] !== undefined && child[field] !== parentId)
      problem(`${path}.${field}`, `must be ${parentId}, the object it is in`);
  };
  const attributes = (path: string, list0: unknown, entity: string, linkId: string, profileAllowed: boolean) => {
    list(list0).forEach((a, i) => {
      const p = `${path}.attributes[${i}]`;
      owner(p, a, 'link_id', linkId);
      if (a.link_entity !== undefined && a.link_entity !== entity) problem(`${p}.link_entity`, `must be ${entity}`);
      if (isProfileAttribute(a)) {
        if (!profileAllowed) problem(`${p}.taxonomy_term_id`, 'a Harbor profile term applies to a service');
        return;
      }
      seen('attribute', a.id, p);
      refs.push({ path: `${p}.taxonomy_term_id`, entity: 'taxonomy_term', id: a.taxonomy_term_id });
      plan.add('directory_attribute', row('directory_attribute', a, at, { link_id: linkId, link_entity: entity }));
    });
  };
  const refs: { path: string; entity: string; id: unknown; optional?: boolean }[] = [];

  list(doc.taxonomies).forEach((t, i) => {
    seen('taxonomy', t.id, `taxonomies[${i}]`);
    plan.add('directory_taxonomy', { ...row('directory_taxonomy', t, at), taxonomy_version: str(t.version) });
  });
  list(doc.taxonomy_terms).forEach((t, i) => {
    const p = `taxonomy_terms[${i}]`;
    seen('taxonomy_term', t.id, p);
    if (t.taxonomy_id !== undefined) refs.push({ path: `${p}.taxonomy_id`, entity: 'taxonomy', id: t.taxonomy_id });
    if (t.parent_id !== undefined) refs.push({ path: `${p}.parent_id`, entity: 'taxonomy_term', id: t.parent_id });
    plan.add('directory_taxonomy_term', row('directory_taxonomy_term', t, at));
  });
  const children = (
    path: string,
    parent: Obj,
    key: 'phones' | 'schedules' | 'languages' | 'addresses' | 'service_areas',
    table: ImportTable,
    entity: string,
    field: string,
  ) => {
    list(parent[key]).forEach((c, i) => {
      const p = `${path}.${key}[${i}]`;
      owner(p, c, field, parent.id as string);
      seen(entity, c.id, p);
      // The other owners it may name (a service's phone at one of its locations) must exist too.
      for (const [other, kind] of OWNERS) {
        if (other !== field && (COLUMNS[table] as readonly string[]).includes(other) && typeof c[other] === 'string') {
          refs.push({ path: `${p}.${other}`, entity: kind, id: c[other] });
        }
      }
      plan.add(table, row(table, c, at, { [field]: parent.id }));
    });
  };
  list(doc.organizations).forEach((o, i) => {
    const p = `organizations[${i}]`;
    seen('organization', o.id, p);
    plan.add('directory_organization', row('directory_organization', o, at));
    children(p, o, 'phones', 'directory_phone', 'phone', 'organization_id');
    attributes(p, o.attributes, 'organization', o.id as string, false);
    list(o.locations).forEach((l, j) => {
      const lp = `${p}.locations[${j}]`;
      owner(lp, l, 'organization_id', o.id as string);
      seen('location', l.id, lp);
      const confidential = list(l.attributes).some((a) => isProfileAttribute(a) && a.value === 'true');
      plan.add(
        'directory_location',
        row('directory_location', l, at, { organization_id: o.id, confidential: confidential ? 1 : 0 }),
      );
      children(lp, l, 'addresses', 'directory_address', 'address', 'location_id');
      children(lp, l, 'phones', 'directory_phone', 'phone', 'location_id');
      children(lp, l, 'languages', 'directory_language', 'language', 'location_id');
      children(lp, l, 'schedules', 'directory_schedule', 'schedule', 'location_id');
      list(l.attributes).forEach((a, k) => {
        if (isProfileAttribute(a) && a.value !== 'true')
          problem(`${lp}.attributes[${k}].value`, 'confidential takes the value "true"');
      });
      attributes(
        lp,
        list(l.attributes).filter((a) => !isProfileAttribute(a)),
        'location',
        l.id as string,
        false,
      );
    });
  });
  list(doc.services).forEach((s, i) => {
    const p = `services[${i}]`;
    seen('service', s.id, p);
    if (s.organization_id === undefined)
      problem(`${p}.organization_id`, 'names the organisation that provides it (Harbor needs one)');
    else refs.push({ path: `${p}.organization_id`, entity: 'organization', id: s.organization_id });
    const min = num(s.minimum_age);
    const max = num(s.maximum_age);
    if (min !== null && max !== null && min > max) problem(`${p}.maximum_age`, 'is below minimum_age');
    plan.add('directory_service', row('directory_service', s, at));
    children(p, s, 'phones', 'directory_phone', 'phone', 'service_id');
    children(p, s, 'schedules', 'directory_schedule', 'schedule', 'service_id');
    children(p, s, 'languages', 'directory_language', 'language', 'service_id');
    children(p, s, 'service_areas', 'directory_service_area', 'service_area', 'service_id');
    list(s.service_at_locations).forEach((sal, j) => {
      const sp = `${p}.service_at_locations[${j}]`;
      owner(sp, sal, 'service_id', s.id as string);
      seen('service_at_location', sal.id, sp);
      if (sal.location_id === undefined) problem(`${sp}.location_id`, 'names the location');
      else refs.push({ path: `${sp}.location_id`, entity: 'location', id: sal.location_id });
      plan.add('directory_service_at_location', row('directory_service_at_location', sal, at, { service_id: s.id }));
      children(sp, sal, 'phones', 'directory_phone', 'phone', 'service_at_location_id');
      children(sp, sal, 'schedules', 'directory_schedule', 'schedule', 'service_at_location_id');
      attributes(sp, sal.attributes, 'service_at_location', sal.id as string, false);
    });
    const all = list(s.attributes);
    all.forEach((a, k) => {
      if (isProfileAttribute(a)) owner(`${p}.attributes[${k}]`, a, 'link_id', s.id as string);
    });
    const profile = parseProfile(all);
    for (const x of profile.problems) problem(`${p}.attributes[${x.index}].value`, x.message);
    if (profile.parsed.profile) {
      plan.add('directory_service_profile', {
        service_id: s.id,
        ...profile.parsed.profile,
        created_at: at,
        updated_at: at,
      });
    }
    for (const practice of profile.parsed.practices) {
      seen('attribute', practice.id, `${p}.practices`);
      plan.add('directory_service_practice', { ...practice, service_id: s.id, created_at: at, updated_at: at });
    }
    attributes(
      p,
      all.filter((a) => !isProfileAttribute(a)),
      'service',
      s.id as string,
      true,
    );
  });

  await checkAgainstDatabase(db, plan, refs, problem);
  if (problems.length > 0) return { ok: false, problems };

  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    await ensureHarborTaxonomies(trx, now);
    for (const table of ORDER) {
      const rows = (plan.rows.get(table) ?? []).filter((r) => !plan.skipped.get(table)?.has(r.id as string));
      for (let i = 0; i < rows.length; i += 200) {
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + 200) as Insertable<Tables[typeof table]>[] as never)
          .execute();
      }
      counts[table.replace(/^directory_/, '')] = rows.length;
    }
    await appendAudit(
      trx,
      options.auditKey,
      {
        event: 'directory.imported',
        outcome: 'success',
        details: {
          organizations: counts.organization ?? 0,
          services: counts.service ?? 0,
          locations: counts.location ?? 0,
        },
      },
      now,
    );
  });
  return { ok: true, counts };
}

const ORDER = [
  'directory_taxonomy',
  'directory_taxonomy_term',
  'directory_organization',
  'directory_location',
  'directory_address',
  'directory_service',
  'directory_service_at_location',
  'directory_phone',
  'directory_schedule',
  'directory_language',
  'directory_service_area',
  'directory_attribute',
  'directory_service_profile',
  'directory_service_practice',
] as const;

const TABLE_OF: Record<string, keyof Database> = {
  taxonomy: 'directory_taxonomy',
  taxonomy_term: 'directory_taxonomy_term',
  organization: 'directory_organization',
  location: 'directory_location',
  address: 'directory_address',
  service: 'directory_service',
  service_at_location: 'directory_service_at_location',
  phone: 'directory_phone',
  schedule: 'directory_schedule',
  language: 'directory_language',
  service_area: 'directory_service_area',
  attribute: 'directory_attribute',
};

async function storedIds(db: Kysely<Database>, table: keyof Database, ids: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom(table as 'directory_phone')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

async function checkAgainstDatabase(
  db: Kysely<Database>,
  plan: Plan,
  refs: { path: string; entity: string; id: unknown }[],
  problem: (path: string, message: string) => void,
): Promise<void> {
  const stored = new Map<string, Set<string>>();
  for (const [entity, ids] of plan.ids) {
    const table = TABLE_OF[entity] ?? 'directory_attribute';
    const found = await storedIds(db, table, [...ids.keys()]);
    stored.set(entity, found);
    if (entity === 'taxonomy' || entity === 'taxonomy_term') {
      plan.skipped.set(table, new Set([...found, ...(shippedIds()[entity] ?? [])]));
      continue;
    }
    for (const id of found) problem(`${ids.get(id)}.id`, 'is already in the directory');
  }
  // The profile's practices are stored apart from attributes: their ids too must be new.
  const practiceIds = [...(plan.rows.get('directory_service_practice') ?? [])].map((r) => r.id as string);
  for (const id of await storedIds(db, 'directory_service_practice', practiceIds)) {
    problem(`${plan.ids.get('attribute')?.get(id) ?? 'services'}.id`, 'is already in the directory');
  }
  const shipped: Record<string, Set<string>> = shippedIds();
  const outside = refs.filter(
    (ref) => !plan.ids.get(ref.entity)?.has(String(ref.id)) && !shipped[ref.entity]?.has(String(ref.id)),
  );
  const found = new Map<string, Set<string>>();
  for (const entity of new Set(outside.map((r) => r.entity))) {
    const ids = [...new Set(outside.filter((r) => r.entity === entity).map((r) => String(r.id)))];
    found.set(entity, await storedIds(db, TABLE_OF[entity] as keyof Database, ids));
  }
  for (const ref of outside) {
    if (!found.get(ref.entity)?.has(String(ref.id))) {
      problem(ref.path, `names no ${ref.entity.replace(/_/g, ' ')} in the file or the directory`);
    }
  }
}
